// Word tokens of a normalised sentence, with byte offsets: the unit every recogniser and the
// gazetteer walk over. "U.S." and "D.C." stay one token; "Russia's" splits into "Russia" + "'s";
// hyphens are tokens of their own, so "U.S.-UK" yields "U.S.", "-", "UK".
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <functional>
#include <vector>

namespace parley::mentions {

struct KeyLists;  // lexicon.hpp

struct Token {
  Token() = default;
  // Where tokenize starts a token: the rest is filled in as it is scanned. (Value-initialising
  // a Token, the vector's emplace_back(), zeroed its 88 bytes before setting them again.)
  Token(std::size_t first_byte, bool space) : begin(first_byte), space_before(space) {}

  std::size_t begin = 0;  // byte offsets in the sentence text
  std::size_t end = 0;
  std::string_view text;  // as written
  std::string key;        // lowercase, dots dropped: the form lexicon and gazetteer look-ups use
  std::size_t hash = 0;   // key_hash(key), computed once: word lists are asked about a token many times
  const KeyLists* lists = nullptr;  // set by Lexicon::annotate: the lists the key is in (else looked up)
  bool word = false;      // letters or digits (else punctuation)
  bool space_before = false;

  // Starts with an uppercase letter (or a non-ASCII letter). Inline: asked of most tokens by
  // several recognisers.
  bool capitalised() const {
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  bool all_caps() const;     // two or more letters, all uppercase ("NATO", "U.S.")
  bool numeric() const;
};

std::vector<Token> tokenize(std::string_view text);

// The hash word lists index keys by (Token::hash). Keys are short words, hashed once per token of
// every sentence: eight bytes at a time with a multiply-xorshift mix, a fraction of the work of
// std::hash (a byte-wise Murmur). Tables hashed by it are only looked up, never walked in order.
inline std::size_t key_hash(std::string_view key) {
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

// The keys of a phrase's tokens, for building look-up tables from word lists.
std::vector<std::string> token_keys(std::string_view phrase);

// The text from the first token's start to the last token's end (exclusive index).
std::string_view span_text(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace parley::mentions
