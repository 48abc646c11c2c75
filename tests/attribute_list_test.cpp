// AttributeList: an entity's attributes in name order, answering as the std::map it replaced.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "entities/attribute_list.hpp"

using parley::entities::AttributeList;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs pairs_of(const AttributeList& list) { return {list.begin(), list.end()}; }

}  // namespace

TEST_CASE("attribute lists keep names in order, each once, as std::map does") {
  // Each case: names and values set in this order with operator[] (the last value of a name
  // wins) and try_emplace (the first wins).
  struct Case {
    const char* name;
    Pairs assigned;
    Pairs emplaced;
  };
  const std::vector<Case> cases = {
      {"none", {}, {}},
      {"one", {{"round", "2"}}, {}},
      {"out of order", {{"series", "talks"}, {"round", "3"}, {"modality", "will"}}, {}},
      {"a name again", {{"title", "minister"}, {"title", "secretary"}}, {}},
      {"emplaced after assigned", {{"round", "1"}}, {{"round", "9"}, {"definite", "true"}}},
      {"emplaced twice", {}, {{"identity", "a"}, {"identity", "b"}, {"briefing", "true"}}},
      {"prefixes", {{"series", "x"}, {"se", "y"}, {"s", "z"}, {"", "empty"}}, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    AttributeList list;
    std::map<std::string, std::string> expected;
    for (const auto& [name, value] : c.assigned) {
      list[name] = value;
      expected[name] = value;
    }
    for (const auto& [name, value] : c.emplaced) {
      const bool added = list.try_emplace(name, value).second;
      CHECK(added == expected.try_emplace(name, value).second);
    }
    CHECK(pairs_of(list) == Pairs(expected.begin(), expected.end()));
    CHECK(list.size() == expected.size());
    CHECK(list.empty() == expected.empty());
    for (const auto& [name, value] : expected) {
      const auto found = list.find(name);
      REQUIRE(found != list.end());
      CHECK(found->second == value);
      CHECK(list.count(name) == 1);
    }
    CHECK(list.find("absent") == list.end());
    CHECK(list.count("absent") == 0);
  }
}

TEST_CASE("an attribute list takes a map's attributes over its own") {
  AttributeList list;
  list["stale"] = "1";
  const std::map<std::string, std::string> mention = {{"series", "talks"}, {"round", "2"}};
  list.assign(mention);
  CHECK(pairs_of(list) == Pairs(mention.begin(), mention.end()));
  list["series"] = "dialogue";  // as the resolver sets a meeting's series over the mention's
  CHECK(list.find("series")->second == "dialogue");
  CHECK(list.size() == 2);
}
