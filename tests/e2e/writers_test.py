"""End-to-end tests of the writers (issue 6): every format loads in the real consumers, and node
and edge counts and every attribute value survive.

Two sources of graphs:
  - a hand-built graph full of awkward values (`& < > " '`, backslashes, line breaks, commas,
    Communiqués, Zelenskyy, Xi Jinping, Wang Yi, parallel edges), written in every format by the
    doctest executable `writers_test` (its "export" case, with PARLEY_WRITERS_OUT set);
  - the real `parley extract` on an invented briefing and on examples/*.txt.
For each, the node-link JSON read with Python's own json module is the reference, and every other
format as loaded by networkx (read_graphml, read_gexf, node_link_graph), igraph
(Graph.Read_GraphML), Graphviz (`dot -Tjson0`, `-Tsvg`, `-Tpng`), graphology (GraphML and GEXF
parsers under Node), xmllint and Python's csv module must carry the same values.

A missing consumer is a failure, never a skip: `make test` installs them all."""
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import unittest
import warnings
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from parley_testing import BUILD_DIR, EXAMPLES, SOURCE_DIR, run, temp_dir  # noqa: E402

CONSUMERS = SOURCE_DIR / "tests" / "consumers"
sys.path.insert(0, str(CONSUMERS))
import check_graphml  # noqa: E402

LIST_SEPARATOR = " | "
LEGEND_PREFIX = "parley-legend:"

# An invented briefing: names with accents, quotes and ampersands, a meeting, a pledge.
BRIEFING = """Joint press availability: Communiqués & "next steps"

Beijing, May 8, 2024

Chinese Foreign Minister Wang Yi met Ukrainian President Volodymyr Zelenskyy in Beijing on May 8, 2024.
President Xi Jinping said China & Ukraine would "keep talking" about grain <exports>.
The two sides agreed to hold a second round of the dialogue in Kyiv.
China pledged to support the Black Sea Grain Initiative.
"""


def fail_missing(what, how):
    raise AssertionError(f"consumer missing: {what} ({how}); `make test` installs it")


def require_program(name):
    path = shutil.which(name)
    if not path:
        fail_missing(name, "Debian package")
    return path


def import_consumer(module):
    try:
        return __import__(module)
    except ImportError:
        fail_missing(f"python module {module}", "Debian python3-networkx / python3-igraph, run with /usr/bin/python3")


# ---------------------------------------------------------------------------------------------
# Normal forms: every consumer's view of a graph as {node id: {attr: value}} and
# {edge id: (source, target, {attr: value})}, values as text, numbers as floats.


def normal_value(value):
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def normal_attrs(attrs, whitespace=False):
    """Drops the values consumers invent for missing ones ('' and NaN from igraph) and undoes the
    attr_ prefix the writers give extra attributes whose names a format reserves."""
    out = {}
    renamed = {}
    for name, value in attrs.items():
        if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
            continue
        value = normal_value(value)
        if whitespace and isinstance(value, str):
            value = " ".join(value.split())
        if name.startswith("attr_"):
            renamed[name[len("attr_"):]] = value
        else:
            out[name] = value
    out.update(renamed)
    return out


