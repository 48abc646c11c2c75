// Meetings: rounds of series, summits, visits, meetings between persons, anaphors; their dates
// and places.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;

TEST_CASE("meeting mentions with their series, round, label and place") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* label;  // "" for an anaphor
    const char* kind;
    const char* round;
    const char* location;
    bool anaphor;
  };
  const std::vector<Case> cases = {
      {"The second Freedonia-Sylvania Fisheries Dialogue opened.", "Second Freedonia-Sylvania Fisheries Dialogue", "dialogue", "2", "", false},
      {"It was the Third Harbour Talks in Fredville.", "Third Harbour Talks", "dialogue", "3", "Fredville", false},
      {"Both recalled the inaugural meeting held in Sylvan City.", "", "meeting", "1", "Sylvan City", true},
      {"Leaders gathered at the NATO summit in Riga.", "NATO summit", "summit", "", "Riga", false},
      {"She described the Minister's visit to Fredville.", "visit to Fredville", "visit", "", "Fredville", false},
      {"We discussed the call between Ambassador Jane Roe and Ambassador Ana Lima.", "Roe-Lima call", "call", "", "", false},
      {"The dialogue took place in Fredville.", "", "dialogue", "", "Fredville", true},
      {"It was the fifth annual Harbour Forum.", "Fifth annual Harbour Forum", "conference", "5", "", false},
      {"Ambassador Jane Roe was in Fredville last week.", "Roe visit to Fredville", "visit", "", "Fredville", false},
      {"Ambassador Jane Roe met with Ambassador Ana Lima in Fredville.", "Roe-Lima meeting", "meeting", "", "Fredville", false},
      {"They recalled the virtual meeting between both envoys.", "virtual meeting between both envoys", "meeting", "", "", false},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    const parley::mentions::Mention* meeting = parley::testing::first_of_type(analysis, "meeting");
    REQUIRE(meeting != nullptr);
    CHECK((meeting->reference == parley::mentions::Reference::anaphor) == c.anaphor);
    if (!c.anaphor) CHECK(meeting->label == std::string(c.label));
    CHECK(meeting->kind == std::string(c.kind));
    const auto round = meeting->attributes.find("round");
    CHECK((round == meeting->attributes.end() ? std::string() : round->second) == std::string(c.round));
    CHECK(meeting->location == std::string(c.location));
  }
}

TEST_CASE("a meeting takes the date that stands next to it in its sentence") {
  const Fixture fixture;
  parley::Document document = parley::testing::make_document(
      {"The second Harbour Dialogue took place on May 4, 2031, after the inaugural meeting in March 2030."});
  auto& sentence = document.sentences[0];
  const std::string& text = sentence.text;
  const auto add_date = [&](const std::string& surface, const std::string& iso) {
    const std::size_t at = text.find(surface);
    sentence.dates.push_back({{sentence.span.begin + at, sentence.span.begin + at + surface.size()}, surface, iso, false});
  };
  add_date("May 4, 2031", "2031-05-04");
  add_date("March 2030", "2030-03");
  const auto analysis = parley::mentions::analyse_sentence(fixture.state.context, text, &sentence);
  std::vector<std::string> dates;
  for (const auto& mention : analysis.mentions) {
    if (mention.type == "meeting") dates.push_back(mention.date);
  }
  CHECK(dates == std::vector<std::string>{"2031-05-04", "2030-03"});
}
