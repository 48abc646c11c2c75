// Shared plumbing of the `parley` subcommands.
#include "command_line.hh"

#include <iostream>

namespace parley::cli {

int exit_status_for(const Error& error) {
  return error.kind() == ErrorKind::internal ? kExitInternal : kExitBadInput;
}

void report_error(const Error& error) { std::cerr << "parley: " << error.what() << "\n"; }

void report_warning(const Diagnostic& warning) { std::cerr << "parley: warning: " << to_string(warning) << "\n"; }

Format choose_format(const std::string& output, const std::string& format_flag) {
  if (!format_flag.empty()) return parse_format(format_flag);
  if (output.empty() || output == "-") return Format::graphml;
  if (auto format = format_from_path(output)) return *format;
  throw Error(ErrorKind::usage, output, "unknown output format (use .graphml, .dot, .gexf, .json or .csv, or --format)");
}

void write_output(const Graph& graph, const std::string& output, Format format, const WriteOptions& options) {
  if (output.empty() || output == "-") {
    if (format == Format::csv) throw Error(ErrorKind::usage, "-", "CSV is two files and cannot go to stdout; give -o x.csv");
    make_writer(format, options)->write(graph, std::cout);
    std::cout.flush();
    return;
  }
  write_graph_file(graph, output, format, options);
}

}  // namespace parley::cli
