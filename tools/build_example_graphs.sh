#!/usr/bin/env bash
# Builds the graphs of examples/*.txt into a folder: <stem>.graphml, .dot and .json for every
# example (what the drift test compares with graphs/), and with --svg the pictures.
# usage: tools/build_example_graphs.sh PARLEY EXAMPLES_DIR OUT_DIR [--svg]
set -euo pipefail
parley=$1 examples=$2 out=$3 svg=${4:-}
mkdir -p "$out"
out=$(cd "$out" && pwd)
formats=(graphml dot json)
for doc in "$examples"/*.txt; do
  stem=$(basename "$doc" .txt)
  for format in "${formats[@]}"; do
    (cd "$examples" && "$parley" extract --quiet "$stem.txt" -o "$out/$stem.$format")
  done
  if [ "$svg" = --svg ] && [ -f "$out/$stem.dot" ]; then
    dot -Tsvg "$out/$stem.dot" -o "$out/$stem.svg"
  fi
done
