// The yardstick for extraction speed: a bare ICU word-break pass (the cheapest thing that looks
// at every word) over the same files, reading included, on one thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace parley::bench {

struct WordBreakRun {
  double seconds = 0;
  std::uint64_t bytes = 0;
  std::uint64_t boundaries = 0;
};

// Throws parley::Error for an unreadable file or when ICU cannot make the iterator.
WordBreakRun run_word_break(const std::vector<std::filesystem::path>& files);

}  // namespace parley::bench
