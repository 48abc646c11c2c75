// Groups and organisations the knowledge base does not name.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;

TEST_CASE("groups by qualifier and group noun; organisations by head word") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* label;  // "" for none
    const char* kind;
    const char* key;
    const char* country;
  };
  const std::vector<Case> cases = {
      {"Assets of sanctioned oligarchs were frozen.", "sanctioned oligarchs", "group", "actor:oligarchs", ""},
      {"They targeted sanctioned Freedonian oligarchs.", "sanctioned Freedonian oligarchs", "group", "actor:oligarchs", "FRE"},
      {"Officials tracked cyber-criminal networks.", "cyber-criminal networks", "group", "actor:networks", ""},
      {"Oligarchs met.", "", "", "", ""},
      {"The Freedonian Navy sailed north.", "Freedonian Navy", "organization", "actor:freedonian-navy", "FRE"},
      {"The Sylvanian Workers Party protested.", "Sylvanian Workers Party", "organization", "actor:sylvanian-workers-party", "SYL"},
      {"The Party was over.", "", "", "", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    const parley::mentions::Mention* found = nullptr;
    for (const auto& mention : analysis.mentions) {
      if (mention.type == "actor" && mention.kb_id().empty() && (mention.kind == "group" || mention.kind == "organization")) found = &mention;
    }
    if (std::string(c.label).empty()) {
      CHECK(found == nullptr);
      continue;
    }
    REQUIRE(found != nullptr);
    CHECK(found->label == std::string(c.label));
    CHECK(found->kind == std::string(c.kind));
    CHECK(found->key() == std::string_view(c.key));
    CHECK(found->country == std::string(c.country));
  }
}
