// EntityIds: the entities of a table by node id. Entities that share an id are one node: rules
// look entities up by id (the knowledge base's links name ids), and the edge sink names each end
// of an edge by the first entity of its id. Built once per document, one hash per entity.
//
// The table is open addressing over entity indices (linear probing, a power-of-two size at least
// twice the entities): a node-based hash map allocated a node per entity and hashed each id with
// the byte-wise std::hash, most of the cost of building it. Ids are hashed by their size and last
// eight bytes alone (see tail_hash), and the same hash serves the filter of absent ids.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "entities/entity_table.hpp"

namespace parley::relations {

class EntityIds {
 public:
  explicit EntityIds(const entities::EntityTable& table) : table_(table) {
    unsigned size_log2 = 4;
    while ((std::size_t{1} << size_log2) < 2 * table.entities.size()) ++size_log2;
    slot_shift_ = 64 - size_log2;
    slots_.assign(std::size_t{1} << size_log2, kEmpty);
    first_.reserve(table.entities.size());
    for (std::size_t i = 0; i < table.entities.size(); ++i) {
      // The first entity of an id takes its slot; later ones only note it.
      const std::string& id = table.entities[i].id;
      const std::uint64_t hash = tail_hash(id);
      const std::size_t at = slot_of(id, hash);
      if (slots_[at] == kEmpty) slots_[at] = static_cast<std::uint32_t>(i);
      first_.push_back(slots_[at]);
      const std::size_t bit = filter_bit(hash);
      filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }

  // The first entity with this id; entities::kNone when none has it.
  std::size_t find(std::string_view id) const {
    const std::uint64_t hash = tail_hash(id);
    const std::size_t bit = filter_bit(hash);
    if (!(filter_[bit / 64] >> (bit % 64) & 1)) return entities::kNone;
    const std::uint32_t entity = slots_[slot_of(id, hash)];
    return entity == kEmpty ? entities::kNone : entity;
  }

  // The first entity with the same id as this one (itself when it is the first).
  std::size_t first_of(std::size_t entity) const { return first_[entity]; }

 private:
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);

  // An id's hash from its size and last eight bytes: ids share their type prefix ("actor:",
  // "meeting:"), and their tails tell them apart; hashing every byte (ids run to forty and more)
  // was most of the cost of building the table. Ids of one size and tail only probe further.
  static std::uint64_t tail_hash(std::string_view id) {
    std::uint64_t tail = 0;
    if (id.size() >= 8) {
      std::memcpy(&tail, id.data() + id.size() - 8, 8);
    } else if (!id.empty()) {
      std::memcpy(&tail, id.data(), id.size());
    }
    return (tail ^ id.size()) * 0x9E3779B97F4A7C15ull;  // the high bits mix every bit of it
  }

  // Most ids asked for are absent: the knowledge base's links (a state's memberships, a
  // person's bodies) name many bodies a document does not. A filter of the table's ids answers
  // most of those from the hash, without the look-up's comparison of the id with an entity's.
  static std::size_t filter_bit(std::uint64_t hash) { return static_cast<std::size_t>(hash >> (64 - kFilterBitsLog2)); }
  static constexpr unsigned kFilterBitsLog2 = 12;
  std::array<std::uint64_t, (std::size_t{1} << kFilterBitsLog2) / 64> filter_{};  // by filter_bit: an id may be present

  // The slot of the first entity with this id, else the empty slot where the search stopped.
  std::size_t slot_of(std::string_view id, std::uint64_t hash) const {
    std::size_t at = static_cast<std::size_t>(hash >> slot_shift_);
    while (slots_[at] != kEmpty && table_.entities[slots_[at]].id != id) at = (at + 1) & (slots_.size() - 1);
    return at;
  }

  const entities::EntityTable& table_;
  unsigned slot_shift_ = 60;          // 64 - log2 of slots_.size(): a slot is the hash's high bits
  std::vector<std::uint32_t> slots_;  // entity indices by id hash, kEmpty where none
  std::vector<std::uint32_t> first_;  // per entity
};

}  // namespace parley::relations
