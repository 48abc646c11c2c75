// What every subcommand of the `parley` tool shares: exit statuses, reporting errors and
// warnings, choosing output formats, and the Command interface (and, through the headers it
// includes, finding inputs and refusing to overwrite them).
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "parley/error.hpp"
#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"
#include "input_guard.hh"
#include "input_walk.hh"

namespace parley::cli {

// Exit statuses, as diff(1) for `parley diff`.
constexpr int kExitSuccess = 0;
constexpr int kExitDifferences = 1;
constexpr int kExitBadInput = 2;  // bad usage or bad input
constexpr int kExitInternal = 3;

int exit_status_for(const Error& error);
void report_error(const Error& error);          // "parley: <file>:<line>: <message>" on stderr
void report_warning(const Diagnostic& warning);  // "parley: warning: ..." on stderr

// The output format: --format if given, else from the extension, else GraphML.
Format choose_format(const std::string& output, const std::string& format_flag);

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
