// `parley diff OLD NEW [--json] [-o OUT]`: what changed between two briefings or graphs.
// Exit status as diff(1): 0 no differences, 1 differences, 2 bad usage or input, 3 internal.
#include <filesystem>
#include <iostream>

#include "command_line.hh"
#include "graph_input.hh"
#include "parley/diff.hpp"

namespace parley::cli {
namespace {

class DiffCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& parent) override {
    CLI::App* app = parent.add_subcommand(
        "diff", "Report the nodes and edges added, removed and changed between two briefings or graphs");
    app->add_option("old", old_, "The old briefing or graph (.graphml, .json)")->required();
    app->add_option("new", new_, "The new briefing or graph")->required();
    app->add_flag("--json", json_, "Print the report as JSON (SCHEMA.md, \"Diff output\")");
    app->add_option("-o,--output", output_,
                    "Also write the diff graph here (.graphml, .gexf, .dot, .json): every element with diff = "
                    "added, removed, changed or unchanged");
    app->add_option("--format", format_, "Format of the diff graph (default: from -o)");
    app->add_flag("--quiet", quiet_, "Print no warnings");
    return app;
  }

  int run() override {
    std::optional<Format> format;
    if (!output_.empty()) {
      format = choose_format(output_, format_);
      if (output_ != "-") refuse_overwriting_inputs(output_, {old_, new_});
      if (output_ == "-") throw Error(ErrorKind::usage, "-", "the report goes to stdout; give the diff graph a file name");
    }
    GraphInputs loader;
    const Graph old_graph = loader.load(old_, quiet_);
    const Graph new_graph = loader.load(new_, quiet_);
    const GraphDiff diff = diff_graphs(old_graph, new_graph);
    if (format) write_output(make_diff_graph(old_graph, new_graph), output_, *format, {});
    if (json_) {
      write_diff_json(diff, std::cout);
    } else {
      write_diff_summary(diff, std::cout);
    }
    std::cout.flush();
    return diff.empty() ? kExitSuccess : kExitDifferences;
  }

 private:
  std::string old_;
  std::string new_;
  std::string output_;
  std::string format_;
  bool json_ = false;
  bool quiet_ = false;
};

}  // namespace

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }

}  // namespace parley::cli
