// Tokenisation of normalised sentences (see tokens.hpp).
#include "mentions/tokens.hpp"

#include <cctype>

namespace parley::mentions {
namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }
bool is_letter(unsigned char c) { return std::isalpha(c) != 0; }

std::string make_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  for (unsigned char c : text) {
    if (c == '.') continue;
    key += static_cast<char>(std::tolower(c));
  }
  return key;
}

}  // namespace

bool Token::capitalised() const {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  return std::isupper(c) || c >= 0x80;
}

bool Token::all_caps() const {
  int letters = 0;
  for (unsigned char c : text) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) ++letters;
  }
  return letters >= 2;
}

bool Token::numeric() const {
  if (text.empty()) return false;
  for (unsigned char c : text) {
    if (!std::isdigit(c) && c != ',' && c != '.') return false;
  }
  return true;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool space = true;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      space = true;
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    token.space_before = space;
    space = false;
    if (!is_word_byte(c)) {
      // "'s" after a word is a token of its own (possessive); other punctuation is one byte.
      if (c == '\'' && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
          (i + 2 >= n || !is_word_byte(static_cast<unsigned char>(text[i + 2])))) {
        token.end = i + 2;
      } else {
        token.end = i + 1;
      }
    } else {
      std::size_t j = i;
      std::size_t segment_start = i;  // start of the current dot-separated segment
      while (j < n) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (is_word_byte(d)) {
          ++j;
          continue;
        }
        const bool next_word = j + 1 < n && is_word_byte(static_cast<unsigned char>(text[j + 1]));
        // Initialisms: single letters joined by dots (U.S., D.C.), trailing dot included.
        if (d == '.' && j - segment_start == 1 && is_letter(static_cast<unsigned char>(text[segment_start]))) {
          const bool next_single = next_word && (j + 2 >= n || !is_word_byte(static_cast<unsigned char>(text[j + 2])));
          const bool already_initialism = segment_start > i;
          if (next_single) {
            ++j;
            segment_start = j;
            continue;
          }
          if (already_initialism) {
            ++j;  // the final dot of "U.S."
            break;
          }
        }
        // Apostrophes inside words (O'Brien, won't) but not the possessive 's.
        if (d == '\'' && next_word &&
            !((text[j + 1] == 's' || text[j + 1] == 'S') &&
              (j + 2 >= n || !is_word_byte(static_cast<unsigned char>(text[j + 2]))))) {
          ++j;
          continue;
        }
        // Digit groups: 2,000 and 1.5.
        if ((d == ',' || d == '.') && j > i && std::isdigit(static_cast<unsigned char>(text[j - 1])) && j + 1 < n &&
            std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
          continue;
        }
        break;
      }
      token.end = j;
      token.word = true;
    }
    token.text = text.substr(token.begin, token.end - token.begin);
    token.key = make_key(token.text);
    if (token.key.empty()) token.key = std::string(token.text);
    token.hash = key_hash(token.key);
    i = token.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<std::string> token_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (auto& token : tokenize(phrase)) keys.push_back(std::move(token.key));
  return keys;
}

std::string_view span_text(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  if (first >= last || last > tokens.size()) return {};
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

}  // namespace parley::mentions
