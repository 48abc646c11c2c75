// A small deterministic random generator for the benchmark (splitmix64): the same seed gives
// the same corpus and the same synthetic graph on every machine and standard library, which
// std::random_device and the std:: distributions do not promise.
#pragma once

#include <cstddef>
#include <cstdint>

namespace parley::bench {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  // A generator for one item (a document, a chunk of the big file) independent of every other
  // item, so items can be generated in any order with the same result.
  static SplitMix64 for_item(std::uint64_t seed, std::uint64_t item) {
    SplitMix64 mixer(seed ^ (item * 0x9E3779B97F4A7C15ULL));
    return SplitMix64(mixer.next());
  }

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, bound); bound must be positive. The modulo bias is irrelevant at these sizes.
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
  // Uniform in [low, high].
  long between(long low, long high) { return low + static_cast<long>(below(static_cast<std::size_t>(high - low + 1))); }
  bool chance(double probability) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < probability; }

 private:
  std::uint64_t state_;
};

}  // namespace parley::bench
