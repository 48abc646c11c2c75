// Refusing to write an output over an input. A run over a corpus checks each of its outputs
// against every input, so the inputs are kept as sorted 64-bit hashes (16 bytes per input), not
// as paths: memory should not grow with the number of inputs beyond a few bytes each.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace parley::cli {

class InputGuard {
 public:
  // Calls `visit` with the path of every input, in order, each time it is called.
  using ListInputs = std::function<void(const std::function<void(const std::string&)>& visit)>;

  // Lists the inputs once to hash them; again only when an output's hash matches an input's, to
  // confirm it and name the input.
  explicit InputGuard(ListInputs list);
  // Throws Error (kind usage) when `output` (or, for CSV, one of its two tables) is an input:
  // the same file (as std::filesystem::equivalent) or the same weakly canonical path.
  void refuse_overwriting(const std::filesystem::path& output) const;

 private:
  void refuse(const std::filesystem::path& written) const;

  ListInputs list_;
  std::vector<std::uint64_t> files_;  // (device, inode) of each input, hashed, sorted
  std::vector<std::uint64_t> paths_;  // weakly canonical path of each input, hashed, sorted
};

// The same check for one output against a few inputs.
void refuse_overwriting_inputs(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs);

}  // namespace parley::cli
