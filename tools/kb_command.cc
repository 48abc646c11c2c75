// `parley kb check FILE...`: validates knowledge-base files (format in data/kb/README.md) the way
// `parley extract --kb` would load them, so an analyst finds a mistake before a run does.
#include <iostream>

#include "command_line.hh"
#include "parley/knowledge_base.hpp"

namespace parley::cli {
namespace {

class KbCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& parent) override {
    CLI::App* app = parent.add_subcommand("kb", "Work with knowledge-base files");
    app->require_subcommand(1);
    check_ = app->add_subcommand("check", "Validate knowledge-base files: 'FILE: N entries ok', or the first error");
    check_->add_option("files", files_, "Knowledge-base JSON files")->required();
    return app;
  }

  int run() override {
    int status = kExitSuccess;
    for (const auto& file : files_) {
      try {
        const std::size_t entries = KnowledgeBase::check_file(file);
        std::cout << file << ": " << entries << (entries == 1 ? " entry" : " entries") << " ok\n";
      } catch (const Error& error) {
        if (error.kind() == ErrorKind::internal) throw;
        report_error(error);
        status = kExitBadInput;
      }
    }
    return status;
  }

 private:
  CLI::App* check_ = nullptr;
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> make_kb_command() { return std::make_unique<KbCommand>(); }

}  // namespace parley::cli
