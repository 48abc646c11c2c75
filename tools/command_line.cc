// Shared plumbing of the `parley` subcommands.
#include "command_line.hh"

#include <sys/stat.h>

#include <algorithm>
#include <iostream>
#include <optional>

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
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
      }
      if (found.empty()) {
        refused.emplace_back(ErrorKind::input, argument, "directory holds no documents (*.txt)");
        continue;
      }
      std::sort(found.begin(), found.end());
      for (auto& file : found) {
        std::string source = fs::path(file).lexically_relative(path).generic_string();
        inputs.push_back({std::move(file), std::move(source)});
      }
    } else if (fs::exists(path, ec)) {
      inputs.push_back({argument, argument});
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

namespace {

// The file a path names, following symbolic links, when it exists.
std::optional<std::pair<std::uintmax_t, std::uintmax_t>> file_identity(const std::filesystem::path& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return std::pair<std::uintmax_t, std::uintmax_t>{status.st_dev, status.st_ino};
}

}  // namespace

void refuse_overwriting_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs) {
  std::vector<std::string> names;
  for (const auto& input : inputs) names.push_back(input.string());
  InputGuard(names).refuse_overwriting(output);
}

InputGuard::InputGuard(const std::vector<std::string>& inputs) : inputs_(inputs) {
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (const auto identity = file_identity(inputs[i])) by_file_.emplace(*identity, i);
    std::error_code ec;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(inputs[i], ec);
    if (!ec) by_path_.emplace(canonical.native(), i);
  }
}

void InputGuard::refuse_overwriting(const std::filesystem::path& output) const {
  namespace fs = std::filesystem;
  // CSV output x.csv is written as x.nodes.csv and x.edges.csv (see write_graph_file).
  std::vector<fs::path> written{output};
  if (output.extension() == ".csv") {
    for (const char* part : {".nodes.csv", ".edges.csv"}) {
      written.push_back(fs::path(output).replace_filename(output.stem().string() + part));
    }
  }
  for (const auto& file : written) {
    std::optional<std::size_t> input;
    if (const auto identity = file_identity(file)) {
      if (auto it = by_file_.find(*identity); it != by_file_.end()) input = it->second;
    }
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (!ec) {
      if (auto it = by_path_.find(canonical.native()); it != by_path_.end()) input = it->second;
    }
    if (input) throw Error(ErrorKind::usage, file.string(), "refusing to overwrite an input: " + inputs_[*input]);
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
