// Word tokens of a normalised sentence, with byte offsets: the unit every recogniser and the
// gazetteer walk over. "U.S." and "D.C." stay one token; "Russia's" splits into "Russia" + "'s";
// hyphens are tokens of their own, so "U.S.-UK" yields "U.S.", "-", "UK".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <functional>
#include <vector>

namespace parley::mentions {

struct KeyLists;  // lexicon.hpp

struct Token {
  std::size_t begin = 0;  // byte offsets in the sentence text
  std::size_t end = 0;
  std::string_view text;  // as written
  std::string key;        // lowercase, dots dropped: the form lexicon and gazetteer look-ups use
  std::size_t hash = 0;   // key_hash(key), computed once: word lists are asked about a token many times
  const KeyLists* lists = nullptr;  // set by Lexicon::annotate: the lists the key is in (else looked up)
  bool word = false;      // letters or digits (else punctuation)
  bool space_before = false;

  bool capitalised() const;  // starts with an uppercase letter (or a non-ASCII letter)
  bool all_caps() const;     // two or more letters, all uppercase ("NATO", "U.S.")
  bool numeric() const;
};

std::vector<Token> tokenize(std::string_view text);

// The hash word lists index keys by (Token::hash).
inline std::size_t key_hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

// The keys of a phrase's tokens, for building look-up tables from word lists.
std::vector<std::string> token_keys(std::string_view phrase);

// The text from the first token's start to the last token's end (exclusive index).
std::string_view span_text(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace parley::mentions
