// EntityIds: the entities of a table by node id. Entities that share an id are one node: rules
// look entities up by id (the knowledge base's links name ids), and the edge sink names each end
// of an edge by the first entity of its id. Built once per document, one hash per entity.
//
// The table is open addressing over entity indices (linear probing, a power-of-two size at least
// twice the entities): a node-based hash map allocated a node per entity and hashed each id with
// the byte-wise std::hash, most of the cost of building it.
#pragma once

#include <cstddef>
#include <cstdint>
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
      const std::size_t at = slot_of(table.entities[i].id);
      if (slots_[at] == kEmpty) slots_[at] = static_cast<std::uint32_t>(i);
      first_.push_back(slots_[at]);
    }
  }

  // The first entity with this id; entities::kNone when none has it.
  std::size_t find(std::string_view id) const {
    const std::uint32_t entity = slots_[slot_of(id)];
    return entity == kEmpty ? entities::kNone : entity;
  }

  // The first entity with the same id as this one (itself when it is the first).
  std::size_t first_of(std::size_t entity) const { return first_[entity]; }

 private:
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);

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
