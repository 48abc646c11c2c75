// Persons by title and name, titles alone, and their states.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;

TEST_CASE("titled names become person mentions") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* label;    // expected person label ("" for none)
    const char* key;
    const char* country;
  };
  const std::vector<Case> cases = {
      {"Ambassador Jane Roe arrived on Monday.", "Jane Roe", "actor:jane-roe", ""},
      {"U.S. Secretary of State John Q. Doe spoke.", "John Q. Doe", "actor:john-q-doe", "USA"},
      {"Special Representative Ana Lima met them.", "Ana Lima", "actor:ana-lima", ""},
      {"Freedonian Foreign Minister Olga Petrova said so.", "Olga Petrova", "actor:olga-petrova", "FRE"},
      {"Prime Minister Firefly opened the talks.", "Rufus T. Firefly", "actor:rufus-t-firefly", "FRE"},
      {"SECRETARY DOE thanked everyone.", "Doe", "actor:doe", ""},
      {"The President of the Assembly spoke.", "", "", ""},
      // a state-specific title gives the state (lexicon title_country.*)
      {"Assistant Secretary Paul Vance replied.", "Paul Vance", "actor:paul-vance", "USA"},
      // a capital's name used as a given name
      {"Director-General Sylvan City Brown", "", "", ""},
      {"Ambassador Fredville Smith arrived.", "Fredville Smith", "actor:fredville-smith", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    const parley::mentions::Mention* person = nullptr;
    for (const auto& mention : analysis.mentions) {
      if (mention.kind == "person" && mention.reference == parley::mentions::Reference::name && !person) person = &mention;
    }
    if (std::string(c.label).empty()) {
      CHECK(person == nullptr);
      continue;
    }
    REQUIRE(person != nullptr);
    CHECK(person->label_text() == std::string_view(c.label));
    // A KB person shows its entry's label, not a copy of it.
    if (person->kb_entry) CHECK(person->label.empty());
    CHECK(person->key() == std::string_view(c.key));
    CHECK(person->country == std::string(c.country));
  }
}

TEST_CASE("a title alone after a determiner is a reference to resolve") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* title;  // "" when no title reference is expected
  };
  const std::vector<Case> cases = {
      {"I thank the Secretary for his time.", "Secretary"},
      {"My prime minister visited last week.", "prime minister"},
      {"The Foreign Secretary will travel.", "Foreign Secretary"},
      {"A secretary took notes.", ""},
      {"The Secretary of the Board resigned.", ""},
      {"Thank you, Mr. Secretary.", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    std::string found;
    for (const auto& mention : analysis.mentions) {
      if (mention.reference == parley::mentions::Reference::title) found = mention.title;
    }
    CHECK(found == std::string(c.title));
  }
}
