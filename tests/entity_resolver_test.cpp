// Resolution within a document: one entity per thing, whatever name, title or pronoun the text
// uses.
#include <doctest/doctest.h>

#include <algorithm>

#include "extraction_fixture.hpp"

using parley::entities::EntityTable;
using parley::testing::Fixture;
using parley::testing::make_document;

namespace {

const parley::entities::Entity* find(const EntityTable& table, const std::string& id) {
  for (const auto& entity : table.entities) {
    if (entity.id == id && entity.mentions > 0) return &entity;
  }
  return nullptr;
}

std::size_t count_type(const EntityTable& table, const std::string& type) {
  return std::count_if(table.entities.begin(), table.entities.end(),
                       [&](const auto& e) { return e.type == type && e.mentions > 0; });
}

}  // namespace

TEST_CASE("names, surnames, titles and speaker labels of one person are one entity") {
  const Fixture fixture;
  const auto document = make_document({
      "AMBASSADOR ROE: Thank you all for coming.",
      "I met Foreign Minister Olga Petrova this morning.",
      "Petrova and I agreed on next steps.",
      "The Foreign Minister will travel to Fredville.",
  });
  const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
  const auto* petrova = find(table, "actor:olga-petrova");
  REQUIRE(petrova != nullptr);
  CHECK(petrova->mentions == 3);
  CHECK(std::count(petrova->aliases.begin(), petrova->aliases.end(), "Petrova") == 1);  // once, named twice
  const auto* roe = find(table, "actor:roe");
  REQUIRE(roe != nullptr);
  CHECK(table.turn_speakers[0] != parley::entities::kNone);
}

TEST_CASE("states by name, demonym and metonym are one entity; a capital as a place is not the state") {
  const Fixture fixture;
  const auto document = make_document({
      "Freedonia protested.",
      "Fredville said the Freedonian position is firm.",
      "Officials met in Fredville.",
  });
  const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
  const auto* state = find(table, "actor:freedonia");
  REQUIRE(state != nullptr);
  CHECK(state->mentions == 3);
  std::vector<std::string> aliases = state->aliases;
  std::sort(aliases.begin(), aliases.end());
  CHECK(aliases == std::vector<std::string>{"Fredville", "Freedonia", "Freedonian"});
}

TEST_CASE("rounds of a series: by ordinal, case and state prefix; the inaugural meeting is round 1") {
  const Fixture fixture;
  const auto document = make_document({
      "Freedonia and Sylvania held their second Freedonia-Sylvania Harbour Dialogue.",
      "The dialogue built on the inaugural meeting.",
      "The second harbour dialogue ended with a joint statement.",
  });
  const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
  CHECK(count_type(table, "meeting") == 2);
  const auto* second = find(table, "meeting:freedonia-sylvania-harbour-dialogue-2");
  REQUIRE(second != nullptr);
  CHECK(second->mentions == 3);
  CHECK(find(table, "meeting:freedonia-sylvania-harbour-dialogue-1") != nullptr);
}

TEST_CASE("'we' in a speaker's turn is the speaker's state; 'they' in a statement the latest makers") {
  const Fixture fixture;
  using Makers = std::vector<std::string>;
  const auto commitments_of = [&](const parley::Document& document) {
    const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
    std::vector<std::pair<std::string, Makers>> out;
    for (const auto& entity : table.entities) {
      if (entity.type != "commitment" || entity.mentions == 0) continue;
      Makers makers;
      for (auto maker : entity.makers) makers.push_back(table.entities[maker].id);
      out.emplace_back(entity.label, makers);
    }
    return out;
  };
  const auto spoken = commitments_of(make_document({
      "PRIME MINISTER FIREFLY: We will expand grain exports to Sylvania.",
      "Q: Will you lift tariffs?",
      "PRIME MINISTER FIREFLY: Sylvania and Freedonia pledged to open two border crossings.",
      "They will be glad to hear it.",
  }, "2031-05-04"));
  REQUIRE(spoken.size() == 2);
  CHECK(spoken[0] == std::make_pair(std::string("expand grain exports to Sylvania"), Makers{"actor:freedonia"}));
  CHECK(spoken[1].second == Makers{"actor:freedonia", "actor:sylvania"});
  const auto written = commitments_of(make_document({
      "Sylvania and Freedonia pledged to open two border crossings.",
      "They will also review customs rules next year.",
  }));
  REQUIRE(written.size() == 2);
  CHECK(written[1] == std::make_pair(std::string("review customs rules next year"), Makers{"actor:freedonia", "actor:sylvania"}));
}

