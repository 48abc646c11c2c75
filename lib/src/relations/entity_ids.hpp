// EntityIds: the entities of a table by node id. Entities that share an id are one node: rules
// look entities up by id (the knowledge base's links name ids), and the edge sink names each end
// of an edge by the first entity of its id. Built once per document, one hash per entity.
//
// The table is open addressing over entity indices (linear probing, a power-of-two size at least
// twice the entities): a node-based hash map allocated a node per entity and hashed each id with
// the byte-wise std::hash, most of the cost of building it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/string_hash.hpp"
#include "entities/entity_table.hpp"

namespace parley::relations {

class EntityIds {
 public:
  explicit EntityIds(const entities::EntityTable& table) : table_(table) {
    std::size_t size = 16;
    while (size < 2 * table.entities.size()) size *= 2;
    slots_.assign(size, kEmpty);
    first_.reserve(table.entities.size());
    for (std::size_t i = 0; i < table.entities.size(); ++i) {
      // The first entity of an id takes its slot; later ones only note it.
      const std::string& id = table.entities[i].id;
      const std::size_t at = slot_of(id);
      if (slots_[at] == kEmpty) slots_[at] = static_cast<std::uint32_t>(i);
      first_.push_back(slots_[at]);
      const std::size_t bit = filter_bit(id);
      filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }

  // The first entity with this id; entities::kNone when none has it.
  std::size_t find(std::string_view id) const {
    const std::size_t bit = filter_bit(id);
    if (!(filter_[bit / 64] >> (bit % 64) & 1)) return entities::kNone;
    const std::uint32_t entity = slots_[slot_of(id)];
    return entity == kEmpty ? entities::kNone : entity;
  }

  // The first entity with the same id as this one (itself when it is the first).
  std::size_t first_of(std::size_t entity) const { return first_[entity]; }

 private:
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);

  // Most ids asked for are absent: the knowledge base's links (a state's memberships, a
  // person's bodies) name many bodies a document does not. A filter of the table's ids answers
  // most of those from the id's size and last eight bytes (ids share their type prefix), without
  // hashing every byte of it as the table's look-up does.
  static std::size_t filter_bit(std::string_view id) {
    std::uint64_t tail = 0;
    if (id.size() >= 8) {
      std::memcpy(&tail, id.data() + id.size() - 8, 8);
    } else {
      std::memcpy(&tail, id.data(), id.size());
    }
    return static_cast<std::size_t>(((tail ^ id.size()) * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBitsLog2));
  }
  static constexpr unsigned kFilterBitsLog2 = 12;
  std::array<std::uint64_t, (std::size_t{1} << kFilterBitsLog2) / 64> filter_{};  // by filter_bit: an id may be present

  // The slot of the first entity with this id, else the empty slot where the search stopped.
  std::size_t slot_of(std::string_view id) const {
    std::size_t at = string_hash(id) & (slots_.size() - 1);
    while (slots_[at] != kEmpty && table_.entities[slots_[at]].id != id) at = (at + 1) & (slots_.size() - 1);
    return at;
  }

  const entities::EntityTable& table_;
  std::vector<std::uint32_t> slots_;  // entity indices by id hash, kEmpty where none
  std::vector<std::uint32_t> first_;  // per entity
};

}  // namespace parley::relations
