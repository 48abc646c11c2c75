// Word tokens of a normalised sentence, with byte offsets: the unit every recogniser and the
// gazetteer walk over. "U.S." and "D.C." stay one token; "Russia's" splits into "Russia" + "'s";
// hyphens are tokens of their own, so "U.S.-UK" yields "U.S.", "-", "UK".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/string_hash.hpp"

namespace parley::mentions {

struct KeyLists;  // key_list_table.hpp

// The bytes Token::capitalised accepts first: 'A' to 'Z' and every byte from 0x80.
inline constexpr std::array<bool, 256> kCapitalBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= 'A' && c <= 'Z') || c >= 0x80;
  return table;
}();

struct Token {
  Token() = default;
  // A token as tokenize scanned it, every field but `lists` (Lexicon::annotate's) set at once.
  Token(std::size_t begin_, std::size_t end_, std::string_view text_, std::string_view key_, std::size_t hash_, bool word_,
        bool space_before_)
      : begin(static_cast<std::uint32_t>(begin_)),
        end(static_cast<std::uint32_t>(end_)),
        text(text_),
        key(key_),
        hash(hash_),
        word(word_),
        space_before(space_before_) {}

  // Byte offsets in the sentence text, 32 bits: a sentence is far shorter than 4 GB (tokenize
  // refuses a longer text), and so a token is 64 bytes, a cache line, where it was 88.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string_view text;  // as written
  // Lowercase, dots dropped: the form lexicon and gazetteer look-ups use. A view into the
  // TokenList's folded copy of the text: a std::string per token, copied and often lowercased
  // byte by byte, was the largest share of tokenising.
  std::string_view key;
  std::size_t hash = 0;   // string_hash(key), computed once: word lists are asked about a token many times
  const KeyLists* lists = nullptr;  // set by Lexicon::annotate: the lists the key is in (else looked up)
  bool word = false;      // letters or digits (else punctuation)
  bool space_before = false;
  // Set by Lexicon::annotate: an entry of two words or more of some list may start here (the
  // key starts one, and the next token's key may be its second). Where it is clear, a list's
  // match() answers from the token's one-word entries alone.
  bool phrase_may_start = false;

  // Starts with an uppercase letter (or a non-ASCII letter). Inline, and a table look-up (the
  // range tests were three comparisons): asked of most tokens by several recognisers.
  bool capitalised() const { return !text.empty() && kCapitalBytes[static_cast<unsigned char>(text[0])]; }
  bool all_caps() const;     // two or more letters, all uppercase ("NATO", "U.S.")
  bool numeric() const;
};
static_assert(sizeof(Token) == 64, "a token in one cache line");
static_assert(std::is_trivially_copyable_v<Token> && std::is_trivially_destructible_v<Token>,
              "TokenList copies tokens into its block as bytes and frees them without destructors");

// The tokens of one text, and the lowercased copy of it that their keys view, in one heap block:
// room for the tokens, then the copy. (Two blocks, a vector and the copy, were two allocations and two
// frees for every sentence analysed.) Tokens view the text too, so it must outlive them. Moves
// keep every view valid (the block is handed over, never reallocated); a copy would not, so
// there is none.
class Lexicon;  // lexicon.hpp

