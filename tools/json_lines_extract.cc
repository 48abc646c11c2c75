// `parley extract --jsonl`: document records in, one fragment record per document out, streamed,
// so that it runs as the map step of Hadoop Streaming, Spark's RDD.pipe or a Dask task (README,
// "JSON Lines map/reduce"). With -j N, records are read in batches and extracted on N threads;
// what is written and reported stays in input order, the same for any N.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "command_line.hh"
#include "json_lines.hh"
#include "parley/json_lines.hpp"
#include "parley/ordered_parallel.hpp"
#include "parley/output_file.hpp"
#include "standard_input.hh"

namespace parley::cli {
namespace {

// Read ahead with several threads: enough records to keep them busy, few bytes enough to keep
// memory bounded whatever the size of a record.
constexpr std::size_t kRecordsPerThread = 16;
constexpr std::size_t kBatchBytesPerThread = 4 * 1024 * 1024;

struct Record {
  std::size_t line = 0;
  std::string text;
};

// One record's outcome, carried from a worker thread to the thread that writes and reports.
struct Outcome {
  std::string fragment;  // the fragment's line, empty when the record was refused
  std::optional<Graph> graph;  // for --explain
  std::vector<Diagnostic> warnings;
  std::optional<Error> error;
};

// Where fragments go, and what to call it when writing fails.
struct FragmentOutput {
  std::ostream& out;
  std::string name;
  bool flush_each;  // standard output: a reader downstream (a pipe) sees each record at once
  std::size_t written = 0;
};

// Parses, reads and extracts one record. Safe on several threads: reports nothing itself.
Outcome extract_record(const Record& record, const std::string& name, const JsonLinesExtraction& how) {
  Outcome outcome;
  std::string id;
  try {
    DocumentRecord parsed = parse_document_record(record.text, name, record.line);
    id = parsed.id;
    Document document = read_document_record(std::move(parsed));
    outcome.warnings = std::move(document.warnings);
    Graph graph = how.extractor.extract(document);
    std::ostringstream line;
    write_fragment(line, id, graph);
    outcome.fragment = line.str();
    if (how.explain) outcome.graph = std::move(graph);
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::internal) throw;
    // Past parsing, errors name the document by its id: say where its record is.
    outcome.error = id.empty() ? error
                               : Error(ErrorKind::input, name, Position::at_line(record.line),
                                       "document \"" + id + "\": " + error.message());
  }
  return outcome;
}

// Extracts every record of one input; returns false when a record was skipped.
bool extract_records(std::istream& in, const std::string& name, FragmentOutput& output,
                     const JsonLinesExtraction& how) {
  bool clean = true;
  JsonLinesReader reader(in, name);
  const std::size_t jobs = std::max(1u, how.jobs);
  // One thread: no read-ahead, so that a record on a pipe is answered before the next arrives.
  const std::size_t batch_records = jobs == 1 ? 1 : kRecordsPerThread * jobs;
  const std::size_t batch_bytes = kBatchBytesPerThread * jobs;
  std::vector<Record> batch;
  std::string line;
  bool more = true;
  while (more) {
    batch.clear();
    std::size_t bytes = 0;
    while (batch.size() < batch_records && bytes < batch_bytes && (more = reader.next(line))) {
      bytes += line.size();
      batch.push_back({reader.line_number(), std::move(line)});
    }
    for_each_ordered(
        batch.size(), how.jobs, [&](std::size_t i) { return extract_record(batch[i], name, how); },
        [&](std::size_t, Outcome outcome) {
          if (!how.quiet) {
            for (const auto& warning : outcome.warnings) report_warning(warning);
          }
          if (outcome.error) {
            report_error(*outcome.error);
            clean = false;
            return;
          }
          if (how.explain) how.explain(*outcome.graph);
          output.out << outcome.fragment;
          if (output.flush_each) output.out.flush();
          if (!output.out) throw Error(ErrorKind::input, output.name, "cannot write the output");
          ++output.written;
        });
  }
  return clean;
}

}  // namespace

int extract_json_lines(const std::vector<std::string>& inputs, const std::string& output,
                       const JsonLinesExtraction& how) {
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
  for (const auto& input : inputs) {
    bool clean = true;
    if (input == "-") {
      StandardInput standard_input;
      clean = extract_records(standard_input.stream(), "-", fragments, how);
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
        clean = extract_records(in, input, fragments, how);
      }
    }
    if (!clean) status = kExitBadInput;
  }
  // Nothing extracted and something refused: keep a previous output file rather than empty it.
  if (file && (fragments.written > 0 || status == kExitSuccess)) file->commit();
  return status;
}

}  // namespace parley::cli
