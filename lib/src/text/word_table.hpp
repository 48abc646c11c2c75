// The text layer's word tables (text_data.hpp): a set of words, or words to values, looked up by
// std::string_view. The date screen, the sentence splitter, the furniture test and the speaker
// labels ask them about words of nearly every sentence, while the tables themselves fall out of
// the cache between documents (extraction reads far more). std::unordered_set paid a division
// and up to three dependent misses a look-up (bucket, node, key); here a word and its length
// are packed in sixteen bytes and probed in one flat array: a look-up is a multiply, a mask and
// usually a single line, compared as two 64-bit words.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace parley::text {

namespace word_table_detail {

// A word as sixteen bytes: its first fifteen bytes, zero-padded, and a tag in the last byte (its
// length plus one, or kLongTag past fifteen bytes: such a key is then compared whole as well).
struct PackedWord {
  static constexpr std::size_t kInline = 15;
  static constexpr std::uint64_t kLongTag = kInline + 2;
  std::uint64_t low = 0;
  std::uint64_t high = 0;  // 0: an empty slot (a word's tag is never 0)

  bool operator==(const PackedWord&) const = default;
  bool is_long() const { return (high >> 56) == kLongTag; }
};

inline std::uint64_t load_word(const char* at, std::size_t bytes) {
  std::uint64_t word = 0;
  std::memcpy(&word, at, bytes);
  return word;
}

// Little-endian: byte i of the word lands in lane i of `low` and `high`, as memcpy would put it.
// Overlapping reads instead of a byte loop: a look-up packs every word it is asked about.
inline PackedWord pack(std::string_view word) {
  const char* at = word.data();
  const std::size_t n = word.size();
  PackedWord packed;
  std::uint64_t tag = n + 1;
  if (n > PackedWord::kInline) {
    packed.low = load_word(at, 8);
    packed.high = load_word(at + 7, 8) >> 8;  // bytes 8..14
    tag = PackedWord::kLongTag;
  } else if (n > 8) {
    packed.low = load_word(at, 8);
    packed.high = load_word(at + n - 8, 8) >> (8 * (16 - n));  // bytes 8..n-1
  } else if (n == 8) {
    packed.low = load_word(at, 8);
  } else if (n >= 4) {  // two overlapping four-byte reads; the bytes they share agree
    packed.low = load_word(at, 4) | (load_word(at + n - 4, 4) << (8 * (n - 4)));
  } else if (n > 0) {  // first, middle and last byte cover one to three
    packed.low = load_word(at, 1) | (load_word(at + n / 2, 1) << (8 * (n / 2))) | (load_word(at + n - 1, 1) << (8 * (n - 1)));
  }
  packed.high |= tag << 56;
  return packed;
}

// Where a word's probe starts: a multiply of the packed bytes, the high bits folded down into
// the few the mask keeps. A longer word's last eight bytes and length are mixed in as well, or
// words alike in their first fifteen bytes ("SENIOR ADMINISTRATION OFFICIAL ONE", "... TWO")
// would all start at one slot.
inline std::uint64_t hash_of(const PackedWord& packed, std::string_view word) {
  std::uint64_t hash = (packed.low ^ (packed.high * 0x9e3779b97f4a7c15ull)) * 0xbf58476d1ce4e5b9ull;
  if (packed.is_long()) hash ^= (load_word(word.data() + word.size() - 8, 8) ^ word.size()) * 0x94d049bb133111ebull;
  return hash ^ (hash >> 31);
}

}  // namespace word_table_detail

// Words (Value void) or words to values, in the order added. Entries are added while the data
// are loaded and only looked up after; iteration, for the filters built from a table, goes in
// the order added.
template <typename Value>
class WordTable {
 public:
  using Entry = std::conditional_t<std::is_void_v<Value>, std::string, std::pair<const std::string, Value>>;
  using const_iterator = const Entry*;

  // The entry of `word`, else end().
  const_iterator find(std::string_view word) const {
    const std::size_t slot = slot_of(word);
    return slot == kNone ? end() : &entries_[entry_of_slot_[slot]];
  }
  std::size_t count(std::string_view word) const { return slot_of(word) == kNone ? 0 : 1; }

  // A set's insert: nothing when the word is there already.
  void insert(std::string word) requires std::is_void_v<Value> { add(std::move(word)); }
  // A map's entry for `word`, added (with Value{}) when missing.
  auto& operator[](std::string word) requires(!std::is_void_v<Value>) { return add(std::move(word)).second; }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const_iterator begin() const { return entries_.data(); }
  const_iterator end() const { return entries_.data() + entries_.size(); }
  // A map's values may be changed in place (the keys stay as they are).
  Entry* begin() requires(!std::is_void_v<Value>) { return entries_.data(); }
  Entry* end() requires(!std::is_void_v<Value>) { return entries_.data() + entries_.size(); }

 private:
  using PackedWord = word_table_detail::PackedWord;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kMinSlots = 16;

  static const std::string& key_of(const Entry& entry) {
    if constexpr (std::is_void_v<Value>) {
      return entry;
    } else {
      return entry.first;
    }
  }

  // Out of line: one copy per kind of table, not one inlined at each of the few dozen places
  // that look words up, most once or twice a document, when their code is out of the cache.
  [[gnu::noinline]] std::size_t slot_of(std::string_view word) const {
    if (slots_.empty()) return kNone;
    const PackedWord packed = word_table_detail::pack(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = word_table_detail::hash_of(packed, word) & mask;; at = (at + 1) & mask) {
      const PackedWord& slot = slots_[at];
      if (slot.high == 0) return kNone;
      if (slot == packed && (!packed.is_long() || key_of(entries_[entry_of_slot_[at]]) == word)) return at;
    }
  }

  Entry& add(std::string word) {
    if (const std::size_t slot = slot_of(word); slot != kNone) return entries_[entry_of_slot_[slot]];
    if constexpr (std::is_void_v<Value>) {
      entries_.push_back(std::move(word));
    } else {
      entries_.emplace_back(std::move(word), Value{});
    }
    // At most half full: a word that is not there (most asked) meets an empty slot soon.
    if (entries_.size() * 2 > slots_.size()) {
      rebuild(std::max(kMinSlots, std::bit_ceil(entries_.size() * 2)));
    } else {
      place(entries_.size() - 1);
    }
    return entries_.back();
  }

  void rebuild(std::size_t slot_count) {
    slots_.assign(slot_count, PackedWord{});
    entry_of_slot_.assign(slot_count, 0);
    for (std::size_t entry = 0; entry < entries_.size(); ++entry) place(entry);
  }

  void place(std::size_t entry) {
    const std::string& word = key_of(entries_[entry]);
    const PackedWord packed = word_table_detail::pack(word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = word_table_detail::hash_of(packed, word) & mask;
    while (slots_[at].high != 0) at = (at + 1) & mask;
    slots_[at] = packed;
    entry_of_slot_[at] = static_cast<std::uint32_t>(entry);
  }

  std::vector<Entry> entries_;                // in the order added
  std::vector<PackedWord> slots_;             // a power of two in size, at most half full
  std::vector<std::uint32_t> entry_of_slot_;  // read only once a slot matched
};

}  // namespace parley::text