def reference_from_json(path):
    """The node-link JSON, read with the standard library: the reference the others must match."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True, "node-link JSON must be a directed multigraph"
    nodes = {}
    for node in data["nodes"]:
        attrs = dict(node)
        node_id = attrs.pop("id")
        nodes[node_id] = normal_attrs(attrs)
    edges = {}
    for link in data["links"]:
        attrs = dict(link)
        source, target, key = attrs.pop("source"), attrs.pop("target"), attrs.pop("key")
        edges[key] = (source, target, normal_attrs(attrs))
    return data["graph"], nodes, edges


def dot_unescape(text):
    """Graphviz keeps attribute text as written; its escString rules make `\\\\` a backslash and
    `\\n`, `\\l`, `\\r` line breaks."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\\" if nxt == "\\" else "\n" if nxt in "nlr" else nxt)
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class WriterConsumers:
    """The checks, mixed into a TestCase that provides `bundle`: a directory and a file stem with
    <stem>.graphml, .gexf, .json, .dot, .nodes.csv/.edges.csv and <stem>-1.3.gexf."""

    def paths(self, suffix):
        return self.directory / f"{self.stem}{suffix}"

    def reference(self):
        return reference_from_json(self.paths(".json"))

    def assert_same_graph(self, consumer, nodes, edges, whitespace=False, renames=None):
        """`nodes`/`edges` as loaded by a consumer must hold every reference attribute, equal."""
        _, ref_nodes, ref_edges = self.reference()
        self.assertEqual(sorted(nodes), sorted(ref_nodes), f"{consumer}: node ids differ")
        self.assertEqual(sorted(edges), sorted(ref_edges), f"{consumer}: edge ids differ")
        renames = renames or {}
        for node_id, expected in ref_nodes.items():
            got = normal_attrs(nodes[node_id], whitespace)
            for name, value in expected.items():
                if whitespace and isinstance(value, str):
                    value = " ".join(value.split())
                loaded_name = renames.get(("node", name), name)
                self.assertIn(loaded_name, got, f"{consumer}: node {node_id} lost {name}")
                self.assertEqual(got[loaded_name], value, f"{consumer}: node {node_id} attribute {name}")
        for edge_id, (source, target, expected) in ref_edges.items():
            got_source, got_target, got_attrs = edges[edge_id]
            self.assertEqual((got_source, got_target), (source, target), f"{consumer}: edge {edge_id} ends")
            got = normal_attrs(got_attrs, whitespace)
            for name, value in expected.items():
                if whitespace and isinstance(value, str):
                    value = " ".join(value.split())
                loaded_name = renames.get(("edge", name), name)
                self.assertIn(loaded_name, got, f"{consumer}: edge {edge_id} lost {name}")
                self.assertEqual(got[loaded_name], value, f"{consumer}: edge {edge_id} attribute {name}")

    # -- GraphML ---------------------------------------------------------------------------------

    def test_graphml_passes_the_checker_and_xmllint(self):
        self.assertEqual(check_graphml.check(str(self.paths(".graphml"))), [])
        subprocess.run([require_program("xmllint"), "--noout", str(self.paths(".graphml"))], check=True)

    def test_graphml_in_networkx(self):
        nx = import_consumer("networkx")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            graph = nx.read_graphml(self.paths(".graphml"))
        self.assertTrue(graph.is_directed())
        nodes = {n: dict(d) for n, d in graph.nodes(data=True)}
        if graph.is_multigraph():
            edges = {k: (s, t, dict(d)) for s, t, k, d in graph.edges(keys=True, data=True)}
        else:
            edges = {d["id"]: (s, t, dict(d)) for s, t, d in graph.edges(data=True)}
        self.assert_same_graph("networkx read_graphml", nodes, edges)
        info, _, _ = self.reference()
        for name, value in info.items():
            self.assertEqual(graph.graph.get(name), value, f"networkx graph attribute {name}")

    def test_graphml_in_igraph(self):
        igraph = import_consumer("igraph")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            graph = igraph.Graph.Read_GraphML(str(self.paths(".graphml")))
        self.assertTrue(graph.is_directed())
        ids = graph.vs["id"] if graph.vcount() else []
        nodes = {v["id"]: v.attributes() for v in graph.vs}
        edges = {e["id"]: (ids[e.source], ids[e.target], e.attributes()) for e in graph.es}
        for attrs in nodes.values():
            attrs.pop("id")
        self.assert_same_graph("igraph Read_GraphML", nodes, edges)
        info, _, _ = self.reference()
        for name, value in info.items():
            self.assertEqual(graph[name], value, f"igraph graph attribute {name}")

    def test_graphml_in_graphology(self):
        loaded = graphology("graphml", self.paths(".graphml"))
        self.assertEqual(loaded["type"], "directed")
        nodes = {n["key"]: n["attributes"] for n in loaded["nodes"]}
        edges = {e["key"]: (e["source"], e["target"], e["attributes"]) for e in loaded["edges"]}
        # graphology folds r, g, b into one `color`.
        for attrs in nodes.values():
            self.assertRegex(attrs.get("color", ""), r"^#[0-9a-f]{6}$")
        self.assert_same_graph("graphology-graphml", nodes, edges)
        info, _, _ = self.reference()
        for name, value in info.items():
            self.assertEqual(loaded["attributes"].get(name), value, f"graphology graph attribute {name}")

    # -- GEXF ------------------------------------------------------------------------------------

    def test_gexf_is_well_formed(self):
        for suffix in (".gexf", "-1.3.gexf"):
            subprocess.run([require_program("xmllint"), "--noout", str(self.paths(suffix))], check=True)

    def test_gexf_in_networkx(self):
        nx = import_consumer("networkx")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            graph = nx.read_gexf(self.paths(".gexf"))
        self.assertTrue(graph.is_directed())
        nodes = {}
        for node_id, data in graph.nodes(data=True):
            attrs = dict(data)
            viz = attrs.pop("viz", {})
            self.assertIn("color", viz, f"node {node_id} has no viz:color")
            self.assertGreater(viz.get("size", 0), 0, f"node {node_id} has no viz:size")
            self.assert_interval(attrs.get("start"), attrs.get("end"), node_id)
            nodes[node_id] = attrs
        edges = {}
        edge_iter = graph.edges(keys=True, data=True) if graph.is_multigraph() else \
            ((s, t, d["id"], d) for s, t, d in graph.edges(data=True))
        for s, t, key, data in edge_iter:
            attrs = dict(data)
            self.assertEqual(attrs.pop("id"), key)
            self.assertEqual(attrs.pop("label"), attrs["type"])
            self.assert_interval(attrs.get("start"), attrs.get("end"), key)
            edges[key] = (s, t, attrs)
        self.assert_same_graph("networkx read_gexf", nodes, edges)

    def assert_interval(self, start, end, element):
        if start is None and end is None:
            return
        self.assertIsNotNone(start, f"{element}: end without start")
        self.assertIsNotNone(end, f"{element}: start without end")
        self.assertRegex(start, r"^\d{4}-\d{2}-\d{2}$", f"{element}: start is not a date")
        self.assertRegex(end, r"^\d{4}-\d{2}-\d{2}$", f"{element}: end is not a date")
        self.assertLess(start, end, f"{element}: an interval must not start where it ends")

    def test_gexf_in_graphology(self):
        for suffix in (".gexf", "-1.3.gexf"):
            with self.subTest(file=suffix):
                loaded = graphology("gexf", self.paths(suffix))
                if loaded["edges"]:  # without edges graphology cannot tell and says "mixed"
                    self.assertEqual(loaded["type"], "directed")
                nodes = {n["key"]: n["attributes"] for n in loaded["nodes"]}
                edges = {}
                for e in loaded["edges"]:
                    attrs = dict(e["attributes"])
                    self.assertEqual(attrs.pop("kind"), attrs["type"], "GEXF edge kind is the edge type")
                    self.assertEqual(attrs.pop("label"), attrs["type"])
                    edges[e["key"]] = (e["source"], e["target"], attrs)
                for node_id, attrs in nodes.items():
                    self.assertRegex(attrs.get("color", ""), r"^rgb\(\d+,\d+,\d+\)$", node_id)
                    self.assertGreater(attrs.get("size", 0), 0, node_id)
                self.assert_same_graph(f"graphology-gexf {suffix}", nodes, edges)

    def test_gexf_dates_are_consistent(self):
        text = self.paths(".gexf").read_text(encoding="utf-8")
        self.assertNotIn("dateTime", text)
        if 'start="' in text:
            self.assertIn('mode="dynamic"', text)
            self.assertIn('timeformat="date"', text)

    # -- JSON ------------------------------------------------------------------------------------

    def test_json_in_networkx(self):
        nx = import_consumer("networkx")
        data = json.loads(self.paths(".json").read_text(encoding="utf-8"))
        try:
            graph = nx.node_link_graph(data, edges="links")
        except TypeError:  # networkx before 3.4 names the key "links" by default, without `edges`
            graph = nx.node_link_graph(data)
        self.assertTrue(graph.is_directed() and graph.is_multigraph())
        nodes = {n: dict(d) for n, d in graph.nodes(data=True)}
        edges = {k: (s, t, dict(d)) for s, t, k, d in graph.edges(keys=True, data=True)}
        self.assert_same_graph("networkx node_link_graph", nodes, edges)
        for link in data["links"]:
            self.assertIsInstance(link.get("weight", 1.0), float, "weight is a double")
            self.assertIsInstance(link.get("documents", 1), int, "documents is an integer")
        for node in data["nodes"]:
            self.assertIsInstance(node.get("mentions", 1), int, "mentions is an integer")
            self.assertIsInstance(node.get("aliases", []), list, "aliases is an array")

    # -- DOT -------------------------------------------------------------------------------------

    def test_dot_renders_without_warnings(self):
        dot = require_program("dot")
        for output_format in ("svg", "png"):
            process = subprocess.run([dot, f"-T{output_format}", str(self.paths(".dot"))], capture_output=True)
            self.assertEqual(process.returncode, 0, process.stderr.decode(errors="replace"))
            self.assertEqual(process.stderr.decode(errors="replace"), "", f"dot -T{output_format} warned")
            self.assertGreater(len(process.stdout), 100)

    def test_dot_attributes_as_graphviz_reads_them(self):
        dot = require_program("dot")
        process = subprocess.run([dot, "-Tjson0", str(self.paths(".dot"))], capture_output=True, check=True)
        loaded = json.loads(process.stdout.decode("utf-8"))
        names = {}
        nodes = {}
        for obj in loaded.get("objects", []):
            if "nodes" in obj or obj["name"].startswith("cluster"):
                continue  # a cluster (the legend)
            names[obj["_gvid"]] = obj["name"]
            if obj["name"].startswith(LEGEND_PREFIX):
                continue
            nodes[obj["name"]] = {k: dot_unescape(v) for k, v in obj.items() if isinstance(v, str)}
        edges = {}
        for edge in loaded.get("edges", []):
            if edge.get("style") == "invis":
                continue  # the legend's layout edges
            attrs = {k: dot_unescape(v) for k, v in edge.items() if isinstance(v, str)}
            self.assertNotIn("weight", attrs, "Graphviz weight must not carry the support")
            attrs["weight"] = attrs.pop("support_weight", None)
            edges[attrs["id"]] = (names[edge["tail"]], names[edge["head"]], attrs)
        if nodes:
            self.assertTrue(any(obj["name"] == "cluster_legend" for obj in loaded.get("objects", [])), "no legend")
        # Graphviz keeps strings; labels wrap at spaces for the picture.
        numeric = lambda attrs: {k: (float(v) if k in NUMERIC else v) for k, v in attrs.items() if v is not None}
        nodes = {k: numeric(v) for k, v in nodes.items()}
        edges = {k: (s, t, numeric(a)) for k, (s, t, a) in edges.items()}
        self.assert_same_graph("graphviz dot -Tjson0", nodes, edges, whitespace=True)

    # -- CSV -------------------------------------------------------------------------------------

    def test_csv_tables(self):
        def rows(suffix):
            with open(self.paths(suffix), newline="", encoding="utf-8") as f:
                return list(csv.DictReader(f))
        node_rows, edge_rows = rows(".nodes.csv"), rows(".edges.csv")
        nodes = {}
        for row in node_rows:
            attrs = dict(row)
            node_id = attrs.pop("Id")
            attrs["label"] = attrs.pop("Label")
            nodes[node_id] = {k: (float(v) if k in NUMERIC and v else v) for k, v in attrs.items()}
        edges = {}
        for row in edge_rows:
            attrs = dict(row)
            self.assertEqual(attrs.pop("Type"), "Directed")
            self.assertEqual(attrs.pop("Label"), attrs["relation"])
            self.assertEqual(attrs.pop("Kind"), attrs["relation"], "Kind keeps parallel edges apart in Gephi")
            attrs["type"] = attrs.pop("relation")
            attrs["weight"] = attrs.pop("Weight")
            edge_id = attrs.pop("Id")
            edges[edge_id] = (attrs.pop("Source"), attrs.pop("Target"),
                              {k: (float(v) if k in NUMERIC and v else v) for k, v in attrs.items()})
        self.assert_same_graph("csv", nodes, edges)


