// The extractor end to end on a hand-built document: nodes, ids, support and provenance.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;
using parley::testing::make_document;

TEST_CASE("extract_graph builds nodes with ids, support, evidence and rule") {
  const Fixture fixture;
  const auto document = make_document({
      "Freedonia and Sylvania held the Third Harbour Dialogue in Fredville.",
      "Freedonia pledged to expand port inspections.",
  }, "2031-05-04");
  const parley::Graph graph = parley::extract_graph(fixture.state, document);
  CHECK(graph.info.source == "test.txt");
  CHECK(graph.info.date == "2031-05-04");
  struct Case {
    const char* id;
    const char* type;
    long mentions;
    std::size_t sentence;  // of the evidence
  };
  const Case cases[] = {
      {"actor:freedonia", "actor", 2, 0},
      {"actor:sylvania", "actor", 1, 0},
      {"meeting:harbour-dialogue-3", "meeting", 1, 0},
      {"commitment:freedonia-expand-inspections-port", "commitment", 1, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.id);
    const parley::NodeData* node = graph.find_node(c.id);
    REQUIRE(node != nullptr);
    CHECK(node->type == c.type);
    CHECK(node->mentions() == c.mentions);
    CHECK(!node->rule.empty());
    const auto& sentence = document.sentences[c.sentence];
    CHECK(node->evidence.source == "test.txt");
    CHECK(node->evidence.start == sentence.span.begin);
    CHECK(document.text.substr(node->evidence.start, node->evidence.end - node->evidence.start) == sentence.text);
  }
  const parley::NodeData* meeting = graph.find_node("meeting:harbour-dialogue-3");
  REQUIRE(meeting != nullptr);
  CHECK(meeting->location == "Fredville");
  CHECK(meeting->label == "Third Harbour Dialogue");
}

TEST_CASE("a node's aliases are the surface forms used, sorted, each once") {
  const Fixture fixture;
  const auto document = make_document({
      "Fredville said the Freedonian position is firm.",
      "Freedonia protested, and Freedonia will not yield.",
      "Fredville repeated it.",
  });
  const parley::Graph graph = parley::extract_graph(fixture.state, document);
  const parley::NodeData* state = graph.find_node("actor:freedonia");
  REQUIRE(state != nullptr);
  CHECK(state->aliases == std::vector<std::string>{"Fredville", "Freedonia", "Freedonian"});
}
