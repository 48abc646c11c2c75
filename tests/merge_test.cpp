// Merging graphs: per-document support, first/last seen, series rounds, and the properties that
// make a corpus graph independent of input order and grouping.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

std::string graphml(const Graph& graph) {
  std::ostringstream out;
  make_writer(Format::graphml)->write(graph, out);
  return out.str();
}

Graph merged(Graph into, const Graph& from) {
  merge_graph(into, from);
  return into;
}

NodeData node(const std::string& id, const std::string& document, long mentions, const std::string& label = "X") {
  NodeData n;
  n.id = id;
  n.type = id.substr(0, id.find(':'));
  n.label = label;
  n.support[document] = mentions;
  return n;
}

EdgeData edge(const std::string& type, const std::string& document, double sentences) {
  EdgeData e;
  e.type = type;
  e.support[document] = sentences;
  return e;
}

Graph two_node_document(const std::string& document, const std::string& date, double sentences) {
  Graph g;
  g.info = {document, "T", date};
  g.add_node(node("actor:a", document, 1));
  g.add_node(node("meeting:m-1", document, 1));
  g.add_edge("actor:a", "meeting:m-1", edge("participates_in", document, sentences));
  return g;
}

}  // namespace

TEST_CASE("merge is commutative and associative, byte for byte") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    // Document names repeat on purpose: a document may reach the corpus through two graphs
    // (with its one date; d3 has none).
    const std::vector<std::pair<std::string, std::string>> documents = {
        {"d1.txt", "2023-07-05"}, {"d2.txt", "2024-01"}, {"d3.txt", ""}, {"d1.txt", "2023-07-05"}};
    auto document = [&] {
      const auto& [name, date] = random.pick(documents);
      return random.document(name, date);
    };
    Graph a = document();
    Graph b = document();
    Graph c = document();
    const Graph empty;

    const std::string reference = graphml(merged(merged(merged(empty, a), b), c));
    CHECK(graphml(merged(merged(merged(empty, b), a), c)) == reference);
    CHECK(graphml(merged(merged(merged(empty, c), b), a)) == reference);
    CHECK(graphml(merged(merged(merged(empty, b), c), a)) == reference);
    CHECK(graphml(merged(merged(a, b), c)) == reference);
    CHECK(graphml(merged(a, merged(b, c))) == reference);
    CHECK(graphml(merged(merged(c, a), b)) == reference);
    CHECK(graphml(merged(c, merged(merged(empty, b), a))) == reference);
  }
}

TEST_CASE("merging a graph that already holds a document does not count it twice") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    Graph a = random.document("d1.txt", "2023-07-05");
    Graph b = random.document("d2.txt", "2023-07-06");
    const Graph ab = merged(a, b);
    CHECK(graphml(merged(ab, a)) == graphml(ab));
    CHECK(graphml(merged(ab, ab)) == graphml(ab));
  }
}

TEST_CASE("edges sum weight and count documents over distinct documents") {
  struct Case {
    std::vector<std::pair<std::string, double>> documents;  // merged in this order
    double weight;
    long documents_count;
  };
  const Case cases[] = {
      {{{"d1", 2}}, 2, 1},
      {{{"d1", 2}, {"d2", 3}}, 5, 2},
      {{{"d1", 2}, {"d2", 3}, {"d1", 2}}, 5, 2},
      {{{"d1", 2}, {"d1", 4}}, 4, 1},  // the same document seen twice: the larger support stands
  };
  for (const auto& c : cases) {
    Graph corpus;
    for (const auto& [name, sentences] : c.documents) merge_graph(corpus, two_node_document(name, "", sentences));
    const EdgeData* e = corpus.find_edge("participates_in", "actor:a", "meeting:m-1");
    REQUIRE(e != nullptr);
    CHECK(e->weight() == c.weight);
    CHECK(e->documents() == c.documents_count);
  }
}

TEST_CASE("first_seen and last_seen come from the documents' dates") {
  struct Case {
    std::vector<std::pair<std::string, std::string>> documents;  // name, date
    std::string first_seen;
    std::string last_seen;
  };
  const Case cases[] = {
      {{{"d1", "2023-07-05"}}, "2023-07-05", "2023-07-05"},
      {{{"d2", "2024-01-15"}, {"d1", "2023-07-05"}}, "2023-07-05", "2024-01-15"},
      {{{"d1", "2023-07-05"}, {"d2", ""}, {"d3", "2023-09"}}, "2023-07-05", "2023-09"},
      {{{"d1", ""}}, "", ""},
  };
  for (const auto& c : cases) {
    Graph corpus;
    for (const auto& [name, date] : c.documents) merge_graph(corpus, two_node_document(name, date, 1));
    const NodeData* a = corpus.find_node("actor:a");
    REQUIRE(a != nullptr);
    auto value = [&](const char* key) {
      auto found = a->attributes.find(key);
      return found == a->attributes.end() ? std::string() : found->second;
    };
    CHECK(value("first_seen") == c.first_seen);
    CHECK(value("last_seen") == c.last_seen);
  }
}

