// KeyIndex: texts -> indices, in one open-addressed array of slots that view their keys. The
// resolver's entities by identity key: a node-based std::unordered_map made an allocation per key
// (a tenth of resolution's), and each look-up chased a bucket and then a node.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

#include "core/string_hash.hpp"

namespace parley::entities {

class KeyIndex {
 public:
  static constexpr std::size_t kAbsent = std::numeric_limits<std::size_t>::max();

  // Room for `keys` keys without growing.
  void reserve(std::size_t keys) {
    std::size_t size = kFirstSize;
    while (size < keys * 2) size *= 2;
    if (size > slots_.size()) rehash(size);
  }

  // The index stored for `key`, whose string_hash() is `hash`; kAbsent when there is none.
  std::size_t find(std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return kAbsent;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.value == kEmpty) return kAbsent;
      if (slot.hash == hash && slot.size == key.size() && std::memcmp(slot.data, key.data(), key.size()) == 0) return slot.value;
    }
  }
  std::size_t find(std::string_view key) const { return find(key, string_hash(key)); }

  // Adds `key` -> `value` (below 2^32 - 1); the caller has found it absent. The index views
  // `key`, which must outlive it.
  void add(std::string_view key, std::size_t hash, std::size_t value) {
    if ((count_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? kFirstSize : slots_.size() * 2);
    place({hash, key.data(), static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(value)});
    ++count_;
  }

 private:
  static constexpr std::size_t kFirstSize = 64;
  static constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
  struct alignas(32) Slot {  // aligned: a slot never straddles two cache lines
    std::size_t hash = 0;
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint32_t value = kEmpty;  // kEmpty: the slot is free
  };

  void place(const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = slot.hash & mask;
    while (slots_[at].value != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }

  void rehash(std::size_t size) {  // size: a power of two
    const std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    for (const Slot& slot : old) {
      if (slot.value != kEmpty) place(slot);
    }
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t count_ = 0;
};

}  // namespace parley::entities
