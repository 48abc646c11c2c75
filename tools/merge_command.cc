// `parley merge INPUT... -o OUT`: one corpus graph from graphs and briefings, so that a new
// briefing joins an existing corpus graph without re-reading the old ones (rules: merge.hpp).
#include <filesystem>

#include "command_line.hh"
#include "graph_input.hh"
#include "json_lines.hh"
#include "parley/merge.hpp"

namespace parley::cli {
namespace {

class MergeCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& parent) override {
    CLI::App* app = parent.add_subcommand(
        "merge", "Merge graphs (.graphml, .json) and briefings (anything else) into one graph, by id");
    app->add_option("inputs", inputs_, "Graphs or briefings (a directory: every *.txt below it)")->required();
    app->add_option("-o,--output", output_, "Write the merged graph here ('-' or none: GraphML on stdout)");
    app->add_option("--format", format_, "Output format: graphml, dot, gexf, json or csv (default: from -o, else graphml)");
    app->add_option("--gexf-version", write_options_.gexf_version, "GEXF version: 1.2 (default) or 1.3");
    app->add_option("-j,--jobs", write_options_.threads,
                    "Format the GraphML output on N threads (default 1); the output is the same for any N")
        ->check(CLI::Range(1, 256));
    app->add_flag("--quiet", quiet_, "Print no warnings");
    app->add_flag("--jsonl", jsonl_,
                  "Inputs are JSON Lines fragment files from `parley extract --jsonl` ('-': stdin); the graph written "
                  "can be merged again");
    return app;
  }

  int run() override {
    const Format format = choose_format(output_, format_);
    if (!output_.empty() && output_ != "-") {
      std::vector<std::filesystem::path> paths(inputs_.begin(), inputs_.end());
      refuse_overwriting_inputs(output_, paths);
    }
    if (jsonl_) {
      write_output(merge_json_lines(inputs_), output_, format, write_options_);
      return kExitSuccess;
    }
    // Directories expand as for `parley extract`: their briefings, named by relative path.
    std::vector<std::string> directories;
    for (const auto& input : inputs_) {
      if (std::filesystem::is_directory(input)) directories.push_back(input);
    }
    std::vector<Error> refused;
    const std::vector<InputFile> briefings = collect_inputs(directories, refused);
    if (!refused.empty()) throw refused.front();

    GraphInputs loader;
    GraphMerger corpus;
    for (const auto& input : inputs_) {
      if (!std::filesystem::is_directory(input)) corpus.add(loader.load(input, quiet_));
    }
    for (const auto& briefing : briefings) corpus.add(loader.load(briefing.path, briefing.source, quiet_));
    write_output(corpus.finish(), output_, format, write_options_);
    return kExitSuccess;
  }

 private:
  std::vector<std::string> inputs_;
  std::string output_;
  std::string format_;
  WriteOptions write_options_;
  bool quiet_ = false;
  bool jsonl_ = false;
};

}  // namespace

std::unique_ptr<Command> make_merge_command() { return std::make_unique<MergeCommand>(); }

}  // namespace parley::cli
