// Tokenisation of normalised sentences (see tokens.hpp).
#include "mentions/tokens.hpp"

#include <array>

namespace parley::mentions {
namespace {

// Byte classes from a table built at compile time: the <cctype> functions are calls through the
// C locale for every byte, and the C locale is all they would ever see here (bytes >= 0x80 count
// as word bytes, and are their own lowercase). The uppercase bit lets the scan say whether a
// word needs lowercasing at all: most do not, and their key is a plain copy.
constexpr unsigned char kWordClass = 1;
constexpr unsigned char kUpperClass = 2;
constexpr std::array<unsigned char, 256> kByteClasses = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    table[c] = static_cast<unsigned char>((word ? kWordClass : 0) | (upper ? kUpperClass : 0));
  }
  return table;
}();
constexpr std::array<char, 256> kLowercase = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return table;
}();

bool is_ascii_letter(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool is_ascii_digit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool is_word_byte(unsigned char c) { return (kByteClasses[c] & kWordClass) != 0; }
bool is_letter(unsigned char c) { return is_ascii_letter(c); }
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The token's key. Only initialisms, digit groups and the full stop hold dots (`dotted`); the
// others are a copy of the text, lowercased in place only when the scan saw an uppercase byte
// (`upper`; a resize and a byte-by-byte rewrite per token was most of the cost of tokenising). A
// token of dots alone keys as itself.
void make_key(std::string_view text, bool dotted, bool upper, std::string& key) {
  if (!dotted) {
    // Appended to the empty key rather than assigned: append skips assign's overlap checks.
    key.append(text.data(), text.size());
    if (upper) {
      for (char& c : key) c = kLowercase[static_cast<unsigned char>(c)];
    }
    return;
  }
  key.resize(text.size());
  char* out = key.data();
  for (unsigned char c : text) {
    if (c == '.') continue;
    *out++ = kLowercase[c];
  }
  const auto written = static_cast<std::size_t>(out - key.data());
  if (written == 0) {
    key.assign(text);
  } else {
    key.resize(written);
  }
}

}  // namespace

bool Token::all_caps() const {
  int letters = 0;
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool Token::numeric() const {
  if (text.empty()) return false;
  for (unsigned char c : text) {
    if (!is_ascii_digit(c) && c != ',' && c != '.') return false;
  }
  return true;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 4);  // about one token per five bytes of English
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool space = true;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      ++i;
      continue;
    }
    // Built in place: a Token moved into the vector cost a string move per token.
    Token& token = tokens.emplace_back(i, space);
    space = false;
    bool dotted = c == '.';
    unsigned char classes = 0;  // the classes of the word's bytes, or-ed: is any uppercase?
    if (!is_word_byte(c)) {
      // "'s" after a word is a token of its own (possessive); other punctuation is one byte.
      if (c == '\'' && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
          (i + 2 >= n || !is_word_byte(static_cast<unsigned char>(text[i + 2])))) {
        token.end = i + 2;
        classes = kByteClasses[static_cast<unsigned char>(text[i + 1])];  // "'S" keys as "'s"
      } else {
        token.end = i + 1;
      }
    } else {
      std::size_t j = i;
      std::size_t segment_start = i;  // start of the current dot-separated segment
      const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
      while (j < n) {
        // The run of word bytes, in a loop of its own: it is where tokenising spends its time.
        unsigned char byte_class;
        while (j < n && ((byte_class = kByteClasses[bytes[j]]) & kWordClass) != 0) {
          classes |= byte_class;
          ++j;
        }
        if (j >= n) break;
        const unsigned char d = bytes[j];
        const bool next_word = j + 1 < n && is_word_byte(static_cast<unsigned char>(text[j + 1]));
        // Initialisms: single letters joined by dots (U.S., D.C.), trailing dot included.
        if (d == '.' && j - segment_start == 1 && is_letter(static_cast<unsigned char>(text[segment_start]))) {
          const bool next_single = next_word && (j + 2 >= n || !is_word_byte(static_cast<unsigned char>(text[j + 2])));
          const bool already_initialism = segment_start > i;
          dotted = true;
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
        if ((d == ',' || d == '.') && j > i && is_ascii_digit(static_cast<unsigned char>(text[j - 1])) && j + 1 < n &&
            is_ascii_digit(static_cast<unsigned char>(text[j + 1]))) {
          dotted = dotted || d == '.';
          ++j;
          continue;
        }
        break;
      }
      token.end = j;
      token.word = true;
    }
    token.text = std::string_view(text.data() + token.begin, token.end - token.begin);
    make_key(token.text, dotted, (classes & kUpperClass) != 0, token.key);
    token.hash = string_hash(token.key);
    i = token.end;
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
