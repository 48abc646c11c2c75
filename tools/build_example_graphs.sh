#!/usr/bin/env bash
# Builds the graphs of examples/*.txt into a folder: <stem>.graphml, .dot and .json for every
# example and dialogue_diff.graphml/.dot, the diff of the two dialogue rounds (what the drift test
# compares with graphs/); with --svg also the pictures.
# usage: tools/build_example_graphs.sh PARLEY EXAMPLES_DIR OUT_DIR [--svg]
set -euo pipefail
parley=$1 examples=$2 out=$3 svg=${4:-}
# The script runs parley from inside the examples folder, so that sources are plain file names.
case $parley in /*) ;; */*) parley=$(cd "$(dirname "$parley")" && pwd)/$(basename "$parley") ;; esac
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

# The diff of the two rounds of one dialogue: what changed from the first to the second.
# `parley diff` exits 1 when it finds differences, as diff(1) does; anything else is a failure.
if [ -f "$examples/dialogue_round1.txt" ] && [ -f "$examples/dialogue_round2.txt" ]; then
  for format in graphml dot; do
    status=0
    (cd "$examples" && "$parley" diff --quiet dialogue_round1.txt dialogue_round2.txt -o "$out/dialogue_diff.$format" >/dev/null) || status=$?
    if [ "$status" -ne 1 ]; then
      echo "build_example_graphs: parley diff exited $status (expected 1: the rounds differ)" >&2
      exit 1
    fi
  done
  if [ "$svg" = --svg ]; then
    dot -Tsvg "$out/dialogue_diff.dot" -o "$out/dialogue_diff.svg"
  fi
fi
