// Which word lists hold each key (KeyLists), found from the key and the hash a token already
// carries: Lexicon::annotate asks it about every token of every sentence, and most tokens'
// keys are in no list. So the table is two parts: 4-byte slots (a tag of the hash and an index),
// sixteen to a cache line, that answer most look-ups alone, and the records, each one cache line
// that holds the lists and, up to 15 bytes, the key they are of. A look-up that finds its key
// compares it on the line it returns, which the recognisers read next anyway.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "mentions/inline_key.hpp"

namespace parley::mentions {

// Which lists hold a key, by list index: as a one-word entry, or as the first word of an entry.
// Tokens annotated with it answer most list questions with a bit test instead of a look-up.
// 128 bits, so that the ninety-odd lists of the lexicon have a bit each (lists past the 128th
// are looked up) and a key's three sets fit one cache line: annotate() reaches one per token,
// and at 512 bits each (224 bytes) they missed the cache by the thousand.
inline constexpr std::size_t kIndexedLists = 128;
using ListSet = std::bitset<kIndexedLists>;

struct alignas(64) KeyLists {
  ListSet words;
  ListSet firsts;
  // As the first word of an entry of two words or more: where it is clear, match() answers from
  // `words` alone, without looking the key's entries up.
  ListSet phrase_firsts;
  // The key these are the lists of, for KeyListTable: its bytes when it has up to 15, else the
  // index of it among the table's long keys.
  InlineKey key;
};
static_assert(sizeof(KeyLists) == 64, "a key's lists in one cache line");

class KeyListTable {
 public:
  KeyListTable() = default;
  // find() probes without asking whether there are slots: a table moved from keeps some.
  KeyListTable(KeyListTable&& other) : KeyListTable() { swap(other); }
  KeyListTable& operator=(KeyListTable&& other) {
    KeyListTable taken(std::move(other));
    swap(taken);
    return *this;
  }
  KeyListTable(const KeyListTable&) = delete;
  KeyListTable& operator=(const KeyListTable&) = delete;

  // The lists of the key whose string_hash is `hash`; null when no list holds it.
  const KeyLists* find(std::string_view key, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const std::uint32_t slot = slots_[at];
      if (slot == kFree) return nullptr;
      if ((slot >> kIndexBits) == tag) {
        const KeyLists& lists = record((slot & kMaxRecords) - 1);
        if (long_keys_.same(lists.key, key)) return &lists;
      }
    }
  }

  // The key's lists, added (all clear) when it has none yet. Records never move: tokens
  // annotated before a later add keep theirs.
  KeyLists& add(std::string_view key, std::size_t hash) {
    if (const KeyLists* found = find(key, hash)) return const_cast<KeyLists&>(*found);
    if (hashes_.size() == kMaxRecords) throw std::length_error("KeyListTable: more keys than a slot can index");
    if ((hashes_.size() + 1) * 2 > slots_.size()) grow();
    if (hashes_.size() % kChunk == 0) chunks_.push_back(std::make_unique<KeyLists[]>(kChunk));
    KeyLists& lists = record(hashes_.size());
    long_keys_.store(lists.key, key);
    hashes_.push_back(hash);
    place(hashes_.size() - 1);
    return lists;
  }

  std::size_t size() const { return hashes_.size(); }

  void swap(KeyListTable& other) noexcept {
    slots_.swap(other.slots_);
    chunks_.swap(other.chunks_);
    hashes_.swap(other.hashes_);
    long_keys_.swap(other.long_keys_);
  }

 private:
  // A slot: kFree, or the record's index plus one in its low kIndexBits bits and the top bits
  // of the key's hash above them, a tag that turns away nearly every other key. Slots of 4 bytes
  // (they were 8, a 32-bit tag and index) at most half full (they were a quarter) are a quarter
  // of the cache lines, which the recognisers and the knowledge base push out of the caches
  // between one document and the next: a look-up for a word in no list (most of them) misses
  // far less often. The split is fixed, so that a probe shifts by constants.
  static constexpr std::uint32_t kFree = 0;
  static constexpr unsigned kIndexBits = 20;
  static constexpr std::size_t kMaxRecords = (std::size_t{1} << kIndexBits) - 1;
  static std::uint32_t tag_of(std::size_t hash) { return static_cast<std::uint32_t>(hash >> (64 - (32 - kIndexBits))); }

  // Records in chunks of fixed size, which never move: a shift and a mask to reach one (a
  // std::deque's index took five times the instructions).
  static constexpr std::size_t kChunk = 64;
  KeyLists& record(std::size_t index) const { return chunks_[index / kChunk][index % kChunk]; }

  void place(std::size_t index) {
    const std::size_t hash = hashes_[index];
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at] != kFree) at = (at + 1) & mask;
    slots_[at] = (tag_of(hash) << kIndexBits) | static_cast<std::uint32_t>(index + 1);
  }

  void grow() {
    slots_.assign(slots_.size() * 2, kFree);
    for (std::size_t i = 0; i < hashes_.size(); ++i) place(i);
  }

  // A power of two in size, at most half full: a look-up for a key that is in no list (most of
  // them) stops at the first free slot, seldom more than two away and on the same cache line.
  // (Three quarters full, the longer runs of slots cost more instructions than the fewer lines
  // saved.)
  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(64, kFree);
  std::vector<std::unique_ptr<KeyLists[]>> chunks_;  // the records, in the order added
  std::vector<std::size_t> hashes_;  // each record's key's hash, to place it again on growth
  LongKeys long_keys_;  // keys of 16 bytes or more
};

}  // namespace parley::mentions