TEST_CASE("rounds of a series are linked across documents, dated meetings are not") {
  struct Case {
    std::vector<std::string> meetings;  // one document each
    std::vector<std::pair<std::string, std::string>> follows;
  };
  const Case cases[] = {
      {{"meeting:talks-1", "meeting:talks-2", "meeting:talks-3"},
       {{"meeting:talks-2", "meeting:talks-1"}, {"meeting:talks-3", "meeting:talks-2"}}},
      {{"meeting:talks-1", "meeting:talks-3"}, {}},
      {{"meeting:eu-japan-dialogue-9", "meeting:eu-japan-dialogue-10"},
       {{"meeting:eu-japan-dialogue-10", "meeting:eu-japan-dialogue-9"}}},
      {{"meeting:call-2023-12-03", "meeting:call-2023-12-04"}, {}},
      {{"meeting:visit-2023-06", "meeting:visit-2023-07"}, {}},
      {{"meeting:summit-2022", "meeting:summit-2023"}, {}},
      {{"meeting:talks-01", "meeting:talks-02"}, {}},
      {{"actor:talks-1", "actor:talks-2"}, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.meetings.front());
    Graph corpus;
    for (std::size_t i = 0; i < c.meetings.size(); ++i) {
      Graph document;
      document.info = {"d" + std::to_string(i), "", ""};
      document.add_node(node(c.meetings[i], document.info.source, 1));
      merge_graph(corpus, document);
    }
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto& e : corpus.sorted_edges()) {
      CHECK(e.data().type == "follows");
      CHECK(e.data().rule == "merge:series-round");
      found.emplace_back(e.source().id, e.target().id);
    }
    auto expected = c.follows;
    std::sort(expected.begin(), expected.end());
    std::sort(found.begin(), found.end());
    CHECK(found == expected);
  }
}

TEST_CASE("the graph info of a merge names its documents") {
  struct Case {
    std::vector<std::string> documents;
    std::string source;
    std::string title;
  };
  const Case cases[] = {
      {{"b.txt"}, "b.txt", "T"},
      {{"b.txt", "b.txt"}, "b.txt", "T"},
      {{"b.txt", "a.txt"}, "a.txt | b.txt", "Merged graph"},
  };
  for (const auto& c : cases) {
    Graph corpus;
    for (const auto& name : c.documents) merge_graph(corpus, two_node_document(name, "2023-01-01", 1));
    CHECK(corpus.info.source == c.source);
    CHECK(corpus.info.title == c.title);
  }
}

TEST_CASE("conflicting values resolve by the documented rules whatever the order") {
  NodeData first = node("meeting:talks-2", "d1", 1, "Talks");
  first.date = "2024-05-08";
  first.evidence = {"Later sentence.", "d1", 40, 60};
  NodeData second = node("meeting:talks-2", "d2", 1, "Second Talks");
  second.date = "2024-05";
  second.evidence = {"Earlier sentence.", "d1", 10, 20};
  for (bool reversed : {false, true}) {
    Graph g1, g2;
    g1.add_node(reversed ? second : first);
    g2.add_node(reversed ? first : second);
    merge_graph(g1, g2);
    const NodeData* m = g1.find_node("meeting:talks-2");
    REQUIRE(m != nullptr);
    CHECK(m->label == "Second Talks");           // the longest
    CHECK(m->date == "2024-05-08");              // the most specific
    CHECK(m->evidence.text == "Earlier sentence.");  // the first by position
    CHECK(m->mentions() == 2);
  }
}

TEST_CASE("a GraphMerger that takes its graphs over gives the bytes of one that copies them") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    // The first graph is taken over whole (stamped in place); later ones have their elements moved in.
    const std::vector<std::pair<std::string, std::string>> documents = {
        {"d1.txt", "2023-07-05"}, {"d2.txt", ""}, {"d1.txt", "2023-07-05"}, {"d3.txt", "2024-01"}};
    std::vector<Graph> graphs;
    for (const auto& [name, date] : documents) graphs.push_back(random.document(name, date));
    for (std::size_t count = 1; count <= graphs.size(); ++count) {
      CAPTURE(count);
      GraphMerger copying;
      GraphMerger taking;
      for (std::size_t i = 0; i < count; ++i) {
        copying.add(graphs[i]);
        taking.add(Graph(graphs[i]));
      }
      CHECK(graphml(taking.finish()) == graphml(copying.finish()));
    }
  }
}
