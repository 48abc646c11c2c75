// Government bodies by shape, with their state.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;

TEST_CASE("bodies the knowledge base does not know") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* label;  // "" for none
    const char* key;
    const char* country;
  };
  const std::vector<Case> cases = {
      {"The U.S. Department of Commerce issued rules.", "Department of Commerce", "actor:department-of-commerce-usa", "USA"},
      {"The Commerce Department issued rules.", "Department of Commerce", "actor:department-of-commerce", ""},
      {"Freedonia's Ministry of Foreign Affairs protested.", "Ministry of Foreign Affairs", "actor:ministry-of-foreign-affairs-fre", "FRE"},
      {"The Sylvanian Foreign, Trade and Development Office replied.", "Foreign, Trade and Development Office",
       "actor:foreign-trade-and-development-office-syl", "SYL"},
      {"The Office of Example Assets Control designated them.", "Office of Example Assets Control",
       "actor:office-of-example-assets-control", ""},
      {"Their office is small.", "", "", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    const parley::mentions::Mention* body = nullptr;
    for (const auto& mention : analysis.mentions) {
      if (mention.kind == "organization" && mention.kb_id().empty()) body = &mention;
    }
    if (std::string(c.label).empty()) {
      CHECK(body == nullptr);
      continue;
    }
    REQUIRE(body != nullptr);
    CHECK(body->label == std::string(c.label));
    CHECK(body->key() == std::string_view(c.key));
    CHECK(body->country == std::string(c.country));
  }
}
