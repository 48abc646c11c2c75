// One fast hash for the library's string-keyed tables. Their keys are words, ids and short
// phrases, asked about for every token, mention and edge: eight bytes at a time with a
// multiply-xorshift mix is a fraction of the work of std::hash (a byte-wise Murmur in libstdc++).
// Tables hashed by it are only looked up, never walked in an order that reaches the output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace parley {

inline std::size_t string_hash(std::string_view key) {
  constexpr std::uint64_t kMultiplier = 0xbf58476d1ce4e5b9ull;
  // The length mixed in first: xored raw into the first word, "b" and "ab" would collide.
  std::uint64_t hash = (0x9e3779b97f4a7c15ull + key.size()) * kMultiplier;
  const char* bytes = key.data();
  std::size_t left = key.size();
  for (; left >= 8; bytes += 8, left -= 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes, 8);
    hash = (hash ^ word) * kMultiplier;
    hash ^= hash >> 31;
  }
  if (left > 0) {
    // The last bytes without a loop: two overlapping four-byte reads cover four to seven, and
    // the first, middle and last byte cover one to three (the length is in the hash already).
    std::uint64_t word;
    if (left >= 4) {
      std::uint32_t low, high;
      std::memcpy(&low, bytes, 4);
      std::memcpy(&high, bytes + left - 4, 4);
      word = low | (std::uint64_t{high} << 32);
    } else {
      word = std::uint64_t{static_cast<unsigned char>(bytes[0])} |
             (std::uint64_t{static_cast<unsigned char>(bytes[left / 2])} << 8) |
             (std::uint64_t{static_cast<unsigned char>(bytes[left - 1])} << 16);
    }
    hash = (hash ^ word) * kMultiplier;
    hash ^= hash >> 31;
  }
  hash *= 0x94d049bb133111ebull;
  return static_cast<std::size_t>(hash ^ (hash >> 29));
}

// The hasher of such tables; transparent, so that a std::string_view finds a std::string key
// without building one (with std::equal_to<> as the table's key equality). Deliberately not
// noexcept: libstdc++ keeps each node's hash beside it only for hashers that may throw (or are
// slow), and without it every probe and every rehash hashed the keys of a bucket's nodes again.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return string_hash(key); }
};

}  // namespace parley
