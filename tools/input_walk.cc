// Walking the inputs of a run in order: see input_walk.hh.
#include "input_walk.hh"

#include <algorithm>
#include <filesystem>

namespace parley::cli {

std::optional<InputFile> InputWalk::next() {
  namespace fs = std::filesystem;
  for (;;) {
    if (stack_.empty()) {
      if (next_argument_ == arguments_.size()) return std::nullopt;
      current_ = next_argument_++;
      const std::string& argument = arguments_[current_];
      std::error_code ec;
      if (fs::is_directory(argument, ec)) {
        documents_ = 0;
        enter(argument);
      } else if (fs::exists(argument, ec)) {
        return InputFile{argument, argument};
      } else {
        refused_.emplace_back(ErrorKind::input, argument, "no such file or directory");
      }
      continue;
    }
    Listing& listing = stack_.back();
    if (listing.next == listing.keys.size()) {
      stack_.pop_back();
      if (stack_.empty() && documents_ == 0) {
        refused_.emplace_back(ErrorKind::input, arguments_[current_], "directory holds no documents (*.txt)");
      }
      continue;
    }
    const std::string& key = listing.keys[listing.next++];
    if (key.back() == '/') {
      enter((fs::path(listing.path) / key.substr(0, key.size() - 1)).string());
      continue;
    }
    ++documents_;
    return found(listing, key);
  }
}

// Lists one directory: its *.txt files (symbolic links to files included) and its subdirectories
// (not symbolic links to directories), sorted so that walking them depth first visits documents
// in byte order of path: "a/x.txt" comes after "a.b/y.txt" because "a/" sorts after "a.b/".
// A directory that cannot be read is passed over.
void InputWalk::enter(const std::string& directory) {
  namespace fs = std::filesystem;
  Listing listing{directory, {}, 0};
  std::error_code ec;
  for (fs::directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    std::string name = it->path().filename().string();
    if (!it->is_symlink(type_ec) && it->is_directory(type_ec)) {
      listing.keys.push_back(std::move(name) + '/');
    } else if (it->is_regular_file(type_ec) && it->path().extension() == ".txt") {
      listing.keys.push_back(std::move(name));
    }
  }
  std::sort(listing.keys.begin(), listing.keys.end());
  stack_.push_back(std::move(listing));
}

InputFile InputWalk::found(const Listing& listing, const std::string& name) {
  namespace fs = std::filesystem;
  std::string path = (fs::path(listing.path) / name).string();
  std::string source = fs::path(path).lexically_relative(arguments_[current_]).generic_string();
  return {std::move(path), std::move(source)};
}

std::vector<InputFile> collect_inputs(const std::vector<std::string>& arguments, std::vector<Error>& refused) {
  InputWalk walk(arguments);
  std::vector<InputFile> inputs;
  while (auto file = walk.next()) inputs.push_back(std::move(*file));
  refused.insert(refused.end(), walk.refused().begin(), walk.refused().end());
  return inputs;
}

}  // namespace parley::cli
