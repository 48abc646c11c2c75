// One fast hash for the library's string-keyed tables. Their keys are words, ids and short
// phrases, asked about for every token, mention and edge: eight bytes at a time with a
// multiply-xorshift mix is a fraction of the work of std::hash (a byte-wise Murmur in libstdc++).
// Tables hashed by it are only looked up, never walked in an order that reaches the output.
//
// The key is read as 8-byte words (little-endian), the last one padded with zeros, and at least
// two words (the second zero for a key of up to 8 bytes): so a caller whose key has readable
// bytes after it (a token's key, in the tokenizer's buffer) can load whole words and mask off
// what follows the key (string_hash_padded), without the tests of the length that the last
// bytes otherwise need, which a word's varying length makes mispredicted. Both give one value.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace parley {

namespace string_hash_detail {

constexpr std::uint64_t kMultiplier = 0xbf58476d1ce4e5b9ull;
constexpr std::uint64_t kSecondWordMultiplier = 0x9e3779b97f4a7c15ull;

inline std::uint64_t load_word(const char* bytes) {
  std::uint64_t word;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

inline std::uint32_t load_half(const char* bytes) {
  std::uint32_t half;
  std::memcpy(&half, bytes, sizeof half);
  return half;
}

// The first `n` bytes of a little-endian word loaded from memory (all of it from 8 on); the rest zero.
constexpr std::uint64_t first_bytes(std::uint64_t word, std::size_t n) {
  return n >= 8 ? word : word & ((std::uint64_t{1} << (8 * n)) - 1);
}

// The `n` (0 to 8) bytes at `bytes` as a little-endian word padded with zeros, reading no byte
// past them: two overlapping four-byte reads cover four to eight, and the first, middle and last
// byte cover one to three.
inline std::uint64_t partial_word(const char* bytes, std::size_t n) {
  if (n >= 4) return load_half(bytes) | (std::uint64_t{load_half(bytes + n - 4)} << (8 * (n - 4)));
  if (n == 0) return 0;
  return std::uint64_t{static_cast<unsigned char>(bytes[0])} |
         (std::uint64_t{static_cast<unsigned char>(bytes[n / 2])} << (8 * (n / 2))) |
         (std::uint64_t{static_cast<unsigned char>(bytes[n - 1])} << (8 * (n - 1)));
}

inline std::uint64_t mix(std::uint64_t hash, std::uint64_t word) {
  hash = (hash ^ word) * kMultiplier;
  return hash ^ (hash >> 31);
}

// The first two words together, in one round: the second's product does not wait on the hash.
// The length is mixed in first: xored raw into the first word, "b" and "ab" would collide.
inline std::uint64_t start(std::size_t size, std::uint64_t first, std::uint64_t second) {
  return mix((0x9e3779b97f4a7c15ull + size) * kMultiplier, first ^ (second * kSecondWordMultiplier));
}

inline std::size_t finish(std::uint64_t hash) {
  hash *= 0x94d049bb133111ebull;
  return static_cast<std::size_t>(hash ^ (hash >> 29));
}

}  // namespace string_hash_detail

inline std::size_t string_hash(std::string_view key) {
  using namespace string_hash_detail;
  const char* bytes = key.data();
  const std::size_t size = key.size();
  if (size <= 16) {
    const std::uint64_t first = size >= 8 ? load_word(bytes) : partial_word(bytes, size);
    const std::uint64_t second = size > 8 ? partial_word(bytes + 8, size - 8) : 0;
    return finish(start(size, first, second));
  }
  std::uint64_t hash = start(size, load_word(bytes), load_word(bytes + 8));
  std::size_t at = 16;
  for (; at + 8 <= size; at += 8) hash = mix(hash, load_word(bytes + at));
  if (at < size) hash = mix(hash, partial_word(bytes + at, size - at));
  return finish(hash);
}

// Readable bytes string_hash_padded needs after a key's end.
inline constexpr std::size_t kHashReadSlack = 16;

// string_hash(key), for a key followed by kHashReadSlack readable bytes (of any value): whole
// words loaded and the bytes past the key masked off. Little-endian only (the masks keep the
// low bytes); elsewhere it is string_hash.
inline std::size_t string_hash_padded(std::string_view key) {
  using namespace string_hash_detail;
  if constexpr (std::endian::native != std::endian::little) {
    return string_hash(key);
  } else {
    const char* bytes = key.data();
    const std::size_t size = key.size();
    const std::uint64_t first = first_bytes(load_word(bytes), size);
    // Masked to nothing for a key of up to 8 bytes: a select, where a test would be a branch.
    const std::uint64_t second = first_bytes(load_word(bytes + 8), size > 8 ? size - 8 : 0);
    std::uint64_t hash = start(size, first, second);
    // Keys over 16 bytes are rare: a test that is nearly always false.
    for (std::size_t at = 16; at < size; at += 8) hash = mix(hash, first_bytes(load_word(bytes + at), size - at));
    return finish(hash);
  }
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
