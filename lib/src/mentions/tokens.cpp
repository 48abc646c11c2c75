// Tokenisation of normalised sentences (see tokens.hpp).
#include "mentions/tokens.hpp"

#include <array>
#include <cstring>
#include <memory>
#include <new>
#include <vector>
#include <stdexcept>

#include "core/ascii_case.hpp"
#include "core/byte_block.hpp"

namespace parley::mentions {
namespace {

// Byte classes from a table built at compile time: the <cctype> functions are calls through the
// C locale for every byte, and the C locale is all they would ever see here (bytes >= 0x80 count
// as word bytes, and are their own lowercase). Spaces and joiners are classes too: one load and
// test, where comparing with each byte was two to six branches (a space ends most words).
enum ByteClass : std::uint8_t {
  kWordByte = 1,   // letters, digits, bytes >= 0x80
  kSpaceByte = 2,  // ' ' and '\t' to '\r'
  kJoinerByte = 4, // '.', '\'' and ',': the only bytes that may join a run of word bytes to more of its token
};
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t classes = 0;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) classes |= kWordByte;
    if (c == ' ' || (c >= '\t' && c <= '\r')) classes |= kSpaceByte;
    if (c == '.' || c == '\'' || c == ',') classes |= kJoinerByte;
    table[c] = classes;
  }
  return table;
}();

