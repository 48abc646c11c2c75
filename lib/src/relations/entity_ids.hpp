// EntityIds: the entities of a table by node id. Entities that share an id are one node: rules
// look entities up by id (the knowledge base's links name ids), and the edge sink names each end
// of an edge by the first entity of its id. Built once per document, one hash per entity.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/entity_table.hpp"

namespace parley::relations {

class EntityIds {
 public:
  explicit EntityIds(const entities::EntityTable& table) {
    by_id_.reserve(table.entities.size());
    first_.reserve(table.entities.size());
    for (std::size_t i = 0; i < table.entities.size(); ++i) {
      // emplace keeps the first of equal ids
      first_.push_back(static_cast<std::uint32_t>(by_id_.emplace(table.entities[i].id, i).first->second));
    }
  }

  // The first entity with this id; entities::kNone when none has it.
  std::size_t find(std::string_view id) const {
    const auto found = by_id_.find(id);
    return found == by_id_.end() ? entities::kNone : found->second;
  }

  // The first entity with the same id as this one (itself when it is the first).
  std::size_t first_of(std::size_t entity) const { return first_[entity]; }

 private:
  std::unordered_map<std::string_view, std::size_t> by_id_;
  std::vector<std::uint32_t> first_;  // per entity
};

}  // namespace parley::relations
