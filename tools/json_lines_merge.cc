// `parley merge --jsonl`: the reduce of JSON Lines map/reduce. Fragment records are read one at
// a time and merged in balanced pairs (parley/graph_reducer.hpp), so that reducing thousands of
// one-document fragments costs n log n, and the graph is the one a single `parley extract` of
// the same documents writes.
#include <filesystem>
#include <fstream>

#include "command_line.hh"
#include "json_lines.hh"
#include "standard_input.hh"
#include "parley/graph_reducer.hpp"
#include "parley/json_lines.hpp"

namespace parley::cli {
namespace {

void merge_records(std::istream& in, const std::string& name, GraphReducer& reducer) {
  JsonLinesReader reader(in, name);
  std::string line;
  while (reader.next(line)) reducer.add(parse_fragment_record(line, name, reader.line_number()).graph);
}

}  // namespace

Graph merge_json_lines(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  GraphReducer reducer;
  for (const auto& input : inputs) {
    if (input == "-") {
      StandardInput standard_input;
      merge_records(standard_input.stream(), "-", reducer);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) throw Error(ErrorKind::input, input, "is a directory, not a JSON Lines file");
    std::ifstream in(input, std::ios::binary);
    if (!in) throw Error(ErrorKind::input, input, "cannot read the file (missing or not readable)");
    merge_records(in, input, reducer);
  }
  return reducer.finish();
}

}  // namespace parley::cli
