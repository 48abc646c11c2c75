#!/usr/bin/env python3
"""Writes a JSON Lines corpus for trying and timing Parley's map/reduce: the briefings of
examples/ repeated COPIES times, each copy a distinct document ("copy-0001/joint_statement.txt").
Deterministic: the same arguments write the same bytes.

    python3 examples/dask/make_corpus.py corpus.jsonl --copies 1000
"""
import argparse
import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="the JSON Lines file to write")
    parser.add_argument("--copies", type=int, default=1000, help="how many times to repeat the examples (default 1000)")
    parser.add_argument("--examples", default=str(EXAMPLES), help="directory of *.txt briefings (default: examples/)")
    args = parser.parse_args()
    briefings = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(args.examples).glob("*.txt"))]
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        for copy in range(1, args.copies + 1):
            for name, text in briefings:
                record = {"id": f"copy-{copy:04d}/{name}", "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"make_corpus: {args.copies * len(briefings)} documents -> {args.output}")


if __name__ == "__main__":
    main()
