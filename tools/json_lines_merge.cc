// `parley merge --jsonl`: the reduce of JSON Lines map/reduce. Fragment records are read one at
// a time and merged by a GraphMerger (parley/merge.hpp), in time linear in their total size, into
// the graph that a single `parley extract` of the same documents writes.
#include <filesystem>
#include <fstream>

#include "command_line.hh"
#include "json_lines.hh"
#include "standard_input.hh"
#include "parley/json_lines.hpp"
#include "parley/merge.hpp"

namespace parley::cli {
namespace {

void merge_records(std::istream& in, const std::string& name, GraphMerger& merger) {
  JsonLinesReader reader(in, name);
  std::string line;
  while (reader.next(line)) merger.add(parse_fragment_record(line, name, reader.line_number()).graph);
}

}  // namespace

Graph merge_json_lines(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  GraphMerger merger;
  for (const auto& input : inputs) {
    if (input == "-") {
      StandardInput standard_input;
      merge_records(standard_input.stream(), "-", merger);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) throw Error(ErrorKind::input, input, "is a directory, not a JSON Lines file");
    std::ifstream in(input, std::ios::binary);
    if (!in) throw Error(ErrorKind::input, input, "cannot read the file (missing or not readable)");
    merge_records(in, input, merger);
  }
  return merger.finish();
}

}  // namespace parley::cli
