// Outputs checked against the inputs by hash: see input_guard.hh.
#include "input_guard.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

#include "parley/error.hpp"

namespace parley::cli {
namespace {

using FileIdentity = std::pair<std::uintmax_t, std::uintmax_t>;  // (device, inode)

// The file a path names, following symbolic links, when it exists.
std::optional<FileIdentity> file_identity(const std::filesystem::path& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return FileIdentity{status.st_dev, status.st_ino};
}

std::optional<std::string> canonical_path(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ec);
  if (ec) return std::nullopt;
  return std::move(canonical).native();
}

std::uint64_t hash_of(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

std::uint64_t hash_of(const FileIdentity& identity) {
  char bytes[sizeof identity.first + sizeof identity.second];
  std::memcpy(bytes, &identity.first, sizeof identity.first);
  std::memcpy(bytes + sizeof identity.first, &identity.second, sizeof identity.second);
  return hash_of(std::string_view(bytes, sizeof bytes));
}

bool contains(const std::vector<std::uint64_t>& sorted, std::uint64_t hash) {
  return std::binary_search(sorted.begin(), sorted.end(), hash);
}

}  // namespace

InputGuard::InputGuard(ListInputs list) : list_(std::move(list)) {
  list_([&](const std::string& input) {
    if (const auto identity = file_identity(input)) files_.push_back(hash_of(*identity));
    if (const auto canonical = canonical_path(input)) paths_.push_back(hash_of(*canonical));
  });
  std::sort(files_.begin(), files_.end());
  std::sort(paths_.begin(), paths_.end());
}

void InputGuard::refuse_overwriting(const std::filesystem::path& output) const {
  namespace fs = std::filesystem;
  refuse(output);
  // CSV output x.csv is written as x.nodes.csv and x.edges.csv (see write_graph_file).
  if (output.extension() == ".csv") {
    for (const char* part : {".nodes.csv", ".edges.csv"}) {
      refuse(fs::path(output).replace_filename(output.stem().string() + part));
    }
  }
}

void InputGuard::refuse(const std::filesystem::path& written) const {
  const auto identity = file_identity(written);
  const auto canonical = canonical_path(written);
  if (!(identity && contains(files_, hash_of(*identity))) && !(canonical && contains(paths_, hash_of(*canonical)))) {
    return;
  }
  // A hash matched: find the input, if the match is not a collision. The first input with the
  // same path is named, else the first that is the same file.
  std::optional<std::string> same_path;
  std::optional<std::string> same_file;
  list_([&](const std::string& input) {
    if (same_path) return;
    if (canonical && canonical_path(input) == canonical) {
      same_path = input;
    } else if (!same_file && identity && file_identity(input) == identity) {
      same_file = input;
    }
  });
  if (const auto& input = same_path ? same_path : same_file) {
    throw Error(ErrorKind::usage, written.string(), "refusing to overwrite an input: " + *input);
  }
}

void refuse_overwriting_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs) {
  InputGuard([&](const auto& visit) {
    for (const auto& input : inputs) visit(input.string());
  }).refuse_overwriting(output);
}

}  // namespace parley::cli
