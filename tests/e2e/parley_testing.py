"""Helpers shared by the end-to-end tests: where the binary and the sources are, running parley,
and reading the GraphML it writes."""
import os
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PARLEY = os.environ.get("PARLEY_BIN", "build/release/tools/parley")
SOURCE_DIR = Path(os.environ.get("PARLEY_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BUILD_DIR = Path(os.environ.get("PARLEY_BUILD_DIR", SOURCE_DIR / "build" / "release"))
EXAMPLES = SOURCE_DIR / "examples"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def run(*args, cwd=None, input_bytes=None, check=None):
    """Runs parley with args; returns the CompletedProcess (text stdout/stderr)."""
    process = subprocess.run([PARLEY, *map(str, args)], cwd=cwd, input=input_bytes,
                             capture_output=True, timeout=300)
    process.stdout_text = process.stdout.decode("utf-8", errors="replace")
    process.stderr_text = process.stderr.decode("utf-8", errors="replace")
    if check is not None and process.returncode != check:
        raise AssertionError(f"parley {' '.join(map(str, args))} exited {process.returncode}, "
                             f"expected {check}\nstderr:\n{process.stderr_text}")
    return process


def temp_dir():
    return tempfile.TemporaryDirectory(prefix="parley-e2e-")


def read_graphml(path_or_text):
    """Returns (info, nodes by id, edges as dict keyed by (type, source, target)) of a GraphML."""
    if isinstance(path_or_text, bytes) or (isinstance(path_or_text, str) and path_or_text.lstrip().startswith("<")):
        root = ET.fromstring(path_or_text)
    else:
        root = ET.parse(path_or_text).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(GRAPHML_NS + "key")}

    def data(element):
        return {keys[d.get("key")]: d.text or "" for d in element.findall(GRAPHML_NS + "data")}

    graph = root.find(GRAPHML_NS + "graph")
    info = data(graph)
    nodes = {n.get("id"): data(n) for n in graph.findall(GRAPHML_NS + "node")}
    edges = {}
    for e in graph.findall(GRAPHML_NS + "edge"):
        attrs = data(e)
        edges[(attrs.get("type"), e.get("source"), e.get("target"))] = attrs
    return info, nodes, edges