class TokenList {
 public:
  TokenList() = default;
  // Moves hand the storage over whole: a list moved from has none, whatever its capacity said.
  TokenList(TokenList&& other) noexcept
      : block_(std::move(other.block_)),
        size_(std::exchange(other.size_, 0)),
        token_room_(std::exchange(other.token_room_, 0)),
        capacity_(std::exchange(other.capacity_, 0)),
        marks_at_(std::exchange(other.marks_at_, 0)),
        marked_(std::exchange(other.marked_, false)) {}
  TokenList& operator=(TokenList&& other) noexcept {
    block_ = std::move(other.block_);
    size_ = std::exchange(other.size_, 0);
    token_room_ = std::exchange(other.token_room_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    marks_at_ = std::exchange(other.marks_at_, 0);
    marked_ = std::exchange(other.marked_, false);
    return *this;
  }
  TokenList(const TokenList&) = delete;
  TokenList& operator=(const TokenList&) = delete;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& operator[](std::size_t i) const { return data()[i]; }
  Token& operator[](std::size_t i) { return data()[i]; }
  const Token& front() const { return data()[0]; }
  const Token& back() const { return data()[size_ - 1]; }
  const Token* begin() const { return data(); }
  const Token* end() const { return data() + size_; }
  Token* begin() { return data(); }
  Token* end() { return data() + size_; }
  // A copy of the tokens alone. Copied tokens still view this list's folded text, so a copy
  // must not outlive the list.
  std::vector<Token> list() const { return std::vector<Token>(begin(), end()); }
  // The text lowercased, up to the last token's end: where a recogniser may look for a key that
  // no word list holds (the keys of undotted tokens are views into it).
  std::string_view lowered() const {
    return size_ == 0 ? std::string_view() : std::string_view(folded(), back().end);
  }
  // Per token, the marks Lexicon::annotate gave it for the lists the lexicon was told to mark
  // (Lexicon::mark_lists); null until annotate() has marked them. Apart from the tokens, four
  // bytes each, at the end of the block: a later stage that asks every token only its marks
  // reads a sixteenth of the cache lines the tokens fill (they are cold again by then).
  const std::uint32_t* marks() const { return marked_ ? marks_data() : nullptr; }

 private:
  friend void tokenize_into(std::string_view text, TokenList& list);
  friend class Lexicon;
  Token* data() { return reinterpret_cast<Token*>(block_.get()); }
  const Token* data() const { return reinterpret_cast<const Token*>(block_.get()); }
  // The folded text, after the room for tokens: the text lowercased byte for byte (keys of
  // undotted tokens view it at the token's offsets), a few zero bytes for tokenize's block scan,
  // then the keys of dotted tokens ("U.S." -> "us"), which are shorter than their text.
  const char* folded() const { return reinterpret_cast<const char*>(data() + token_room_); }
  char* folded_data() { return reinterpret_cast<char*>(data() + token_room_); }
  std::uint32_t* marks_data() const { return reinterpret_cast<std::uint32_t*>(block_.get() + marks_at_); }
  // The folded text's room rounded up to a whole mark, so that the marks after it are aligned.
  static std::size_t folded_room(std::size_t folded_bytes) { return (folded_bytes + 3) & ~std::size_t{3}; }
  static constexpr std::size_t kRoomPerToken = sizeof(Token) + sizeof(std::uint32_t);  // a token and its marks
  // A block with room for `token_room` tokens (and their marks) or more and `folded_bytes` of
  // folded text.
  void reserve(std::size_t token_room, std::size_t folded_bytes);
  // Twice the room for tokens, keeping the tokens and the folded text.
  void grow(std::size_t folded_bytes);
  // The block, from operator new (aligned for a Token); Token is trivially copyable and
  // destructible, so tokens are copied in and the bytes freed without destructors.
  std::unique_ptr<std::byte[]> block_;
  std::size_t size_ = 0;          // tokens
  std::size_t token_room_ = 0;    // tokens the block holds before the folded text
  std::size_t capacity_ = 0;      // bytes in block_, kept by tokenize_into for the next text
  std::size_t marks_at_ = 0;      // where in block_ the marks begin: room for token_room_ of them
  bool marked_ = false;           // annotate() has set the marks of these tokens
};

// Texts of 4 GB or more (kMaxTokenizedBytes) are refused with std::length_error: tokens hold
// 32-bit offsets.
inline constexpr std::size_t kMaxTokenizedBytes = 0xffffffffu;
TokenList tokenize(std::string_view text);
// Tokenises `text` into `list`, whose earlier tokens it replaces, reusing its storage when it
// is large enough: for a pass that tokenises many short texts one at a time, where tokenize()
// allocates for each.
void tokenize_into(std::string_view text, TokenList& list);

// The keys of a phrase's tokens, for building look-up tables from word lists.
std::vector<std::string> token_keys(std::string_view phrase);

// The text from the first token's start to the last token's end (exclusive index). Inline: it
// is asked for every mention's surface.
inline std::string_view span_text(std::string_view text, const TokenList& tokens, std::size_t first, std::size_t last) {
  if (first >= last || last > tokens.size()) return {};
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

}  // namespace parley::mentions
