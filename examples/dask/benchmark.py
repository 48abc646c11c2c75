#!/usr/bin/env python3
"""Times one process against the Dask example on the same generated corpus, and checks that both
write the same bytes: the figures of README "JSON Lines".

    python3 examples/dask/benchmark.py --parley build/release/tools/parley --copies 2000 --workers 2

One process is the pipe `parley extract --jsonl corpus.jsonl | parley merge --jsonl - -o one.graphml`
(two processes, the map and the reduce, running side by side); Dask is parley_dask.py on a local
cluster, timed from a ready cluster to the graph written. Best of --repeat runs each.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one_process(parley, corpus, output):
    started = time.perf_counter()
    extract = subprocess.Popen([parley, "extract", "--quiet", "--jsonl", corpus], stdout=subprocess.PIPE)
    merge = subprocess.run([parley, "merge", "--jsonl", "-", "-o", output], stdin=extract.stdout, check=False)
    extract.stdout.close()
    if extract.wait() != 0 or merge.returncode != 0:
        sys.exit("benchmark: the one-process run failed")
    return time.perf_counter() - started


def dask(parley, corpus, output, workers):
    done = subprocess.run([sys.executable, str(HERE / "parley_dask.py"), "--parley", parley, "--workers", str(workers),
                           corpus, "-o", output], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"benchmark: the Dask run failed:\n{done.stderr}")
    line = done.stderr.strip().splitlines()[-1]
    return float(re.search(r": ([0-9.]+) s \(", line).group(1)), line


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parley", default="build/release/tools/parley")
    parser.add_argument("--copies", type=int, default=2000, help="copies of examples/ in the corpus (default 2000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    parley = os.path.abspath(args.parley)
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as directory:
        corpus = os.path.join(directory, "corpus.jsonl")
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), corpus, "--copies", str(args.copies)], check=True)
        documents = sum(1 for _ in open(corpus, "rb"))
        megabytes = os.path.getsize(corpus) / 1e6
        one = os.path.join(directory, "one.graphml")
        distributed = os.path.join(directory, "dask.graphml")
        single = min(one_process(parley, corpus, one) for _ in range(args.repeat))
        runs = [dask(parley, corpus, distributed, args.workers) for _ in range(args.repeat)]
        best, line = min(runs)
        same = Path(one).read_bytes() == Path(distributed).read_bytes()
    print(f"corpus: {documents} documents, {megabytes:.1f} MB; {os.cpu_count()} cores")
    print(f"one process: {single:.2f} s, {documents / single:.0f} documents/s, {megabytes / single:.2f} MB/s")
    print(f"dask, {args.workers} workers: {best:.2f} s, {documents / best:.0f} documents/s, {megabytes / best:.2f} MB/s")
    print(f"  {line}")
    print("same bytes" if same else "DIFFERENT BYTES")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