NUMERIC = {"mentions", "evidence_start", "evidence_end", "weight", "documents"}


def graphology(format_name, path):
    node = require_program("node")
    if not (CONSUMERS / "node_modules" / "graphology").is_dir():
        fail_missing("graphology", f"npm ci --prefix {CONSUMERS}")
    process = subprocess.run([node, str(CONSUMERS / "load_graphology.js"), format_name, str(path)],
                             capture_output=True, timeout=120)
    if process.returncode != 0:
        raise AssertionError(f"graphology could not load {path}: {process.stderr.decode(errors='replace')}")
    return json.loads(process.stdout.decode("utf-8"))


# ---------------------------------------------------------------------------------------------


def export_hand_built(directory):
    """Has the doctest executable write its hand-built graphs into `directory`."""
    executable = BUILD_DIR / "tests" / "writers_test"
    if not executable.exists():
        raise AssertionError(f"{executable} is not built")
    subprocess.run([str(executable), "--test-case=export*"], check=True, capture_output=True,
                   env={**os.environ, "PARLEY_WRITERS_OUT": str(directory)})


class HandBuiltGraph(WriterConsumers, unittest.TestCase):
    """The doctest executable's hand-built graph: full control of every awkward value."""

    @classmethod
    def setUpClass(cls):
        cls._temp = temp_dir()
        cls.directory = Path(cls._temp.name)
        cls.stem = "tricky"
        export_hand_built(cls.directory)

    @classmethod
    def tearDownClass(cls):
        cls._temp.cleanup()

    def test_awkward_values_are_there(self):
        _, nodes, edges = self.reference()
        labels = {attrs["label"] for attrs in nodes.values()}
        for expected in ("Xi Jinping", "Wang Yi", "Volodymyr Zelenskyy", "Communiqués <draft> & \"final\" 'text'"):
            self.assertIn(expected, labels)
        self.assertIn("Xi said: \"peace & <order>\" isn't\nnegotiable.", nodes["actor:xi-jinping"]["evidence"])
        pairs = [(s, t) for s, t, _ in edges.values()]
        self.assertGreater(len(pairs), len(set(pairs)), "the graph must hold parallel edges")


