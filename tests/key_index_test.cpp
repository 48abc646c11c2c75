// KeyIndex: texts -> indices in one open-addressed array whose slots view their keys.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "core/string_hash.hpp"
#include "entities/key_index.hpp"

using parley::entities::KeyIndex;

TEST_CASE("a key index finds each key added, and no other, as it grows") {
  struct Case {
    std::size_t keys;      // keys added: key i is "actor:person-<i>"
    std::size_t reserved;  // room made first (0: none)
  };
  const std::vector<Case> cases = {{0, 0}, {1, 0}, {40, 0}, {1000, 0}, {1000, 1000}, {10, 5000}};
  for (const auto& c : cases) {
    CAPTURE(c.keys);
    CAPTURE(c.reserved);
    std::vector<std::string> keys;  // the texts the index views: reserved, so never moved
    keys.reserve(c.keys);
    KeyIndex index;
    if (c.reserved > 0) index.reserve(c.reserved);
    for (std::size_t i = 0; i < c.keys; ++i) {
      const std::string& key = keys.emplace_back("actor:person-" + std::to_string(i));
      REQUIRE(index.find(key) == KeyIndex::kAbsent);
      index.add(key, parley::string_hash(key), i * 3);
    }
    for (std::size_t i = 0; i < c.keys; ++i) CHECK(index.find(keys[i]) == i * 3);
    CHECK(index.find("actor:person-") == KeyIndex::kAbsent);
    CHECK(index.find("") == KeyIndex::kAbsent);
    CHECK(index.find("actor:person-" + std::to_string(c.keys)) == KeyIndex::kAbsent);
  }
}