bool is_ascii_letter(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool is_ascii_digit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool is_word_byte(unsigned char c) { return (kByteClasses[c] & kWordByte) != 0; }
bool is_letter(unsigned char c) { return is_ascii_letter(c); }
bool is_space(unsigned char c) { return (kByteClasses[c] & kSpaceByte) != 0; }
bool is_joiner(unsigned char c) { return (kByteClasses[c] & kJoinerByte) != 0; }

// Zero bytes after the lowered text in the folded buffer: a zero is no word byte, so it ends
// every run of word bytes, and a block read that starts inside the text stays in the buffer.
// They are the slack string_hash_padded reads after the keys that view the text, too.
constexpr std::size_t kScanSlack = 16;
static_assert(kScanSlack >= kHashReadSlack, "the keys in the lowered text are hashed in place");

// Where the run of word bytes from `at` in the lowered text ends, sixteen bytes at a time (a
// byte at a time, the table look-ups of this scan were a fifth of tokenising). Uppercase letters
// are lowered already, so the class of each byte is that of the text's.
std::size_t word_run_end(const char* lowered, std::size_t at) {
  for (;; at += 16) {
    const ByteBlock bytes = load_block(lowered + at);
    const auto word = (bytes >= 0x80) | ((bytes - 'a') < 26) | ((bytes - '0') < 10);  // lanes of all ones where true
    const std::size_t lane = first_lane(~word);
    if (lane < 16) return at + lane;
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

TokenList tokenize(std::string_view text) {
  TokenList list;
  tokenize_into(text, list);
  return list;
}

void TokenList::reserve(std::size_t token_room, std::size_t folded_bytes) {
  const std::size_t bytes = token_room * kRoomPerToken + folded_room(folded_bytes);
  if (bytes > capacity_) {
    block_.reset(new std::byte[bytes]);
    capacity_ = bytes;
  }
  // All the room the block has for tokens before the folded text: a larger block kept from an
  // earlier text leaves more.
  token_room_ = (capacity_ - folded_room(folded_bytes)) / kRoomPerToken;
  marks_at_ = token_room_ * sizeof(Token) + folded_room(folded_bytes);
}

void TokenList::grow(std::size_t folded_bytes) {
  // Twice the room, the tokens and the folded text copied over, and the keys moved with the
  // text they view (every key views the folded text, so one offset moves them all). The marks
  // are not set yet.
  const std::size_t room = 2 * token_room_;
  const std::size_t bytes = room * kRoomPerToken + folded_room(folded_bytes);
  std::unique_ptr<std::byte[]> block(new std::byte[bytes]);
  Token* const tokens = reinterpret_cast<Token*>(block.get());
  char* const folded = reinterpret_cast<char*>(tokens + room);
  std::memcpy(static_cast<void*>(tokens), data(), size_ * sizeof(Token));
  const char* const old_folded = reinterpret_cast<const char*>(data() + token_room_);
  std::memcpy(folded, old_folded, folded_bytes);
  for (std::size_t t = 0; t < size_; ++t) {
    tokens[t].key = std::string_view(folded + (tokens[t].key.data() - old_folded), tokens[t].key.size());
  }
  block_ = std::move(block);
  capacity_ = bytes;
  token_room_ = room;
  marks_at_ = room * sizeof(Token) + folded_room(folded_bytes);
}

void tokenize_into(std::string_view text, TokenList& list) {
  list.size_ = 0;
  list.marked_ = false;
  const std::size_t n = text.size();
  if (n == 0) return;
  if (n > kMaxTokenizedBytes) throw std::length_error("tokenize: a text of 4 GB or more");
  // Room for about one token per five bytes of English (grown if there are more), then for the
  // lowered text and the scan's slack, then for the keys of dotted tokens: each is shorter than
  // its token, and tokens do not overlap, so n more bytes always suffice, and the hash's slack
  // after the last of them.
  const std::size_t folded_bytes = 2 * n + kScanSlack + kHashReadSlack;
  list.reserve(n / 5 + 4, folded_bytes);
  char* folded = list.folded_data();
  lower_ascii(text.data(), n, folded);  // the whole sentence in one pass, not a copy per word
  std::memset(folded + n, 0, kScanSlack);
  std::size_t dotted_at = n + kScanSlack;  // where in the folded text the next dotted key goes
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  bool space = true;
  while (i < n) {
    const unsigned char c = bytes[i];
    if (is_space(c)) {
      space = true;
      ++i;
      continue;
    }
    // Only initialisms, digit groups and the full stop hold dots; their keys drop them.
    bool dotted = c == '.';
    const bool word = is_word_byte(c);
    std::size_t end;
    if (!word) {
      // "'s" after a word is a token of its own (possessive); other punctuation is one byte.
      if (c == '\'' && i + 1 < n && (bytes[i + 1] == 's' || bytes[i + 1] == 'S') && (i + 2 >= n || !is_word_byte(bytes[i + 2]))) {
        end = i + 2;  // "'S" keys as "'s", from the lowered text
      } else {
        end = i + 1;
      }
    } else {
      std::size_t j = i;
      std::size_t segment_start = i;  // start of the current dot-separated segment
      // No test of j against n before the scan: every turn that continues has seen a byte after
      // j, and the scan stops at the zero bytes after the text in any case.
      for (;;) {
        j = word_run_end(folded, j);
        if (j >= n) break;
        const unsigned char d = bytes[j];
        // Only a dot, an apostrophe or a comma can join the run to more of the token; most runs
        // end at a space, which this turns away before the tests below.
        if (!is_joiner(d)) break;
        const bool next_word = j + 1 < n && is_word_byte(bytes[j + 1]);
        // Initialisms: single letters joined by dots (U.S., D.C.), trailing dot included.
        if (d == '.' && j - segment_start == 1 && is_letter(bytes[segment_start])) {
          const bool next_single = next_word && (j + 2 >= n || !is_word_byte(bytes[j + 2]));
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
            !((bytes[j + 1] == 's' || bytes[j + 1] == 'S') && (j + 2 >= n || !is_word_byte(bytes[j + 2])))) {
          ++j;
          continue;
        }
        // Digit groups: 2,000 and 1.5.
        if ((d == ',' || d == '.') && j > i && is_ascii_digit(bytes[j - 1]) && j + 1 < n && is_ascii_digit(bytes[j + 1])) {
          dotted = dotted || d == '.';
          ++j;
          continue;
        }
        break;
      }
      end = j;
    }
    const std::size_t length = end - i;
    std::string_view key(folded + i, length);
    if (dotted) {
      // The key without its dots; a token of dots alone keys as itself.
      char* const dotted_key = folded + dotted_at;
      char* out = dotted_key;
      for (const char k : key) {
        if (k != '.') *out++ = k;
      }
      if (out != dotted_key) {
        key = std::string_view(dotted_key, static_cast<std::size_t>(out - dotted_key));
        dotted_at += static_cast<std::size_t>(out - dotted_key);
        std::memset(out, 0, kHashReadSlack);  // what the hash reads after it (the next key overwrites them)
      }
    }
    if (list.size_ == list.token_room_) {
      list.grow(folded_bytes);
      const char* const moved = list.folded_data();
      key = std::string_view(moved + (key.data() - folded), key.size());
      folded = list.folded_data();
    }
    // Written once, every field at hand: built first and filled in as scanned, each token's
    // line was stored twice (the scan reads the folded text, which the compiler must assume
    // the token's stores may change, so it kept them all).
    // The key's hash from whole words (string_hash_padded): every key has the scan's slack, or
    // the hash's, after it.
    new (list.data() + list.size_++) Token(i, end, std::string_view(text.data() + i, length), key, string_hash_padded(key), word, space);
    space = false;
    i = end;
    // Most tokens end at a space: stepped over here, without another turn of the loop.
    if (i < n && is_space(bytes[i])) {
      space = true;
      ++i;
    }
  }
}

std::vector<std::string> token_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (const auto& token : tokenize(phrase)) keys.emplace_back(token.key);
  return keys;
}

}  // namespace parley::mentions
