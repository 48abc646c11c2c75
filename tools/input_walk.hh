// The briefings that command-line arguments name, found one at a time in a fixed order: a run over
// years of briefings walks its directories again when it needs them rather than keep their list,
// so that its memory does not grow with the number of files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/error.hpp"

namespace parley::cli {

// A briefing to read, and the name it goes by in provenance: the argument as given, or for a file
// found under a directory argument, its path relative to that directory.
struct InputFile {
  std::string path;
  std::string source;
};

// Expands arguments in order: a file as itself; a directory as every *.txt below it, recursively,
// in byte order of path (as sorting all the paths would give), without following symbolic links
// to directories. Holds only the listings of the directories on the current path.
class InputWalk {
 public:
  // `arguments` must outlive the walk.
  explicit InputWalk(const std::vector<std::string>& arguments) : arguments_(arguments) {}

  // The next input; none after the last.
  std::optional<InputFile> next();
  // The index of the argument that the last input came from.
  std::size_t argument() const { return current_; }
  // Arguments refused so far (Error, kind input): missing, or a directory with no documents.
  const std::vector<Error>& refused() const { return refused_; }

 private:
  // A directory being walked: its documents and subdirectories, by the order of what lies below
  // them (a subdirectory's key is its name and a '/').
  struct Listing {
    std::string path;
    std::vector<std::string> keys;
    std::size_t next = 0;
  };

  void enter(const std::string& directory);
  InputFile found(const Listing& listing, const std::string& name);

  const std::vector<std::string>& arguments_;
  std::size_t next_argument_ = 0;
  std::size_t current_ = 0;
  std::vector<Listing> stack_;  // the directories from the argument down to the current one
  std::size_t documents_ = 0;   // found so far under the current directory argument
  std::vector<Error> refused_;
};

// Every input at once, for commands that hold them all anyway (`parley merge`).
std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments, std::vector<Error>& refused);

}  // namespace parley::cli
