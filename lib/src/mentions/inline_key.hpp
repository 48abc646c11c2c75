// A word table's key kept in the table's own record: up to 15 bytes in place, beside its
// length, so that a probe that matches compares on the line it already read; a longer key
// (few words are) kept apart, the record holding its index. KeyTable's slots and
// KeyListTable's records both store their keys this way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "mentions/same_bytes.hpp"

namespace parley::mentions {

struct InlineKey {
  static constexpr std::size_t kCapacity = 15;
  static constexpr std::uint8_t kLong = 0xff;  // `length` of a key kept in LongKeys
  char bytes[kCapacity] = {};  // the key's bytes, or (kLong) its index in the LongKeys
  std::uint8_t length = 0;     // the key's length, or kLong
};
static_assert(sizeof(InlineKey) == 16);

// The keys too long to keep in place, by index, for one table.
class LongKeys {
 public:
  void store(InlineKey& into, std::string_view key) {
    if (key.size() <= InlineKey::kCapacity) {
      into.length = static_cast<std::uint8_t>(key.size());
      std::memcpy(into.bytes, key.data(), key.size());
      return;
    }
    into.length = InlineKey::kLong;
    const auto index = static_cast<std::uint32_t>(keys_.size());
    std::memcpy(into.bytes, &index, sizeof index);
    keys_.emplace_back(key);
  }

  bool same(const InlineKey& stored, std::string_view key) const {
    if (stored.length != InlineKey::kLong) {
      return stored.length == key.size() && same_bytes(stored.bytes, key.data(), key.size());
    }
    std::uint32_t index;
    std::memcpy(&index, stored.bytes, sizeof index);
    const std::string& long_key = keys_[index];
    return long_key.size() == key.size() && same_bytes(long_key.data(), key.data(), key.size());
  }

  void swap(LongKeys& other) noexcept { keys_.swap(other.keys_); }

 private:
  std::vector<std::string> keys_;  // in the order stored
};

}  // namespace parley::mentions
