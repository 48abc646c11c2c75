// TextStore: copies of texts kept in a few blocks, each a view valid as long as the store.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "entities/text_store.hpp"

using parley::entities::TextStore;

TEST_CASE("a text store keeps equal copies, in place however many follow") {
  const std::vector<std::string> cases = {
      "",
      "a",
      "actor:jane-smith",
      "round:example dialogue:2",
      std::string(5000, 'x'),  // longer than a block: a block of its own
  };
  TextStore store;
  std::vector<std::string_view> kept;
  // Each case many times, so that the copies span several blocks.
  for (int pass = 0; pass < 200; ++pass) {
    for (const auto& text : cases) {
      std::string source = text;  // the store's copy must not view its source
      kept.push_back(store.keep(source));
      source.assign(source.size(), '?');
    }
  }
  for (std::size_t i = 0; i < kept.size(); ++i) {
    CAPTURE(i);
    CHECK(kept[i] == cases[i % cases.size()]);
  }
}
