// The first two keys of a lexicon's multi-word entries, as a small filter of bits: whether the
// entry starting with one token may go on with the next. Common words start listed phrases
// ("the two sides", "in order to"), and each of their tokens sent every scan of those lists to
// the phrase look-up; Lexicon::annotate asks the filter once per such token instead.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace parley::mentions {

class PhrasePairs {
 public:
  // Notes an entry whose first two keys have these string_hash values.
  void add(std::size_t first_hash, std::size_t second_hash) {
    const std::size_t bit = bit_of(first_hash, second_hash);
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  // False only when no entry noted starts with these two keys (true now and then for a pair
  // that none starts: a few hundred pairs set a few percent of the bits).
  bool may_hold(std::size_t first_hash, std::size_t second_hash) const {
    const std::size_t bit = bit_of(first_hash, second_hash);
    return (bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }

 private:
  // 4 096 bits, eight cache lines: annotate reads them for a few tokens of every sentence.
  static constexpr unsigned kBitsLog2 = 12;
  static std::size_t bit_of(std::size_t first_hash, std::size_t second_hash) {
    const std::uint64_t mixed = (static_cast<std::uint64_t>(first_hash) * 0x9e3779b97f4a7c15ULL) ^ second_hash;
    return static_cast<std::size_t>((mixed * 0xff51afd7ed558ccdULL) >> (64 - kBitsLog2));
  }
  std::array<std::uint64_t, (std::size_t{1} << kBitsLog2) / 64> bits_{};
};

}  // namespace parley::mentions
