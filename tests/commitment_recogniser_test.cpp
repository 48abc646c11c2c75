// Commitments: triggers, short labels, makers; negated and hedged statements are not commitments.
#include <doctest/doctest.h>

#include <string_view>
#include <vector>

#include "extraction_fixture.hpp"
#include "mentions/mention.hpp"

using parley::testing::Fixture;

TEST_CASE("commitments, their kind and their short label") {
  const Fixture fixture;
  struct Case {
    const char* text;
    const char* label;  // "" when no commitment is expected
    const char* kind;
  };
  const std::vector<Case> cases = {
      {"Freedonia and Sylvania pledged to expand port inspections of dual-use goods.",
       "expand port inspections of dual-use goods", "pledge"},
      {"Both sides agreed to hold regular consultations on export controls.", "hold regular consultations on export controls", "agreement"},
      {"The ministers reaffirmed their commitment to upholding freedom of navigation.", "upholding freedom of navigation", "reaffirmation"},
      {"We will continue to support Sylvania's reconstruction, and we thank our partners.", "continue to support Sylvania's reconstruction", "intention"},
      {"Freedonia is committed to reducing tariffs on medical supplies.", "reducing tariffs on medical supplies", "pledge"},
      {"They agreed that their envoys will meet again before the summer.", "meet again before the summer", "agreement"},
      // triggers no word list holds, found in sentences whose lists' residues say "none"
      {"We'll expand port inspections.", "expand port inspections", "intention"},
      {"WE'LL expand port inspections.", "expand port inspections", "intention"},
      {"We're going to expand port inspections.", "expand port inspections", "intention"},
      {"We are GOING to expand port inspections.", "expand port inspections", "intention"},
      // "going to" without a first-person subject is no undertaking (the sentence has no first-person word)
      {"They are going to expand port inspections.", "", ""},
      {"Sylvania is going to expand port inspections.", "", ""},
      // negated, hedged, questions
      {"We will not recognise the annexation.", "", ""},
      {"Freedonia refused to lift the embargo.", "", ""},
      {"Sylvania may consider further measures.", "", ""},
      {"We hope to conclude the talks soon.", "", ""},
      {"If talks fail, we will impose new tariffs.", "", ""},
      {"Will you commit to new sanctions?", "", ""},
      {"The cost to the region will grow.", "", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    parley::Document document = parley::testing::make_document({c.text});
    const auto analysis =
        parley::mentions::analyse_sentence(fixture.state.context, document.sentences[0].text, &document.sentences[0]);
    const parley::mentions::Mention* commitment = parley::testing::first_of_type(analysis, "commitment");
    if (std::string(c.label).empty()) {
      CHECK(commitment == nullptr);
      continue;
    }
    REQUIRE(commitment != nullptr);
    CHECK(commitment->label == std::string(c.label));
    CHECK(commitment->kind == std::string(c.kind));
  }
}

TEST_CASE("labels stay short") {
  const Fixture fixture;
  const std::string text =
      "Freedonia pledged to strengthen cooperation on customs data sharing with every neighbouring state across the "
      "whole of the northern region for many years to come and beyond";
  const auto analysis = fixture.analyse(text);
  REQUIRE(!analysis.mentions.empty());
  for (const auto& mention : analysis.mentions) {
    if (mention.type != "commitment") continue;
    CHECK(parley::mentions::tokenize(mention.label).size() <= 14);
  }
}

TEST_CASE("a label's spans are its words in the sentence, merged undertakings joined by 'and'") {
  // The resolver reads a commitment's words from these spans instead of tokenising its label.
  const Fixture fixture;
  struct Case {
    const char* text;
    std::size_t spans;
  };
  const std::vector<Case> cases = {
      {"Freedonia and Sylvania pledged to expand port inspections of dual-use goods.", 1},
      {"We will continue to support Sylvania's reconstruction, and we thank our partners.", 1},
      {"We will protect the U.S. grid; we will protect Example Port's terminals.", 2},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    const parley::mentions::Mention* commitment = parley::testing::first_of_type(analysis, "commitment");
    REQUIRE(commitment != nullptr);
    REQUIRE(commitment->label_spans.size() == c.spans);
    std::string joined;
    for (const auto& [first, last] : commitment->label_spans) {
      if (!joined.empty()) joined += " and ";
      joined += parley::mentions::span_text(analysis.text, analysis.tokens, first, last);
    }
    CHECK(joined == commitment->label);
  }
}

TEST_CASE("rule names are made once and viewed thereafter, whatever prefix a word comes with") {
  struct Case {
    const char* prefix;
    const char* word;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"commitment:", "pledged", "commitment:pledged"},
      {"commitment:", "will", "commitment:will"},
      {"other:", "pledged", "other:pledged"},  // the same word after another prefix
      {"commitment:", "pledged", "commitment:pledged"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.prefix);
    CAPTURE(c.word);
    const std::string_view name = parley::mentions::rule_name(c.prefix, c.word);
    CHECK(name == c.expected);
    // Asked again, the same bytes: a mention views the name for the life of the program.
    CHECK(parley::mentions::rule_name(c.prefix, c.word).data() == name.data());
  }
}