class EmptyGraph(WriterConsumers, unittest.TestCase):
    """A graph without nodes or info, from the same doctest export: still loads everywhere."""

    @classmethod
    def setUpClass(cls):
        cls._temp = temp_dir()
        cls.directory = Path(cls._temp.name)
        cls.stem = "empty"
        export_hand_built(cls.directory)

    @classmethod
    def tearDownClass(cls):
        cls._temp.cleanup()


def write_with_parley(directory, documents, stem):
    """Runs the real parley on `documents` (one graph, merged when several) into every format."""
    documents = documents if isinstance(documents, list) else [documents]
    for suffix, extra in ((".graphml", []), (".gexf", []), ("-1.3.gexf", ["--gexf-version", "1.3"]),
                          (".json", []), (".dot", []), (".csv", [])):
        run("extract", "--quiet", *[d.name for d in documents], "-o", str(directory / f"{stem}{suffix}"), *extra,
            cwd=documents[0].parent, check=0)


class InventedBriefing(WriterConsumers, unittest.TestCase):
    """The real parley on a small invented briefing."""

    @classmethod
    def setUpClass(cls):
        cls._temp = temp_dir()
        cls.directory = Path(cls._temp.name)
        cls.stem = "briefing"
        document = cls.directory / "briefing.txt"
        document.write_text(BRIEFING, encoding="utf-8")
        write_with_parley(cls.directory, document, cls.stem)

    @classmethod
    def tearDownClass(cls):
        cls._temp.cleanup()

    def test_stdout_matches_the_file(self):
        for format_name in ("graphml", "json", "dot", "gexf"):
            process = run("extract", "--quiet", "briefing.txt", "-o", "-", "--format", format_name,
                          cwd=self.directory, check=0)
            self.assertEqual(process.stdout, self.paths(f".{format_name}").read_bytes(), format_name)

    def test_csv_to_stdout_is_refused(self):
        process = run("extract", "--quiet", "briefing.txt", "-o", "-", "--format", "csv", cwd=self.directory)
        self.assertEqual(process.returncode, 2)


