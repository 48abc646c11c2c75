// A hash table from (scope, token key) to an index, probed with the hash the token already
// carries (Token::hash): the gazetteer's trie edges (scope: the parent node), the lexicon's key
// annotations and the word lists' entries (one scope) ask it about every word of every sentence. std::unordered_map
// paid two integer divisions and two dependent cache misses per look-up; this table pays a mask
// and usually one miss: open addressing over a power-of-two array of 16-byte slots, keys apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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
      if (slot.entry == kEmpty) return kNone;
      if (slot.hash == hash && slot.scope == scope && same_key(entries_[slot.entry].key, key)) return entries_[slot.entry].value;
    }
  }

  bool empty() const { return entries_.empty(); }

  // Adds (scope, key) -> value; the caller has checked with find() that the pair is absent.
  void add(std::size_t scope, std::string_view key, std::size_t hash, std::size_t value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    place(Slot{hash, static_cast<std::uint32_t>(scope), static_cast<std::uint32_t>(entries_.size())});
    entries_.push_back(Entry{std::string(key), value});
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::uint32_t scope = 0;
    std::uint32_t entry = kEmpty;  // index in entries_
  };
  struct Entry {
    std::string key;
    std::size_t value;
  };
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);

  // Compared inline, a word or two at a time, as string_hash reads them: the hash and scope have
  // matched already, so the keys are nearly always equal, and memcmp was a call per look-up.
  static bool same_key(const std::string& stored, std::string_view key) {
    std::size_t n = key.size();
    if (stored.size() != n) return false;
    const char* a = stored.data();
    const char* b = key.data();
    for (; n >= 8; a += 8, b += 8, n -= 8) {
      if (load<std::uint64_t>(a) != load<std::uint64_t>(b)) return false;
    }
    // Two overlapping four-byte reads cover four to seven bytes; first, middle and last cover
    // one to three.
    if (n >= 4) return load<std::uint32_t>(a) == load<std::uint32_t>(b) && load<std::uint32_t>(a + n - 4) == load<std::uint32_t>(b + n - 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
  }
  template <typename Word>
  static Word load(const char* bytes) {
    Word word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
  }

  // The slot to start probing at: the scope spreads the keys of different scopes.
  static std::size_t mix(std::size_t scope, std::size_t hash) { return hash ^ (scope * 0x9E3779B97F4A7C15ull); }

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = mix(slot.scope, slot.hash) & mask;
    while (slots_[at].entry != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }

  void grow() {
    const std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.entry != kEmpty) place(slot);
    }
  }

  std::vector<Slot> slots_;     // a power of two in size, at most half full
  std::vector<Entry> entries_;  // in insertion order
};

}  // namespace parley::mentions
