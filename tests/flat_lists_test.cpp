// FlatLists: a list of lists in one vector, read back list by list as spans.
#include <doctest/doctest.h>

#include <vector>

#include "entities/flat_lists.hpp"

using parley::entities::FlatLists;

namespace {

FlatLists<int> build(const std::vector<std::vector<int>>& lists) {
  FlatLists<int> flat;
  flat.reserve(lists.size(), 8);
  for (const auto& list : lists) {
    for (const int element : list) flat.add(element);
    flat.close_list();
  }
  return flat;
}

std::vector<int> as_vector(std::span<const int> span) { return {span.begin(), span.end()}; }

}  // namespace

TEST_CASE("flat lists read back the lists they were built from, empty ones included") {
  const std::vector<std::vector<std::vector<int>>> cases = {
      {},
      {{}},
      {{1}},
      {{1, 2, 3}},
      {{}, {1, 2}, {}},
      {{1}, {2, 3}, {}, {4, 5, 6}, {}},
  };
  for (const auto& lists : cases) {
    CAPTURE(lists.size());
    const FlatLists<int> flat = build(lists);
    REQUIRE(flat.size() == lists.size());
    CHECK(flat.empty() == lists.empty());
    std::vector<int> everything;
    for (std::size_t i = 0; i < lists.size(); ++i) {
      CHECK(as_vector(flat[i]) == lists[i]);
      everything.insert(everything.end(), lists[i].begin(), lists[i].end());
    }
    CHECK(as_vector(flat.all()) == everything);
    // Walked in order, the same lists.
    std::size_t walked = 0;
    for (const auto list : flat) {
      REQUIRE(walked < lists.size());
      CHECK(as_vector(list) == lists[walked]);
      ++walked;
    }
    CHECK(walked == lists.size());
  }
}

TEST_CASE("flat lists: add() gives the element's index in all(), and elements are changed in place") {
  FlatLists<int> flat;
  CHECK(flat.add(10) == 0);
  CHECK(flat.add(11) == 1);
  flat.close_list();
  CHECK(flat.add(20) == 2);
  flat.close_list();
  flat.all()[2] = 21;
  flat[0][1] = 12;
  for (auto list : flat) {
    for (int& element : list) element += 100;
  }
  CHECK(as_vector(flat[0]) == std::vector<int>{110, 112});
  CHECK(as_vector(flat[1]) == std::vector<int>{121});
}
