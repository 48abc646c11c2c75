// Which word lists hold each key (KeyLists), found from the key and the hash a token already
// carries: Lexicon::annotate asks it about every token of every sentence, and most tokens'
// keys are in no list. So the table is two parts: 8-byte slots (a tag of the hash and an index),
// eight to a cache line, that answer most look-ups alone, and the records, each one cache line
// that holds the lists and, up to 15 bytes, the key they are of. A look-up that finds its key
// compares it on the line it returns, which the recognisers read next anyway.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
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
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot slot = slots_[at];
      if (slot.index == kEmpty) return nullptr;
      if (slot.tag == tag) {
        const KeyLists& lists = record(slot.index);
        if (long_keys_.same(lists.key, key)) return &lists;
      }
    }
  }

  // The key's lists, added (all clear) when it has none yet. Records never move: tokens
  // annotated before a later add keep theirs.
  KeyLists& add(std::string_view key, std::size_t hash) {
    if (const KeyLists* found = find(key, hash)) return const_cast<KeyLists&>(*found);
    if ((hashes_.size() + 1) * 4 > slots_.size()) grow();
    if (hashes_.size() % kChunk == 0) chunks_.push_back(std::make_unique<KeyLists[]>(kChunk));
    KeyLists& lists = record(hashes_.size());
    long_keys_.store(lists.key, key);
    place(Slot{static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(hashes_.size())}, hash);
    hashes_.push_back(hash);
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
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);
  struct Slot {
    std::uint32_t tag = 0;         // the hash's high half (its low bits chose the slot)
    std::uint32_t index = kEmpty;  // of the record; kEmpty: the slot is free
  };

  // Records in chunks of fixed size, which never move: a shift and a mask to reach one (a
  // std::deque's index took five times the instructions).
  static constexpr std::size_t kChunk = 64;
  KeyLists& record(std::size_t index) const { return chunks_[index / kChunk][index % kChunk]; }

  void place(Slot slot, std::size_t hash) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at].index != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }

  void grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    for (std::size_t i = 0; i < hashes_.size(); ++i) {
      place(Slot{static_cast<std::uint32_t>(hashes_[i] >> 32), static_cast<std::uint32_t>(i)}, hashes_[i]);
    }
  }

  // A power of two in size, at most a quarter full: a look-up for a key that is in no list (most
  // of them) stops at the first free slot, and at that load it is seldom more than one away.
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::vector<std::unique_ptr<KeyLists[]>> chunks_;  // the records, in the order added
  std::vector<std::size_t> hashes_;  // each record's key's hash, to place it again on growth
  LongKeys long_keys_;  // keys of 16 bytes or more
};

}  // namespace parley::mentions
