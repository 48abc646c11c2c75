// What every subcommand of the `parley` tool shares: exit statuses, reporting errors and
// warnings, collecting inputs, choosing output formats, and the Command interface.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parley/error.hpp"
#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"

namespace parley::cli {

// Exit statuses, as diff(1) for `parley diff`.
constexpr int kExitSuccess = 0;
constexpr int kExitDifferences = 1;
constexpr int kExitBadInput = 2;  // bad usage or bad input
constexpr int kExitInternal = 3;

int exit_status_for(const Error& error);
void report_error(const Error& error);          // "parley: <file>:<line>: <message>" on stderr
void report_warning(const Diagnostic& warning);  // "parley: warning: ..." on stderr

// A briefing to read, and the name it goes by in provenance: the argument as given, or for a file
// found under a directory argument, its path relative to that directory.
// The path is a string, not a std::filesystem::path: a path object also keeps its parsed
// components, about a kilobyte per file in a run over tens of thousands of files.
struct InputFile {
  std::string path;
  std::string source;
};

// Expands arguments: a directory means every *.txt below it, recursively, in byte order of path.
// A missing file or a directory with no documents is an Error (kind input) in `refused`.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments, std::vector<Error>& refused);

// The output format: --format if given, else from the extension, else GraphML.
Format choose_format(const std::string& output, const std::string& format_flag);

// Refuses (Error, kind usage) an output path that is one of the inputs.
void refuse_overwriting_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs);

// The same check for many outputs (--out-dir): the inputs are resolved once, so checking 20 000
// targets against 20 000 inputs costs a look-up per target, not file-system calls per pair.
// It keeps a string and an index per input, not paths (a std::filesystem::path holds each of its
// components as a path too): --out-dir's memory should not grow with the number of inputs.
class InputGuard {
 public:
  // `inputs` must outlive the guard.
  // Strings, not paths: a corpus has tens of thousands of inputs (see InputFile).
  explicit InputGuard(const std::vector<std::string>& inputs);
  // Throws Error (kind usage) when `output` (or, for CSV, one of its two tables) is an input:
  // the same file (as std::filesystem::equivalent) or the same weakly canonical path.
  void refuse_overwriting(const std::filesystem::path& output) const;

 private:
  const std::vector<std::string>& inputs_;
  std::map<std::pair<std::uintmax_t, std::uintmax_t>, std::size_t> by_file_;  // (device, inode) -> input
  std::map<std::string, std::size_t> by_path_;                                // canonical path -> input
};

// Writes to a file atomically, or to stdout for "-" (refused for CSV, which is two files).
void write_output(const Graph& graph, const std::string& output, Format format, const WriteOptions& options);

// A subcommand: declares its options on its own CLI11 subcommand, then runs once parsed.
class Command {
 public:
  virtual ~Command() = default;
  virtual CLI::App* setup(CLI::App& parent) = 0;
  virtual int run() = 0;
};

std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_merge_command();
std::unique_ptr<Command> make_diff_command();
std::unique_ptr<Command> make_kb_command();
std::unique_ptr<Command> make_inspect_command();

}  // namespace parley::cli
