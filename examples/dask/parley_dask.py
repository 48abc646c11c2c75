#!/usr/bin/env python3
"""Parley on Dask distributed: the JSON Lines map/reduce of README "JSON Lines" on a cluster.

The corpus (JSON Lines documents, or a directory of *.txt briefings) is cut into shards; each
shard goes to a worker, which runs `parley extract --jsonl` on it (the map: one fragment per
document). The fragments are reduced in a tree: on the worker that made them, they flow through
a pipe into `parley merge --jsonl`, which makes the shard's graph; then `parley merge` joins
graphs FAN_IN at a time, and the last merge writes the output. Merging is commutative and
associative byte for byte, so the output is the graph of a single run:

    parley extract --jsonl corpus.jsonl | parley merge --jsonl - -o corpus.graphml

Without --scheduler it starts a local cluster of worker processes (one thread each, since each
task runs one parley process); with --scheduler it uses an existing cluster, whose workers can
span many machines: each needs the parley binary at the same path. Shards and results travel
through Dask itself, so the workers need no shared file system.

    python3 parley_dask.py --parley build/release/tools/parley corpus.jsonl -o corpus.graphml
    python3 parley_dask.py --parley /opt/parley/bin/parley --scheduler tcp://scheduler:8786 \\
        corpus.jsonl -o corpus.graphml

Exit status as parley's: 0, or 2 when a document record was refused (it is reported with its
file and line in the corpus, and the others go on), or when the input or a usage is bad.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The output formats a merge can write to standard output (CSV is two files).
FORMATS = {".graphml": "graphml", ".json": "json", ".gexf": "gexf", ".dot": "dot", ".gv": "dot"}


# --- The tasks, run on the workers ------------------------------------------------------------

def map_shard(parley, shard, corpus_name, first_line):
    """The map and the first reduce of one shard (bytes of JSON Lines), as one pipe on the worker:
    `parley extract --jsonl` writes its fragments straight into `parley merge --jsonl`, so the
    fragments (much larger than the graph they make: each element carries its evidence) never
    reach Python or the network. Returns the shard's graph (node-link JSON) and parley's messages
    about bad records, rewritten from "-:N:" to the corpus file and line."""
    with tempfile.TemporaryFile() as records, tempfile.TemporaryFile() as messages:
        records.write(shard)
        records.seek(0)
        extract = subprocess.Popen([parley, "extract", "--jsonl", "--quiet", "-"], stdin=records,
                                   stdout=subprocess.PIPE, stderr=messages)
        merge = subprocess.Popen([parley, "merge", "--jsonl", "-", "--format", "json", "-o", "-"],
                                 stdin=extract.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        extract.stdout.close()  # merge holds the pipe now: it sees the end when extract exits
        graph, merge_errors = merge.communicate()
        extracted = extract.wait()
        messages.seek(0)
        text = messages.read().decode("utf-8", errors="replace")
    # The merge first: when it fails, the extract dies of a broken pipe.
    if merge.returncode != 0:
        raise RuntimeError(f"parley merge --jsonl failed ({merge.returncode}): {merge_errors.decode(errors='replace')}")
    if extracted not in (0, 2):  # 2: some records refused and reported, the others extracted
        raise RuntimeError(f"parley extract failed ({extracted}): {text}")
    text = re.sub(r"^parley: -:(\d+)", lambda m: f"parley: {corpus_name}:{first_line + int(m.group(1)) - 1}",
                  text, flags=re.M)
    return graph, text


def merge_graphs(parley, *graphs, output_format="json"):
    """The upper reduces: graphs (node-link JSON, or map_shard's results) into one, in
    `output_format`."""
    with tempfile.TemporaryDirectory(prefix="parley-dask-") as directory:
        paths = []
        for number, graph in enumerate(graphs):
            if isinstance(graph, tuple):
                graph, _ = graph  # map_shard's (graph, messages)
            path = os.path.join(directory, f"part-{number}.json")
            with open(path, "wb") as f:
                f.write(graph)
            paths.append(path)
        done = subprocess.run([parley, "merge", *paths, "--format", output_format, "-o", "-"],
                              capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"parley merge failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return done.stdout


# --- The client ----------------------------------------------------------------------------------

def corpus_lines(path):
    """(name, lines as bytes) of the corpus: a JSON Lines file, or a directory of *.txt briefings
    turned into records named by their path relative to it (as `parley extract DIR` names them)."""
    path = Path(path)
    if not path.is_dir():
        def read():
            with open(path, "rb") as f:
                yield from f
        return str(path), read()

    def records():
        files = sorted((p for p in path.rglob("*.txt") if p.is_file()), key=lambda p: str(p))
        for file in files:
            text = file.read_bytes().decode("utf-8", errors="replace")
            record = {"id": file.relative_to(path).as_posix(), "text": text}
            yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    return str(path), records()


def shards_of(lines, total_bytes, shards):
    """Cuts the lines into about `shards` pieces of similar size; yields (first line, bytes)."""
    target = max(1, total_bytes // shards + 1)
    piece, first, number = [], 1, 0
    size = 0
    for number, line in enumerate(lines, start=1):
        piece.append(line)
        size += len(line)
        if size >= target:
            yield first, b"".join(piece)
            piece, first, size = [], number + 1, 0
    if piece:
        yield first, b"".join(piece)


def in_groups(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def corpus_size(path):
    path = Path(path)
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*.txt") if p.is_file())
    return path.stat().st_size


def run(client, parley, corpus, output, shards, fan_in):
    """Maps and reduces on the cluster; returns (documents, input bytes, shards, messages)."""
    output_format = FORMATS[Path(output).suffix]
    name, lines = corpus_lines(corpus)
    documents = 0
    input_bytes = 0
    mapped = []  # (graph, messages) of each shard
    for first_line, shard in shards_of(lines, corpus_size(corpus), shards):
        documents += sum(1 for line in shard.splitlines() if line.strip())
        input_bytes += len(shard)
        # Shards go to the workers as they are cut (the client holds one at a time); the map then
        # runs where its shard is.
        data = client.scatter(shard, hash=False)
        mapped.append(client.submit(map_shard, parley, data, name, first_line, pure=False))
    if not mapped:
        raise SystemExit(f"parley_dask: {corpus}: no documents")
    messages = [client.submit(lambda result: result[1], shard, pure=False) for shard in mapped]

    level = mapped
    while len(level) > fan_in:
        level = [client.submit(merge_graphs, parley, *group, pure=False) for group in in_groups(level, fan_in)]
    graph = client.submit(merge_graphs, parley, *level, output_format=output_format, pure=False).result()

    # Written atomically, as parley writes its outputs.
    temporary = f"{output}.parley-tmp-dask"
    with open(temporary, "wb") as f:
        f.write(graph)
    os.replace(temporary, output)
    return documents, input_bytes, len(mapped), "".join(client.gather(messages))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="JSON Lines documents {\"id\", \"text\", ...}, or a directory of *.txt briefings")
    parser.add_argument("-o", "--output", required=True, help="the graph: .graphml, .json, .gexf or .dot")
    parser.add_argument("--parley", default="parley", help="the parley binary, at this path on every worker")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a local cluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="local cluster: worker processes")
    parser.add_argument("--shards", type=int, help="how many pieces to cut the corpus into (default: 4 per worker)")
    parser.add_argument("--fan-in", type=int, default=4, help="graphs merged by one reduce task (default 4)")
    args = parser.parse_args()
    if Path(args.output).suffix not in FORMATS:
        parser.error("the output must end in .graphml, .json, .gexf or .dot")
    if args.fan_in < 2:
        parser.error("--fan-in must be at least 2")
    if not os.path.exists(args.corpus):
        print(f"parley_dask: {args.corpus}: no such file or directory", file=sys.stderr)
        return 2
    parley = args.parley if os.sep not in args.parley else os.path.abspath(args.parley)

    from dask.distributed import Client, LocalCluster  # here, so that --help works without Dask

    started = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        workers = len(client.scheduler_info()["workers"])
        threads = sum(client.nthreads().values())
        ready = time.perf_counter()
        documents, input_bytes, shards, messages = run(client, parley, args.corpus, args.output,
                                                       args.shards or 4 * threads, args.fan_in)
        elapsed = time.perf_counter() - ready
    except RuntimeError as error:  # a parley run failed on a worker; its message says why
        print(f"parley_dask: {error}", file=sys.stderr)
        return 3
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    sys.stderr.write(messages)
    print(f"parley_dask: {documents} documents, {input_bytes / 1e6:.1f} MB in {shards} shards on "
          f"{workers} workers ({threads} threads): {elapsed:.2f} s "
          f"({documents / elapsed:.0f} documents/s, {input_bytes / 1e6 / elapsed:.2f} MB/s; "
          f"cluster ready in {ready - started:.1f} s) -> {args.output}", file=sys.stderr)
    return 2 if messages else 0  # with --quiet, parley prints errors only


if __name__ == "__main__":
    sys.exit(main())