def example_case(example):
    class Example(WriterConsumers, unittest.TestCase):
        @classmethod
        def setUpClass(cls):
            cls._temp = temp_dir()
            cls.directory = Path(cls._temp.name)
            cls.stem = example.stem
            write_with_parley(cls.directory, example, cls.stem)

        @classmethod
        def tearDownClass(cls):
            cls._temp.cleanup()

    Example.__name__ = Example.__qualname__ = f"Example_{example.stem}"
    return Example


class MergedExamples(WriterConsumers, unittest.TestCase):
    """All examples merged into one graph: several briefings, so GEXF plays on Gephi's timeline."""

    @classmethod
    def setUpClass(cls):
        cls._temp = temp_dir()
        cls.directory = Path(cls._temp.name)
        cls.stem = "merged"
        examples = sorted(EXAMPLES.glob("*.txt"))
        if len(examples) < 2:
            raise AssertionError(f"{EXAMPLES} needs at least two briefings")
        write_with_parley(cls.directory, examples, cls.stem)

    @classmethod
    def tearDownClass(cls):
        cls._temp.cleanup()

    def test_gexf_is_dynamic_across_briefings(self):
        nx = import_consumer("networkx")
        graph = nx.read_gexf(self.paths(".gexf"))
        self.assertEqual(graph.graph.get("mode"), "dynamic")
        spans = [(d["start"], d["end"]) for _, d in graph.nodes(data=True) if "start" in d]
        self.assertTrue(spans, "no dated node")
        self.assertGreater(len({start for start, _ in spans}), 1, "every node starts on the same day")


for _example in sorted(EXAMPLES.glob("*.txt")):
    globals()[f"Example_{_example.stem}"] = example_case(_example)


if __name__ == "__main__":
    unittest.main()
