// The gazetteer: knowledge-base names over tokens, longest first, acronyms and one-word names in
// their own case only.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;

TEST_CASE("gazetteer matches names, demonyms and metonyms in their case") {
  const Fixture fixture;
  struct Case {
    const char* text;
    std::vector<std::string> expected;  // surfaces of the hits, in order
  };
  const std::vector<Case> cases = {
      {"The United States and Freedonia met.", {"United States", "Freedonia"}},
      {"The U.S. and the US both count; us does not.", {"U.S.", "US"}},
      {"Talks with the Republic of Freedonia resumed.", {"Republic of Freedonia"}},
      {"A Freedonian delegation went to Fredville.", {"Freedonian", "Fredville"}},
      {"freedonia in lowercase is not a name.", {}},
      // A name of any case opens with a capital: the match skips lowercase words up front.
      {"talks with the republic of freedonia resumed.", {}},
      {"the Republic of Freedonia and the united states.", {"Republic of Freedonia"}},
      {"Officials in Sylvan City spoke for SYL, not syl.", {"Sylvan City", "SYL"}},
      {"Rufus T. Firefly arrived.", {"Rufus T. Firefly"}},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    std::string surfaces, expected;
    for (const auto& hit : analysis.hits) surfaces += analysis.surface(hit.first, hit.last) + "|";
    for (const auto& name : c.expected) expected += name + "|";
    CHECK(surfaces == expected);
  }
}
