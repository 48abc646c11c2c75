// `parley extract --jsonl`: document records in, one fragment record per document out, streamed
// (one record in memory at a time), so that it runs as the map step of Hadoop Streaming, Spark's
// RDD.pipe or a Dask task (README, "JSON Lines").
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "command_line.hh"
#include "json_lines.hh"
#include "standard_input.hh"
#include "parley/json_lines.hpp"
#include "parley/output_file.hpp"

namespace parley::cli {
namespace {

// Where fragments go, and what to call it when writing fails.
struct FragmentOutput {
  std::ostream& out;
  std::string name;
  bool flush_each;  // standard output: a reader downstream (a pipe) sees each record at once
};

// Extracts every record of one input; returns false when a record was skipped.
bool extract_records(std::istream& in, const std::string& name, FragmentOutput& output,
                     const ExtractDocument& extract, std::size_t& written) {
  bool clean = true;
  JsonLinesReader reader(in, name);
  std::string line;
  while (reader.next(line)) {
    std::string id;
    Graph graph;
    try {
      DocumentRecord record = parse_document_record(line, name, reader.line_number());
      id = record.id;
      Document document = read_document_record(std::move(record));
      graph = extract(document);
    } catch (const Error& error) {
      if (error.kind() == ErrorKind::internal) throw;
      // Past parsing, errors name the document by its id: say where its record is.
      report_error(id.empty() ? error
                              : Error(ErrorKind::input, name, Position::at_line(reader.line_number()),
                                      "document \"" + id + "\": " + error.message()));
      clean = false;
      continue;
    }
    write_fragment(output.out, id, graph);
    if (output.flush_each) output.out.flush();
    if (!output.out) throw Error(ErrorKind::input, output.name, "cannot write the output");
    ++written;
  }
  return clean;
}

}  // namespace

int extract_json_lines(const std::vector<std::string>& inputs, const std::string& output,
                       const ExtractDocument& extract) {
  namespace fs = std::filesystem;
  const bool to_stdout = output.empty() || output == "-";
  std::optional<OutputFile> file;
  if (!to_stdout) {
    std::vector<fs::path> input_paths;
    for (const auto& input : inputs) {
      if (input != "-") input_paths.emplace_back(input);
    }
    refuse_overwriting_inputs(output, input_paths);
    file.emplace(output);
  }
  FragmentOutput fragments{to_stdout ? std::cout : file->stream(), to_stdout ? "-" : output, to_stdout};

  int status = kExitSuccess;
  std::size_t written = 0;
  for (const auto& input : inputs) {
    bool clean = true;
    if (input == "-") {
      StandardInput standard_input;
      clean = extract_records(standard_input.stream(), "-", fragments, extract, written);
    } else {
      std::error_code ec;
      std::ifstream in;
      if (fs::is_directory(input, ec)) {
        report_error(Error(ErrorKind::input, input, "is a directory, not a JSON Lines file"));
        clean = false;
      } else if (in.open(input, std::ios::binary); !in) {
        report_error(Error(ErrorKind::input, input, "cannot read the file (missing or not readable)"));
        clean = false;
      } else {
        clean = extract_records(in, input, fragments, extract, written);
      }
    }
    if (!clean) status = kExitBadInput;
  }
  // Nothing extracted and something refused: keep a previous output file rather than empty it.
  if (file && (written > 0 || status == kExitSuccess)) file->commit();
  return status;
}

}  // namespace parley::cli
