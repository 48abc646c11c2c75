// Unit tests of SupportMap: a std::map of counts per document, with its first entry kept in
// place. Each case is checked against std::map doing the same.
#include <doctest/doctest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "parley/support_map.hpp"

using parley::SupportMap;

namespace {

std::vector<std::pair<std::string, long>> entries(const SupportMap<long>& support) {
  std::vector<std::pair<std::string, long>> out;
  for (const auto& [source, count] : support) out.emplace_back(source.str(), count);
  return out;
}

std::vector<std::pair<std::string, long>> entries(const std::map<std::string, long>& support) {
  return {support.begin(), support.end()};
}

}  // namespace

TEST_CASE("a support map keeps entries in name order and each name once, as std::map") {
  struct Case {
    const char* name;
    std::vector<std::pair<std::string, long>> emplaced;  // try_emplace, in this order
  };
  const Case cases[] = {
      {"none", {}},
      {"one", {{"part-041/doc-000208.txt", 3}}},
      {"the same twice", {{"a.txt", 1}, {"a.txt", 5}}},
      {"two, in order", {{"a.txt", 1}, {"b.txt", 2}}},
      {"two, backwards", {{"b.txt", 2}, {"a.txt", 1}}},
      {"many", {{"c", 3}, {"a", 1}, {"b", 2}, {"a", 9}, {"d", 4}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    SupportMap<long> support;
    std::map<std::string, long> expected;
    for (const auto& [source, count] : c.emplaced) {
      const auto [at, added] = support.try_emplace(source, count);
      const auto [expected_at, expected_added] = expected.try_emplace(source, count);
      CHECK(added == expected_added);
      CHECK(at->first == expected_at->first);
      CHECK(at->second == expected_at->second);
    }
    CHECK(entries(support) == entries(expected));
    CHECK(support.size() == expected.size());
    CHECK(support.empty() == expected.empty());
    for (const auto& [source, count] : expected) {
      CHECK(support.find(source) != support.end());
      CHECK(support.at(source) == count);
    }
    CHECK(support.find("absent") == support.end());
    CHECK_THROWS_AS(support.at("absent"), std::out_of_range);

    const SupportMap<long> copy = support;
    CHECK(copy == support);
    SupportMap<long> moved = std::move(support);
    CHECK(moved == copy);
    CHECK(support.empty());  // NOLINT(bugprone-use-after-move): a moved-from map is empty
    moved.clear();
    CHECK(moved.empty());
    CHECK(moved.begin() == moved.end());
  }
}

TEST_CASE("counts change through operator[] and iterators, in either form") {
  SupportMap<double> support{{"b.txt", 1}};
  support["b.txt"] += 2;  // the entry in place
  CHECK(support.at("b.txt") == 3);
  support["a.txt"] = 1;  // the second entry: a map now
  support.try_emplace("b.txt", 0).first->second *= 2;
  CHECK(support == SupportMap<double>{{"a.txt", 1}, {"b.txt", 6}});
  CHECK_FALSE(support == SupportMap<double>{{"a.txt", 1}, {"b.txt", 5}});
  CHECK_FALSE(support == SupportMap<double>{{"a.txt", 1}});
}

TEST_CASE("moving a support map takes its names over, and clearing it may give them to a releaser") {
  const parley::SharedString name("part-041/doc-000208.txt"), other("part-041/doc-000209.txt");
  for (const bool two : {false, true}) {
    CAPTURE(two);
    SupportMap<long> support;
    support.try_emplace(name, 3);
    if (two) support.try_emplace(other, 1);
    CHECK(name.use_count() == 2);
    SupportMap<long> moved = std::move(support);
    CHECK(name.use_count() == 2);  // taken over, not copied
    CHECK(moved.at(name) == 3);
    {
      parley::SharedString::Releaser releaser;
      moved.clear(releaser);
      CHECK(moved.empty());
      CHECK(name.use_count() == 2);  // pending in the releaser
    }
    CHECK(name.use_count() == 1);
    CHECK(other.use_count() == 1);
  }
}