TEST_CASE("a title alone resolves through the KB role held on the document's date") {
  const Fixture fixture;
  const struct {
    const char* date;
    bool resolved;
  } cases[] = {{"2031-01-01", true}, {"2019-06-01", false}};
  for (const auto& c : cases) {
    CAPTURE(c.date);
    const auto document = make_document({"The Prime Minister arrived in Sylvan City."}, c.date);
    const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
    CHECK((find(table, "actor:rufus-t-firefly") != nullptr) == c.resolved);
  }
}

TEST_CASE("'the dialogue in X' after a named dialogue is that dialogue, with its place") {
  const Fixture fixture;
  const auto document = make_document({
      "Freedonia and Sylvania opened the Third Harbour Dialogue.",
      "The dialogue in Fredville lasted two days.",
  });
  const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
  CHECK(count_type(table, "meeting") == 1);
  const auto* dialogue = find(table, "meeting:harbour-dialogue-3");
  REQUIRE(dialogue != nullptr);
  CHECK(dialogue->location == "Fredville");
}

TEST_CASE("the briefing itself is a meeting, placed by its title or by 'here at'") {
  const Fixture fixture;
  struct Case {
    const char* title;
    const char* line;
    const char* location;
  };
  const Case cases[] = {
      {"", "AMBASSADOR ROE: Good afternoon to all of you here at 12 Harbour Street today.", "12 Harbour Street"},
      {"Press Roundtable in Sylvan City, Sylvania", "AMBASSADOR ROE: Good morning.", "Sylvan City, Sylvania"},
      {"", "AMBASSADOR ROE: Good morning.", ""},
  };
  for (const auto& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    auto document = make_document({c.line}, "2031-05-04");
    document.title = c.title;
    const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
    REQUIRE(table.briefing != parley::entities::kNone);
    CHECK(table.entities[table.briefing].location == std::string(c.location));
    CHECK(table.entities[table.briefing].date == "2031-05-04");
  }
}

TEST_CASE("a name inside a titled mention of the same person is one mention, and a sentence's mentions are in text order") {
  const Fixture fixture;
  const auto document = make_document({
      "Yesterday Prime Minister Rufus T. Firefly met Foreign Minister Olga Petrova in Fredville.",
      "Rufus Firefly and Petrova agreed.",
  });
  const EntityTable table = parley::entities::resolve_entities(document, fixture.state.context);
  const auto* firefly = find(table, "actor:rufus-t-firefly");
  REQUIRE(firefly != nullptr);
  CHECK(firefly->mentions == 2);  // once per sentence: the nested name is not counted again
  bool nested_in_text = false;
  for (const auto& sentence : table.sentences) {
    for (std::size_t a = 0; a < sentence.size(); ++a) {
      const auto& inner = *sentence[a].mention;
      if (a > 0) CHECK(sentence[a - 1].mention->first <= inner.first);
      for (std::size_t b = 0; b < sentence.size(); ++b) {
        const auto& outer = *sentence[b].mention;
        if (a == b || inner.type != outer.type || inner.first < outer.first || outer.last < inner.last) continue;
        nested_in_text = true;  // a same-type mention within another made it to the table
      }
    }
  }
  CHECK_FALSE(nested_in_text);
}
