// Shared plumbing of the `parley` subcommands.
#include "command_line.hh"

#include <algorithm>
#include <iostream>

namespace parley::cli {

int exit_status_for(const Error& error) {
  return error.kind() == ErrorKind::internal ? kExitInternal : kExitBadInput;
}

void report_error(const Error& error) { std::cerr << "parley: " << error.what() << "\n"; }

void report_warning(const Diagnostic& warning) { std::cerr << "parley: warning: " << to_string(warning) << "\n"; }

std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments, std::vector<Error>& refused) {
  namespace fs = std::filesystem;
  std::vector<InputFile> inputs;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    const fs::path path(argument);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path());
      }
      if (found.empty()) {
        refused.emplace_back(ErrorKind::input, argument, "directory holds no documents (*.txt)");
        continue;
      }
      std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
      for (const auto& file : found) inputs.push_back({file, file.lexically_relative(path).generic_string()});
    } else if (fs::exists(path, ec)) {
      inputs.push_back({path, argument});
    } else {
      refused.emplace_back(ErrorKind::input, argument, "no such file or directory");
    }
  }
  return inputs;
}

Format choose_format(const std::string& output, const std::string& format_flag) {
  if (!format_flag.empty()) return parse_format(format_flag);
  if (output.empty() || output == "-") return Format::graphml;
  if (auto format = format_from_path(output)) return *format;
  throw Error(ErrorKind::usage, output, "unknown output format (use .graphml, .dot, .gexf, .json or .csv, or --format)");
}

void refuse_overwriting_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs) {
  namespace fs = std::filesystem;
  // CSV output x.csv is written as x.nodes.csv and x.edges.csv (see write_graph_file).
  std::vector<fs::path> written{output};
  if (output.extension() == ".csv") {
    for (const char* part : {".nodes.csv", ".edges.csv"}) {
      written.push_back(fs::path(output).replace_filename(output.stem().string() + part));
    }
  }
  for (const auto& file : written) {
    for (const auto& input : inputs) {
      std::error_code ec;
      const bool same_file = fs::equivalent(file, input, ec);
      std::error_code output_ec, input_ec;
      const fs::path output_path = fs::weakly_canonical(file, output_ec);
      const fs::path input_path = fs::weakly_canonical(input, input_ec);
      if (same_file || (!output_ec && !input_ec && output_path == input_path)) {
        throw Error(ErrorKind::usage, file.string(), "refusing to overwrite an input: " + input.string());
      }
    }
  }
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
