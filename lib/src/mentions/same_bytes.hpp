// Equality of two byte ranges of one length, compared inline a word or two at a time, as
// string_hash reads them: the hash tables of words call it once a hash has matched, when the
// keys are nearly always equal, and memcmp was a call per look-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace parley::mentions {

template <typename Word>
inline Word load_bytes(const char* bytes) {
  Word word;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    if (load_bytes<std::uint64_t>(a) != load_bytes<std::uint64_t>(b)) return false;
  }
  // Two overlapping four-byte reads cover four to seven bytes; first, middle and last cover
  // one to three.
  if (n >= 4) {
    return load_bytes<std::uint32_t>(a) == load_bytes<std::uint32_t>(b) &&
           load_bytes<std::uint32_t>(a + n - 4) == load_bytes<std::uint32_t>(b + n - 4);
  }
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

}  // namespace parley::mentions
