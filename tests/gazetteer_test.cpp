// The gazetteer: knowledge-base names over tokens, longest first, acronyms and one-word names in
// their own case only.
#include <doctest/doctest.h>

#include <vector>

#include "extraction_fixture.hpp"
#include "mentions/gazetteer.hpp"
#include "mentions/tokens.hpp"

using parley::testing::Fixture;

namespace {

// (first, last, entry) of each hit of the gazetteer in the text, in order.
std::vector<std::size_t> hits_of(const parley::mentions::Gazetteer& gazetteer, const char* text) {
  const auto tokens = parley::mentions::tokenize(text);
  std::vector<std::size_t> found;
  for (const auto& hit : gazetteer.match(tokens)) {
    found.push_back(hit.first);
    found.push_back(hit.last);
    found.push_back(hit.target->entry);
  }
  return found;
}

}  // namespace

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

TEST_CASE("gazetteer walks on from a name that a longer one continues, and stops at a leaf") {
  parley::mentions::Gazetteer gazetteer;
  gazetteer.add("Freedonia", 0, parley::mentions::NameForm::name);
  gazetteer.add("Freedonia Trade Office", 1, parley::mentions::NameForm::name);
  gazetteer.add("Sylvan", 2, parley::mentions::NameForm::name);
  struct Case {
    const char* text;
    std::vector<std::size_t> expected;  // (first, last, entry) of each hit, in order
  };
  const std::vector<Case> cases = {
      {"Freedonia Trade Office opened", {0, 3, 1}},
      {"Freedonia Trade fell", {0, 1, 0}},  // past a node without a name, back to the longest
      {"Sylvan Freedonia", {0, 1, 2, 1, 2, 0}},
      {"Sylvan Trade Office", {0, 1, 2}},
      {"Trade Office", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(hits_of(gazetteer, c.text) == c.expected);
  }
}

TEST_CASE("gazetteer finds a name whose node gained a name or a longer name after its edge was made") {
  // The edge into a node carries the node's flags (has a name, has children): names added in
  // either order must leave them as the node's own.
  parley::mentions::Gazetteer gazetteer;
  gazetteer.add("Northern Sylvan Trade Office", 0, parley::mentions::NameForm::name);
  gazetteer.add("Northern Sylvan", 1, parley::mentions::NameForm::name);  // a name ends mid-way
  gazetteer.add("Ruritania", 2, parley::mentions::NameForm::name);
  gazetteer.add("Ruritania Bank", 3, parley::mentions::NameForm::name);  // a leaf gains a child
  struct Case {
    const char* text;
    std::vector<std::size_t> expected;  // (first, last, entry) of each hit, in order
  };
  const std::vector<Case> cases = {
      {"Northern Sylvan Trade Office", {0, 4, 0}},
      {"Northern Sylvan Trade", {0, 2, 1}},
      {"the Northern Sylvan", {1, 3, 1}},
      {"Ruritania Bank", {0, 2, 3}},
      {"Ruritania bonds", {0, 1, 2}},
      {"Northern Ruritania", {1, 2, 2}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(hits_of(gazetteer, c.text) == c.expected);
  }
}

TEST_CASE("gazetteer tries each target of a name in turn, by the case and dots the knowledge base writes") {
  parley::mentions::Gazetteer gazetteer;
  gazetteer.add("Chad", 0, parley::mentions::NameForm::name);
  gazetteer.add("CHAD", 1, parley::mentions::NameForm::name);  // a second target of the node "chad"
  gazetteer.add("Chad", 0, parley::mentions::NameForm::name);  // written so already: not added again
  gazetteer.add("U.S.", 2, parley::mentions::NameForm::name);
  gazetteer.add("NATO Summit", 3, parley::mentions::NameForm::name);  // an acronym: two words, exact case
  gazetteer.add("Example Trade Office", 4, parley::mentions::NameForm::name);  // any case
  struct Case {
    const char* text;
    std::vector<std::size_t> expected;  // (first, last, entry) of each hit, in order
  };
  const std::vector<Case> cases = {
      {"Chad and CHAD", {0, 1, 0, 2, 3, 1}},
      {"ChAD", {}},
      {"U.S. and US", {0, 1, 2, 2, 3, 2}},
      {"NATO Summit", {0, 2, 3}},
      {"Nato Summit", {}},
      {"NATO SUMMIT", {}},
      {"EXAMPLE trade office", {0, 3, 4}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(hits_of(gazetteer, c.text) == c.expected);
  }
}

TEST_CASE("gazetteer match_into empties the list it is given and finds what match finds") {
  parley::mentions::Gazetteer gazetteer;
  gazetteer.add("Chad", 0, parley::mentions::NameForm::name);
  gazetteer.add("United Nations", 1, parley::mentions::NameForm::name);
  const std::vector<const char*> texts = {"Chad and the United Nations", "No names here", "United Nations"};
  std::vector<parley::mentions::GazetteerHit> reused;  // filled by the text before
  for (const char* text : texts) {
    CAPTURE(text);
    const auto tokens = parley::mentions::tokenize(text);
    const auto expected = gazetteer.match(tokens);
    gazetteer.match_into(tokens, reused);
    REQUIRE(reused.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(reused[i].first == expected[i].first);
      CHECK(reused[i].last == expected[i].last);
      CHECK(reused[i].target == expected[i].target);
    }
  }
}

TEST_CASE("gazetteer targets carry their entry's type, kind, country and presence of a date") {
  parley::KnowledgeBaseData data = parley::testing::test_data();
  data.entries[5].date = "2020-05-01";  // the accord's adoption: an entry with a date
  const parley::mentions::Gazetteer gazetteer(data);
  const auto tokens =
      parley::mentions::tokenize("Freedonian envoys, NATO, the U.S., Rufus Firefly and Sylvan City signed the Example Accord.");
  const auto hits = gazetteer.match(tokens);
  REQUIRE(hits.size() == 6);
  for (const auto& hit : hits) {
    const parley::KbEntry& entry = data.entries[hit.target->entry];
    CAPTURE(entry.id);
    CHECK(gazetteer.word(hit.target->type) == entry.type);
    CHECK(gazetteer.word(hit.target->kind) == entry.kind);
    CHECK(gazetteer.word(hit.target->country) == entry.country);
    CHECK(hit.target->has_date == !entry.date.empty());
  }
  // A target added on its own knows no entry: its codes are the empty word.
  parley::mentions::Gazetteer bare;
  bare.add("Freedonia", 0, parley::mentions::NameForm::name);
  const auto bare_hits = bare.match(parley::mentions::tokenize("Freedonia"));
  REQUIRE(bare_hits.size() == 1);
  CHECK(bare.word(bare_hits[0].target->kind).empty());
  CHECK_FALSE(bare_hits[0].target->has_date);
}
