// The inputs of a run as found when it begins, and the same inputs handed out again while it runs.
// A run over years of briefings cannot keep their paths (tens of bytes each): it keeps a 64-bit
// fingerprint per input and walks the arguments again, checking each input found against the plan,
// so that what runs is exactly what was checked before anything ran (outputs planned, none over an
// input), even when files come and go meanwhile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "input_walk.hh"

namespace parley::cli {

class InputPlan {
 public:
  // Walks the arguments once. `arguments` must outlive the plan.
  explicit InputPlan(const std::vector<std::string>& arguments);

  const std::vector<std::string>& arguments() const { return arguments_; }
  std::size_t size() const { return fingerprints_.size(); }
  std::size_t total_bytes() const { return total_bytes_; }
  // Arguments refused (missing, or a directory with no documents), in order.
  const std::vector<Error>& refused() const { return refused_; }
  // The argument that input `index` came from.
  const std::string& argument_of(std::size_t index) const;

 private:
  friend class InputFeed;
  static std::uint64_t fingerprint(const InputFile& file);

  const std::vector<std::string>& arguments_;
  std::vector<std::uint64_t> fingerprints_;  // of each input, in order
  std::vector<std::size_t> ends_;            // per argument: the index after its last input
  std::size_t total_bytes_ = 0;
  std::vector<Error> refused_;
};

// Hands out the planned inputs by index to the workers of for_each_ordered, walking the arguments
// again: a file that is not the next planned one is new since the plan and passed over; a planned
// one that is not found any more is handed out as none.
class InputFeed {
 public:
  explicit InputFeed(const InputPlan& plan) : plan_(plan), walk_(plan.arguments()) {}

  // Planned input `index`, or none when it is gone. Thread-safe; each index is taken once, and
  // indices are taken about in order (those passed over wait until taken).
  std::optional<InputFile> take(std::size_t index);

 private:
  void match_next();

  const InputPlan& plan_;
  std::mutex mutex_;
  InputWalk walk_;
  std::optional<InputFile> found_;                         // walked, not matched yet
  std::size_t matched_ = 0;                                // planned inputs matched so far
  std::map<std::size_t, std::optional<InputFile>> ready_;  // matched, not taken yet
};

}  // namespace parley::cli
