// The mention lists' storage kept per thread (take_mention_list / keep_mention_list).
#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

#include "mentions/sentence_analysis.hpp"

using parley::mentions::keep_mention_list;
using parley::mentions::Mention;
using parley::mentions::take_mention_list;

TEST_CASE("a mention list taken is empty with the room asked for, and a kept list's storage is taken again") {
  struct Case {
    std::size_t kept_room;  // the room of the list kept first (0: none kept)
    std::size_t room;       // the room then asked for
  };
  const std::vector<Case> cases = {{0, 4}, {8, 4}, {8, 8}, {4, 16}};
  for (const auto& c : cases) {
    CAPTURE(c.kept_room);
    CAPTURE(c.room);
    const Mention* kept_storage = nullptr;
    if (c.kept_room > 0) {
      std::vector<Mention> list = take_mention_list(c.kept_room);
      list.emplace_back().label = "a label long enough to be on the heap";
      kept_storage = list.data();
      keep_mention_list(list);
      CHECK(list.empty());
    }
    std::vector<Mention> taken = take_mention_list(c.room);
    CHECK(taken.empty());
    CHECK(taken.capacity() >= c.room);
    // The kept block itself when it has the room asked for.
    if (kept_storage && c.kept_room >= c.room) CHECK(taken.data() == kept_storage);
    keep_mention_list(taken);
  }
}

TEST_CASE("keeping a list that never had storage keeps nothing") {
  std::vector<Mention> none;
  keep_mention_list(none);
  const std::vector<Mention> taken = take_mention_list(2);
  CHECK(taken.capacity() >= 2);
}
