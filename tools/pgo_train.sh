#!/usr/bin/env bash
# The training run of the profile-guided release build (see PARLEY_PGO in CMakeLists.txt and
# build-release in the Makefile): runs the instrumented tools over what users run them on, so
# that the "use" build lays out and inlines for it. Usage: pgo_train.sh TRAIN_BUILD_DIR PROFILE_DIR
#
# The work: a 1 MB corpus that parley_bench generates from examples/ and the knowledge base
# (the same generator as the benchmark's, at a two-hundredth of its size), read, extracted and
# written as GraphML in process on one and two threads; then the CLI on it: one merged graph in
# each format, one graph per document, merge and diff of those graphs, and inspect.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 TRAIN_BUILD_DIR PROFILE_DIR" >&2
  exit 2
fi
build=$1
profile=$2
parley=$build/tools/parley
bench=$build/tools/parley_bench
for tool in "$parley" "$bench"; do
  [ -x "$tool" ] || { echo "pgo_train: $tool is not built" >&2; exit 1; }
done

# A profile holds the counts of the binary that wrote it: an old one would be added to.
rm -rf "$profile"
work=$build/pgo-work
rm -rf "$work"
mkdir -p "$work"

"$bench" --scale 0.005 --work-dir "$work" --skip-cli --skip-graph --skip-big --threads 2 > "$work/bench.txt" 2>&1 ||
  { cat "$work/bench.txt" >&2; echo "pgo_train: the benchmark run failed" >&2; exit 1; }
docs=$work/corpus-x0.005/docs

"$parley" extract --quiet -j 2 "$docs" -o "$work/all.graphml"
for format in json dot gexf csv; do
  "$parley" extract --quiet "$docs" --format "$format" -o "$work/all.$format"
done
"$parley" extract --quiet "$docs" --out-dir "$work/each"
"$parley" extract --quiet examples --out-dir "$work/examples"
mapfile -t graphs < <(find "$work/each" -name '*.graphml' | sort)
"$parley" merge --quiet "${graphs[@]}" -o "$work/merged.graphml"
"$parley" merge --quiet "$work/all.json" "$work/examples"/*.graphml -o "$work/merged.json"
# diff exits with 1 when the graphs differ, as these do.
status=0
"$parley" diff "${graphs[0]}" "${graphs[-1]}" -o "$work/diff.graphml" > /dev/null || status=$?
[ "$status" -le 1 ] || { echo "pgo_train: diff failed ($status)" >&2; exit 1; }
mapfile -t briefings < <(find "$docs" -name '*.txt' | sort | head -n 20)
for briefing in "${briefings[@]}"; do "$parley" inspect "$briefing" > /dev/null; done

rm -rf "$work"
count=$(find "$profile" -name '*.gcda' | wc -l)
[ "$count" -gt 0 ] || { echo "pgo_train: no profile written under $profile" >&2; exit 1; }
echo "pgo_train: profile of $count objects in $profile"
