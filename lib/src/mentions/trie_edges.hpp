// The edges of a token trie (the gazetteer's), in one open-addressing table keyed by (node, token
// key) and probed with the hash the token already carries (Token::hash). The gazetteer asks it
// about every word of every sentence; a table of per-node std::unordered_map paid two integer
// divisions and two dependent cache misses per look-up, this one a mask and usually one miss.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::mentions {

class TrieEdges {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // The child of `node` along `key` (whose key_hash is `hash`); kNone when there is none.
  std::size_t find(std::size_t node, std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = mix(node, hash) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.child == kEmpty) return kNone;
      if (slot.hash == hash && slot.node == node && keys_[slot.child] == key) return slot.child;
    }
  }

  // Adds the edge; the caller has checked with find() that `node` has no child along `key`.
  // Nodes are numbered by the caller; each has one edge into it, which holds its key.
  void add(std::size_t node, std::string_view key, std::size_t hash, std::size_t child) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place(Slot{hash, static_cast<std::uint32_t>(node), static_cast<std::uint32_t>(child)});
    if (keys_.size() <= child) keys_.resize(child + 1);
    keys_[child] = std::string(key);
    ++size_;
  }

 private:
  // Sixteen bytes, the key apart: the slots are probed at random, so the fewer cache lines
  // the table spans the better.
  struct Slot {
    std::size_t hash = 0;
    std::uint32_t node = 0;
    std::uint32_t child = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);

  // The slot to start probing at: the node's number spreads the keys of different nodes.
  static std::size_t mix(std::size_t node, std::size_t hash) { return hash ^ (node * 0x9E3779B97F4A7C15ull); }

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = mix(slot.node, slot.hash) & mask;
    while (slots_[at].child != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }

  void grow() {
    const std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.child != kEmpty) place(slot);
    }
  }

  std::vector<Slot> slots_;         // a power of two in size, at most half full
  std::vector<std::string> keys_;   // by child node: the key of the edge into it
  std::size_t size_ = 0;
};

}  // namespace parley::mentions
