// A hash table from (scope, token key) to an index, probed with the hash the token already
// carries (Token::hash): the gazetteer's trie edges (scope: the parent node), the lexicon's key
// annotations and the word lists' entries (one scope) ask it about every word of every sentence. std::unordered_map
// paid two integer divisions and two dependent cache misses per look-up; this table pays a mask
// and usually one miss: open addressing over a power-of-two array of 32-byte slots that hold
// short keys and the value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "mentions/inline_key.hpp"

namespace parley::mentions {

class KeyTable {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // The value stored for (scope, key), whose string_hash is `hash`; kNone when there is none.
  std::size_t find(std::size_t scope, std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = mix(scope, hash) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.value == kEmpty) return kNone;
      if (slot.hash == hash && slot.scope == scope && long_keys_.same(slot.key, key)) return slot.value;
    }
  }

  bool empty() const { return count_ == 0; }

  // Replaces the value stored for (scope, key), which add() has stored.
  void update(std::size_t scope, std::string_view key, std::size_t hash, std::size_t value) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = mix(scope, hash) & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (slot.hash == hash && slot.scope == scope && slot.value != kEmpty && long_keys_.same(slot.key, key)) {
        slot.value = static_cast<std::uint32_t>(value);
        return;
      }
    }
  }

  // Adds (scope, key) -> value; the caller has checked with find() that the pair is absent.
  // Values are indices (nodes, positions): below 2^32 - 1.
  void add(std::size_t scope, std::string_view key, std::size_t hash, std::size_t value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    Slot slot;
    slot.hash = hash;
    slot.scope = static_cast<std::uint32_t>(scope);
    slot.value = static_cast<std::uint32_t>(value);
    long_keys_.store(slot.key, key);
    place(slot);
    ++count_;
  }

 private:
  // Keys of up to 15 bytes (nearly every word) are kept in the slot, with the value: a probe
  // that matches reads one 32-byte slot and nothing else. Stored apart, in a vector of entries,
  // each look-up that found its key missed the cache a second time to compare it.
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);
  struct alignas(32) Slot {  // aligned: a slot never straddles two cache lines
    std::size_t hash = 0;
    std::uint32_t scope = 0;
    std::uint32_t value = kEmpty;  // kEmpty: the slot is free
    InlineKey key;                 // up to 15 bytes, else an index in long_keys_
  };
  static_assert(sizeof(Slot) == 32);

  // The slot to start probing at: the scope spreads the keys of different scopes.
  static std::size_t mix(std::size_t scope, std::size_t hash) { return hash ^ (scope * 0x9E3779B97F4A7C15ull); }

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = mix(slot.scope, slot.hash) & mask;
    while (slots_[at].value != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }

  void grow() {
    const std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.value != kEmpty) place(slot);
    }
  }

  std::vector<Slot> slots_;             // a power of two in size, at most half full
  std::size_t count_ = 0;               // keys added
  LongKeys long_keys_;                  // keys of more than 15 bytes
};

}  // namespace parley::mentions
