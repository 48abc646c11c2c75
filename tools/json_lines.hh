// `parley extract --jsonl` and `parley merge --jsonl`: the map and the reduce of JSON Lines
// map/reduce (parley/json_lines.hpp), kept apart from the commands they are options of.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "parley/extractor.hpp"
#include "parley/graph.hpp"

namespace parley::cli {

// What the map shares with `parley extract`.
struct JsonLinesExtraction {
  const Extractor& extractor;
  unsigned jobs = 1;                          // -j: records extracted on this many threads
  bool quiet = false;                         // no warnings
  std::function<void(const Graph&)> explain;  // --explain, called in input order; empty without
};

// The map: reads document records from `inputs` (files; "-" is standard input) and writes one
// fragment record per document to `output` (a file, written atomically; "-" or empty: standard
// output, flushed after every record), in input order whatever the number of threads. A bad
// record or a missing input is reported ("file:line: ...") and skipped, and the others go on.
// Returns kExitBadInput when anything was skipped, else kExitSuccess.
int extract_json_lines(const std::vector<std::string>& inputs, const std::string& output,
                       const JsonLinesExtraction& how);

// The reduce: merges the fragments of `inputs` (files; "-" is standard input) into one graph.
// Throws Error (kind input, file and line) at the first bad record: a reduction missing a
// document would look complete.
Graph merge_json_lines(const std::vector<std::string>& inputs);

}  // namespace parley::cli
