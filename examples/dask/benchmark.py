#!/usr/bin/env python3
"""Times one process against the Dask example on the same generated corpus, and checks that both
write the same bytes: the figures of README "JSON Lines".

    python3 examples/dask/benchmark.py --parley build/release/tools/parley --copies 2000 --workers 2

One process is the pipe `parley extract --jsonl corpus.jsonl | parley merge --jsonl - -o one.graphml`
(two processes, the map and the reduce, running side by side), with the map on one thread and on
--workers threads (-j); Dask is parley_dask.py on a local cluster of --workers processes, timed
from a ready cluster to the graph written. The runs alternate, --repeat times, so that a machine
shared with other work slows them alike; the best time of each is reported, with the CPU time
that run took (all processes, Dask's own included).
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cpu_seconds():
    """CPU time of the processes this one has waited for, so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_process(parley, corpus, output, jobs):
    started, cpu = time.perf_counter(), cpu_seconds()
    extract = subprocess.Popen([parley, "extract", "--quiet", "--jsonl", "-j", str(jobs), corpus], stdout=subprocess.PIPE)
    merge = subprocess.run([parley, "merge", "--jsonl", "-", "-o", output], stdin=extract.stdout, check=False)
    extract.stdout.close()
    if extract.wait() != 0 or merge.returncode != 0:
        sys.exit("benchmark: the one-process run failed")
    return time.perf_counter() - started, cpu_seconds() - cpu, ""


def dask(parley, corpus, output, workers):
    cpu = cpu_seconds()
    done = subprocess.run([sys.executable, str(HERE / "parley_dask.py"), "--parley", parley, "--workers", str(workers),
                           corpus, "-o", output], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"benchmark: the Dask run failed:\n{done.stderr}")
    line = done.stderr.strip().splitlines()[-1]
    return float(re.search(r": ([0-9.]+) s \(", line).group(1)), cpu_seconds() - cpu, line


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
        with open(corpus, "rb") as f:
            documents = sum(1 for _ in f)
        megabytes = os.path.getsize(corpus) / 1e6
        one = os.path.join(directory, "one.graphml")
        distributed = os.path.join(directory, "dask.graphml")
        threaded = os.path.join(directory, "threaded.graphml")
        singles, threads, dasks = [], [], []
        for _ in range(args.repeat):
            singles.append(one_process(parley, corpus, one, 1))
            threads.append(one_process(parley, corpus, threaded, args.workers))
            dasks.append(dask(parley, corpus, distributed, args.workers))
        same = Path(one).read_bytes() == Path(distributed).read_bytes() == Path(threaded).read_bytes()
    print(f"corpus: {documents} documents, {megabytes:.1f} MB; {os.cpu_count()} cores")
    for name, runs in (("one process", singles), (f"one process, -j {args.workers}", threads),
                       (f"dask, {args.workers} workers", dasks)):
        wall, cpu, line = min(runs)
        print(f"{name}: {wall:.2f} s, {documents / wall:.0f} documents/s, {megabytes / wall:.2f} MB/s "
              f"(CPU {cpu:.1f} s; all runs: {', '.join(f'{run[0]:.1f}' for run in runs)} s)")
        if line:
            print(f"  {line}")
    print("same bytes" if same else "DIFFERENT BYTES")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
