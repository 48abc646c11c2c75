// The `parley` command-line tool: parses the command line and hands over to one subcommand.
// Exit statuses: 0 success, 1 differences found (diff), 2 bad usage or input, 3 internal error.
#include <exception>
#include <iostream>

#include "allocator.hh"
#include "command_line.hh"
#include "parley/output_file.hpp"

#ifndef PARLEY_VERSION
#define PARLEY_VERSION "0.1.0"
#endif

int main(int argc, char** argv) {
  using namespace parley::cli;
  parley::OutputFile::remove_temporaries_on_signals();  // an interrupted write leaves no stray file
  CLI::App app{"Parley: turns diplomatic briefings into typed knowledge graphs (SCHEMA.md).", "parley"};
  app.set_version_flag("--version", std::string("parley ") + PARLEY_VERSION + " (" + allocator_name() + ")");
  app.require_subcommand(1);

  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_extract_command());
  commands.push_back(make_merge_command());
  commands.push_back(make_diff_command());
  commands.push_back(make_kb_command());
  commands.push_back(make_inspect_command());
  std::vector<std::pair<CLI::App*, Command*>> dispatch;
  for (auto& command : commands) dispatch.emplace_back(command->setup(app), command.get());

  // CLI11 would only say "a subcommand is required" for a mistyped command: name it.
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const auto& [subcommand, command] : dispatch) known = known || subcommand->check_name(argv[1]);
    if (!known) {
      std::cerr << "parley: unknown command '" << argv[1] << "'\nRun 'parley --help' for usage.\n";
      return kExitBadInput;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "parley: " << e.what() << "\n";
    std::cerr << "Run 'parley --help' for usage.\n";
    return kExitBadInput;
  }

  try {
    for (auto& [subcommand, command] : dispatch) {
      if (subcommand->parsed()) return command->run();
    }
  } catch (const parley::Error& error) {
    report_error(error);
    return exit_status_for(error);
  } catch (const std::exception& error) {
    std::cerr << "parley: internal error: " << error.what() << "\n";
    return kExitInternal;
  }
  return kExitInternal;
}
