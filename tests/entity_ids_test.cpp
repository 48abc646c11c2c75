// EntityIds: the first entity of each id, found by id, with ids hashed by their size and tail
// (ids of one size and tail must still be told apart).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/entity_table.hpp"
#include "relations/entity_ids.hpp"

using parley::entities::EntityTable;
using parley::relations::EntityIds;

namespace {

EntityTable table_of(const std::vector<std::string>& ids) {
  EntityTable table;
  for (const auto& id : ids) {
    table.entities.emplace_back();
    table.entities.back().id = id;
  }
  return table;
}

}  // namespace

TEST_CASE("entity ids find the first entity of each id") {
  struct Case {
    const char* name;
    std::vector<std::string> ids;  // the table's, in order
  };
  const std::vector<Case> cases = {
      {"none", {}},
      {"distinct", {"actor:china", "actor:united-states", "meeting:nato-summit"}},
      {"repeated", {"actor:china", "actor:russia", "actor:china", "actor:china"}},
      // One size and the same last eight bytes: one hash, told apart by the look-up.
      {"same tails", {"actor:a-united-states", "actor:b-united-states", "actor:c-united-states", "actor:a-united-states"}},
      {"short and empty", {"a", "ab", "", "abcdefg", "abcdefgh", "b", ""}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const EntityTable table = table_of(c.ids);
    const EntityIds ids(table);
    for (std::size_t i = 0; i < c.ids.size(); ++i) {
      std::size_t first = 0;
      while (c.ids[first] != c.ids[i]) ++first;
      CHECK(ids.find(c.ids[i]) == first);
      CHECK(ids.first_of(i) == first);
    }
    for (const char* absent : {"actor:d-united-states", "actor:japan", "c", "abcdefgi", "meeting:nato-summit-2"}) {
      CHECK(ids.find(absent) == parley::entities::kNone);
    }
  }
}

TEST_CASE("entity ids hold a table larger than their first size") {
  std::vector<std::string> names;
  for (int i = 0; i < 300; ++i) names.push_back("commitment:united-states-" + std::to_string(i) + "-work");
  const EntityTable table = table_of(names);
  const EntityIds ids(table);
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(ids.find(names[i]) == i);
  CHECK(ids.find("commitment:united-states-300-work") == parley::entities::kNone);
}
