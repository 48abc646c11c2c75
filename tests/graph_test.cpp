// Unit tests of the graph model: lookup by id, one edge per (type, source, target), the
// combining rules, and their independence from order.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <latch>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "parley/error.hpp"
#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"

using parley::EdgeData;
using parley::Graph;
using parley::NodeData;

namespace {

NodeData node(const std::string& id, const std::string& label, const std::string& source, long mentions,
              std::size_t start = 0) {
  NodeData n;
  n.id = id;
  n.type = id.substr(0, id.find(':'));
  n.label = label;
  n.aliases = {label};
  n.support[source] = mentions;
  n.evidence = {label + " in " + source, source, start, start + 10};
  n.rule = "test";
  return n;
}

EdgeData edge(const std::string& type, const std::string& source, double sentences, std::size_t start = 0) {
  EdgeData e;
  e.type = type;
  e.support[source] = sentences;
  e.evidence = {"sentence of " + source, source, start, start + 5};
  e.rule = "test";
  return e;
}

std::string graphml(const Graph& graph) {
  std::ostringstream out;
  parley::make_writer(parley::Format::graphml)->write(graph, out);
  return out.str();
}

}  // namespace

TEST_CASE("nodes are found by id and combined, not duplicated") {
  Graph g;
  g.add_node(node("actor:canada", "Canada", "a.txt", 1));
  g.add_node(node("actor:canada", "Canada", "a.txt", 2));
  g.add_node(node("actor:japan", "Japan", "a.txt", 1));
  CHECK(g.node_count() == 2);
  REQUIRE(g.find_node("actor:canada") != nullptr);
  CHECK(g.find_node("actor:canada")->mentions() == 3);
  CHECK(g.find_node("actor:nowhere") == nullptr);
}

TEST_CASE("a node filled in place is the node added, new or combined") {
  // Table: (id, label, source, mentions), added both ways; the second canada combines.
  struct Row {
    const char* id;
    const char* label;
    const char* source;
    long mentions;
  };
  const std::vector<Row> rows = {{"actor:canada", "Canada", "a.txt", 1},
                                 {"actor:japan", "Japan", "a.txt", 2},
                                 {"actor:canada", "Ottawa", "b.txt", 4}};
  Graph added, filled;
  for (const Row& row : rows) {
    NodeData made = node(row.id, row.label, row.source, row.mentions);
    made.aliases = {"z", row.label, row.label};  // unsorted, repeated: both ways sort them
    added.add_node(made);
    NodeData& stored = filled.add_node_filled(row.id, [&](NodeData& into) {
      CHECK(into.id == row.id);  // the id is set, the rest is empty
      CHECK(into.label.empty());
      NodeData copy = made;
      copy.id = into.id;
      into = std::move(copy);
    });
    CHECK(stored.id == row.id);
  }
  CHECK(filled.node_count() == 2);
  REQUIRE(filled.find_node("actor:canada") != nullptr);
  CHECK(filled.find_node("actor:canada")->mentions() == 5);
  CHECK(filled.find_node("actor:canada")->aliases == std::vector<std::string>{"Canada", "Ottawa", "z"});
  CHECK(graphml(filled) == graphml(added));
}

TEST_CASE("thousands of nodes are found by id through the id index's growth, copies and moves") {
  Graph g;
  constexpr int kNodes = 3000;
  const auto id = [](int i) { return "actor:" + std::string(static_cast<std::size_t>(i % 7), 'x') + std::to_string(i); };
  for (int i = 0; i < kNodes; ++i) g.add_node(node(id(i), "N" + std::to_string(i), "a.txt", 1));
  for (int i = 0; i < kNodes; i += 3) g.add_node(node(id(i), "N" + std::to_string(i), "a.txt", 1));  // combined
  REQUIRE(g.node_count() == static_cast<std::size_t>(kNodes));
  const auto check = [&](const Graph& graph) {
    for (int i = 0; i < kNodes; ++i) {
      const NodeData* n = graph.find_node(id(i));
      REQUIRE(n != nullptr);
      CHECK(n->label == "N" + std::to_string(i));
      CHECK(n->mentions() == (i % 3 == 0 ? 2 : 1));
      CHECK(graph.vertex_of(id(i)).has_value());
    }
    CHECK(graph.find_node("actor:nowhere") == nullptr);
    CHECK(graph.find_node(id(kNodes)) == nullptr);
    CHECK(!graph.vertex_of("actor:").has_value());
  };
  check(g);
  const Graph copy = g;
  check(copy);
  Graph moved = std::move(g);
  check(moved);
  CHECK(g.find_node(id(0)) == nullptr);  // NOLINT(bugprone-use-after-move): a moved-from graph is empty
}

TEST_CASE("one edge per (type, source, target): weight sums within a document") {
  Graph g;
  g.add_node(node("actor:canada", "Canada", "a.txt", 1));
  g.add_node(node("meeting:summit-1", "Summit", "a.txt", 1));
  g.add_edge("actor:canada", "meeting:summit-1", edge("participates_in", "a.txt", 1, 40));
  g.add_edge("actor:canada", "meeting:summit-1", edge("participates_in", "a.txt", 1, 10));
  g.add_edge("actor:canada", "meeting:summit-1", edge("discussed", "a.txt", 1));
  CHECK(g.edge_count() == 2);
  const EdgeData* e = g.find_edge("participates_in", "actor:canada", "meeting:summit-1");
  REQUIRE(e != nullptr);
  CHECK(e->weight() == 2.0);
  CHECK(e->documents() == 1);
  CHECK(e->evidence.start == 10);  // the first evidence in document order wins
}

TEST_CASE("merging counts a document once and sums over distinct documents") {
  Graph g;
  g.merge_node(node("actor:canada", "Canada", "a.txt", 2));
  g.merge_node(node("actor:japan", "Japan", "a.txt", 1));
  g.merge_edge("actor:canada", "actor:japan", edge("member_of", "a.txt", 2));
  g.merge_edge("actor:canada", "actor:japan", edge("member_of", "a.txt", 2));  // the same document again
  g.merge_edge("actor:canada", "actor:japan", edge("member_of", "b.txt", 1));
  const EdgeData* e = g.find_edge("member_of", "actor:canada", "actor:japan");
  REQUIRE(e != nullptr);
  CHECK(e->weight() == 3.0);
  CHECK(e->documents() == 2);
  CHECK(e->sources() == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("symmetric edges are stored from the smaller id to the larger") {
  Graph g;
  g.add_node(node("actor:b-person", "B", "a.txt", 1));
  g.add_node(node("actor:a-person", "A", "a.txt", 1));
  g.add_edge("actor:b-person", "actor:a-person", edge("counterpart_of", "a.txt", 1));
  g.add_edge("actor:a-person", "actor:b-person", edge("counterpart_of", "a.txt", 1));
  CHECK(g.edge_count() == 1);
  auto edges = g.sorted_edges();
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].source().id == "actor:a-person");
  CHECK(edges[0].data().weight() == 2.0);
  CHECK(g.find_edge("counterpart_of", "actor:b-person", "actor:a-person") != nullptr);
}

TEST_CASE("edges added between vertices, or made in place, are the edges added between ids") {
  // The same edges, symmetric and not, repeated and in both directions, through either call:
  // the written graphs must be the same bytes.
  struct Step {
    const char* type;
    const char* from;
    const char* to;
    std::size_t start;
  };
  const std::vector<Step> steps = {
      {"counterpart_of", "actor:b-person", "actor:a-person", 30}, {"counterpart_of", "actor:a-person", "actor:b-person", 10},
      {"participates_in", "actor:a-person", "meeting:talks", 5},  {"participates_in", "actor:a-person", "meeting:talks", 1},
      {"deals_with", "meeting:talks", "actor:a-person", 7},       {"member_of", "actor:b-person", "actor:a-person", 2},
  };
  Graph by_id;
  Graph by_vertex;
  Graph made;  // through add_edge_made
  Graph made_by_code;  // through add_edge_made with the type's code
  for (Graph* g : {&by_id, &by_vertex, &made, &made_by_code}) {
    g->add_node(node("actor:b-person", "B", "a.txt", 1));
    g->add_node(node("actor:a-person", "A", "a.txt", 1));
    g->add_node(node("meeting:talks", "Talks", "a.txt", 1));
  }
  for (const Step& step : steps) {
    by_id.add_edge(step.from, step.to, edge(step.type, "a.txt", 1, step.start));
    const auto from = by_vertex.vertex_of(step.from);
    const auto to = by_vertex.vertex_of(step.to);
    REQUIRE(from.has_value());
    REQUIRE(to.has_value());
    by_vertex.add_edge(*from, *to, edge(step.type, "a.txt", 1, step.start));
    int calls = 0;  // made once, whether the edge is new or combined with one there
    made.add_edge_made(*from, *to, step.type, [&] {
      ++calls;
      return edge(step.type, "a.txt", 1, step.start);
    });
    CHECK(calls == 1);
    const Graph::EdgeTypeCode code = made_by_code.edge_type_code(step.type);
    CHECK(made_by_code.edge_type_code(step.type).value == code.value);  // one code per type
    made_by_code.add_edge_made(*from, *to, code, [&] { return edge(step.type, "a.txt", 1, step.start); });
  }
  CHECK(by_vertex.edge_count() == 4);
  CHECK(graphml(by_vertex) == graphml(by_id));
  CHECK(graphml(made) == graphml(by_id));
  CHECK(graphml(made_by_code) == graphml(by_id));
  CHECK(made_by_code.edge_type_code("member_of").value != made_by_code.edge_type_code("deals_with").value);
  CHECK_THROWS_AS(made_by_code.edge_type_code(""), parley::Error);
  CHECK_THROWS_AS(made_by_code.add_edge_made(Graph::Vertex{0}, Graph::Vertex{1}, Graph::EdgeTypeCode{99},
                                             [] { return edge("member_of", "a.txt", 1); }),
                  parley::Error);
  CHECK_THROWS_AS(made.add_edge_made(Graph::Vertex{3}, Graph::Vertex{0}, "member_of", [] { return edge("member_of", "a.txt", 1); }),
                  parley::Error);
  CHECK_FALSE(by_vertex.vertex_of("actor:nobody").has_value());
  CHECK_THROWS_AS(by_vertex.add_edge(Graph::Vertex{3}, Graph::Vertex{0}, edge("member_of", "a.txt", 1)), parley::Error);
}

TEST_CASE("edges added new are found before and after the edge index takes them in") {
  // add_new_edge_made leaves its edges out of the edge index until a look-up or an add_edge
  // needs it: find_edge must find them, copies must keep them, and an add_edge afterwards must
  // combine with them rather than add a second edge.
  struct Step {
    const char* type;
    const char* from;
    const char* to;
  };
  const std::vector<Step> steps = {
      {"member_of", "actor:a", "actor:b"},
      {"counterpart_of", "actor:c", "actor:a"},  // symmetric: stored from the smaller id
      {"member_of", "actor:b", "actor:a"},
      {"participates_in", "actor:a", "meeting:m"},
  };
  Graph added_new;
  Graph by_id;
  for (Graph* g : {&added_new, &by_id}) {
    for (const char* id : {"actor:a", "actor:b", "actor:c", "meeting:m"}) g->add_node(node(id, id, "a.txt", 1));
  }
  for (const Step& step : steps) {
    const Graph::EdgeTypeCode code = added_new.edge_type_code(step.type);
    added_new.add_new_edge_made(*added_new.vertex_of(step.from), *added_new.vertex_of(step.to), code,
                                [&] { return edge(step.type, "a.txt", 1); });
    by_id.add_edge(step.from, step.to, edge(step.type, "a.txt", 1));
  }
  CHECK(graphml(added_new) == graphml(by_id));
  const Graph copy = added_new;
  for (const Graph* g : {static_cast<const Graph*>(&added_new), &copy}) {
    for (const Step& step : steps) {
      REQUIRE(g->find_edge(step.type, step.from, step.to) != nullptr);
      CHECK(g->find_edge(step.type, step.from, step.to)->weight() == 1.0);
    }
    CHECK(g->find_edge("counterpart_of", "actor:a", "actor:c") != nullptr);  // either order
    CHECK(g->find_edge("member_of", "actor:a", "actor:c") == nullptr);
    CHECK(g->find_edge("participates_in", "meeting:m", "actor:a") == nullptr);
  }
  // Indexed by the next add_edge, which combines with the edge added new.
  for (Graph* g : {&added_new, &by_id}) g->add_edge("actor:b", "actor:a", edge("member_of", "b.txt", 2));
  CHECK(added_new.edge_count() == steps.size());
  CHECK(added_new.find_edge("member_of", "actor:b", "actor:a")->weight() == 3.0);
  CHECK(graphml(added_new) == graphml(by_id));
  // An edge added as new that was there already is an internal error when the index takes it in.
  Graph twice;
  for (const char* id : {"actor:a", "actor:b"}) twice.add_node(node(id, id, "a.txt", 1));
  const Graph::EdgeTypeCode member_of = twice.edge_type_code("member_of");
  for (int i = 0; i < 2; ++i) twice.add_new_edge_made(0, 1, member_of, [] { return edge("member_of", "a.txt", 1); });
  CHECK_THROWS_AS(twice.add_edge("actor:a", "actor:b", edge("member_of", "a.txt", 1)), parley::Error);
  CHECK_THROWS_AS(twice.add_new_edge_made(0, 5, member_of, [] { return edge("member_of", "a.txt", 1); }), parley::Error);
  CHECK_THROWS_AS(twice.add_new_edge_made(0, 1, Graph::EdgeTypeCode{7}, [] { return edge("member_of", "a.txt", 1); }),
                  parley::Error);
}

TEST_CASE("nodes added new are found before and after the id index takes them in") {
  // add_new_node_filled leaves its nodes out of the id index until a look-up or an add needs it:
  // const look-ups must find them, and a later add_node must combine with them.
  const std::vector<std::string> ids = {"actor:b", "meeting:m", "actor:a"};
  Graph added_new;
  Graph by_add;
  added_new.reserve(8, 0);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Graph::Vertex v = added_new.add_new_node_filled(ids[i], [&](NodeData& n) {
      NodeData made = node(ids[i], ids[i], "a.txt", 1);
      made.id.clear();  // fill sets every field but the id
      n = std::move(made);
      n.id = ids[i];
    });
    CHECK(v == i);
    by_add.add_node(node(ids[i], ids[i], "a.txt", 1));
  }
  CHECK(graphml(added_new) == graphml(by_add));
  const Graph copy = added_new;
  for (const Graph* g : {static_cast<const Graph*>(&added_new), &copy}) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      REQUIRE(g->find_node(ids[i]) != nullptr);
      CHECK(g->find_node(ids[i])->label == ids[i]);
      CHECK(g->vertex_of(ids[i]) == std::optional<Graph::Vertex>(i));
    }
    CHECK(g->find_node("actor:c") == nullptr);
    CHECK_FALSE(g->vertex_of("actor:c").has_value());
  }
  // Edges by id find them; a later add_node combines with them.
  for (Graph* g : {&added_new, &by_add}) {
    g->add_edge("actor:a", "meeting:m", edge("participates_in", "a.txt", 1));
    g->add_node(node("actor:b", "B", "b.txt", 2));
  }
  CHECK(added_new.node_count() == ids.size());
  CHECK(added_new.find_node("actor:b")->mentions() == 3);
  CHECK(graphml(added_new) == graphml(by_add));
  // An id added as new that was there already is an internal error when the index takes it in.
  Graph twice;
  for (int i = 0; i < 2; ++i) twice.add_new_node_filled("actor:a", [](NodeData& n) { n.type = "actor"; });
  CHECK_THROWS_AS(twice.add_node(node("actor:b", "B", "a.txt", 1)), parley::Error);
  CHECK_THROWS_AS(twice.add_new_node_filled("", [](NodeData&) {}), parley::Error);
}

TEST_CASE("const look-ups on several threads at once find what was added new, and only that") {
  // The first const look-up takes the elements added new into the indexes; look-ups on other
  // threads meanwhile must wait for it and then answer from the indexes (the sanitizer build
  // runs this under ASan and UBSan).
  constexpr std::size_t kNodes = 64;
  Graph graph;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < kNodes; ++i) {
    ids.push_back("actor:" + std::to_string(i));
    graph.add_new_node_filled(ids.back(), [&](NodeData& n) { n.label = ids.back(); });
  }
  const Graph::EdgeTypeCode member_of = graph.edge_type_code("member_of");
  for (std::size_t i = 0; i + 1 < kNodes; ++i) {
    graph.add_new_edge_made(i, i + 1, member_of, [] { return edge("member_of", "a.txt", 1); });
  }
  const Graph& shared = graph;
  constexpr std::size_t kThreads = 4;
  std::vector<std::size_t> wrong(kThreads, 0);  // wrong answers, per thread: doctest checks on this one
  std::latch start(kThreads);
  {
    std::vector<std::jthread> readers;
    for (std::size_t t = 0; t < kThreads; ++t) {
      readers.emplace_back([&, t] {
        start.arrive_and_wait();  // all at once, to race for the first look-up
        for (std::size_t k = 0; k < kNodes; ++k) {
          const std::size_t i = (k + t * kNodes / kThreads) % kNodes;  // each thread from elsewhere
          const NodeData* found = shared.find_node(ids[i]);
          if (found == nullptr || found->label != ids[i]) ++wrong[t];
          if (shared.vertex_of(ids[i]) != std::optional<Graph::Vertex>(i)) ++wrong[t];
          const bool has_next = i + 1 < kNodes;
          if ((shared.find_edge("member_of", ids[i], ids[(i + 1) % kNodes]) != nullptr) != has_next) ++wrong[t];
          if (shared.find_edge("member_of", ids[(i + 1) % kNodes], ids[i]) != nullptr) ++wrong[t];
        }
        if (shared.find_node("actor:none") != nullptr || shared.vertex_of("actor:none").has_value()) ++wrong[t];
        if (shared.find_edge("deals_with", ids[0], ids[1]) != nullptr) ++wrong[t];
      });
    }
  }
  for (std::size_t t = 0; t < kThreads; ++t) CHECK(wrong[t] == 0);
}

TEST_CASE("room reserved at a vertex changes no edge, and a vertex out of range is ignored") {
  Graph reserved;
  Graph plain;
  for (Graph* g : {&reserved, &plain}) {
    g->add_node(node("actor:a", "A", "a.txt", 1));
    g->add_node(node("actor:b", "B", "a.txt", 1));
  }
  reserved.reserve_edges_at(0, 2, 0);
  reserved.reserve_edges_at(1, 0, 2);
  reserved.reserve_edges_at(7, 1, 1);  // no such vertex
  for (Graph* g : {&reserved, &plain}) {
    g->add_edge("actor:a", "actor:b", edge("member_of", "a.txt", 1));
    g->add_edge("actor:a", "actor:b", edge("counterpart_of", "a.txt", 1));
    g->add_edge("actor:b", "actor:a", edge("member_of", "a.txt", 1));
  }
  CHECK(reserved.edge_count() == 3);
  CHECK(graphml(reserved) == graphml(plain));
}

TEST_CASE("edges past the first chunk of edge data keep their data through adds, copies and moves") {
  // Edge data is kept in chunks of 4 096: 10 000 edges fill two and start a third, and every
  // edge must still be found with its own data, combined in place when added again.
  Graph g;
  constexpr int kNodes = 100;
  for (int i = 0; i < kNodes; ++i) g.add_node(node("actor:n" + std::to_string(i), "N", "a.txt", 1));
  g.reserve(kNodes, 10);  // room in the first chunk only: the rest grow past it
  const auto id = [](int i) { return "actor:n" + std::to_string(i); };
  for (int i = 0; i < 10000; ++i) g.add_edge(id(i % kNodes), id(i / kNodes), edge("member_of", "a.txt", 1, i));
  g.add_edge(id(9999 % kNodes), id(9999 / kNodes), edge("member_of", "a.txt", 2));  // the last edge again
  g.add_edge(id(0), id(0), edge("member_of", "a.txt", 3));                          // the first edge again
  REQUIRE(g.edge_count() == 10000);
  const auto check = [&](const Graph& graph) {
    for (int i : {1, 4095, 4096, 4097, 8191, 8192, 9998}) {
      const EdgeData* e = graph.find_edge("member_of", id(i % kNodes), id(i / kNodes));
      REQUIRE(e != nullptr);
      CHECK(e->evidence.start == static_cast<std::size_t>(i));
      CHECK(e->weight() == 1.0);
    }
    CHECK(graph.find_edge("member_of", id(99), id(99))->weight() == 3.0);
    CHECK(graph.find_edge("member_of", id(0), id(0))->weight() == 4.0);
    CHECK(graph.sorted_edges().size() == 10000);
  };
  check(g);
  const Graph copy = g;
  check(copy);
  Graph moved = std::move(g);
  check(moved);
  CHECK(g.edge_count() == 0);  // NOLINT(bugprone-use-after-move): a moved-from graph is empty
}

TEST_CASE("a graph gives back every reference to its elements' texts, however it goes") {
  const parley::SharedString source("briefings/2024-06-05-readout.txt"), other_source("briefings/other.txt");
  const parley::SharedString sentence("The talks took place.");
  const auto id = [](int i) { return "actor:n" + std::to_string(i); };
  // Each element holds the source twice (evidence, support) and the sentence once; edges past
  // the first chunk of edge data.
  const auto node_graph_of_another_document = [] {
    Graph g;
    g.add_node(node("actor:elsewhere", "Elsewhere", "briefings/third.txt", 1));
    return g;
  };
  const auto fill = [&](Graph& g, int nodes) {
    for (int i = 0; i < nodes; ++i) {
      NodeData n;
      n.id = id(i);
      n.type = "actor";
      n.evidence = {sentence, source, 0, 5};
      n.support.try_emplace(source, 1);
      g.add_node(std::move(n));
    }
    for (int i = 1; i < nodes; ++i) {
      EdgeData e;
      e.type = "member_of";
      e.evidence = {sentence, source, 0, 5};
      e.support.try_emplace(source, 1.0);
      g.add_edge(id(i - 1), id(i), std::move(e));
    }
  };
  {
    Graph g;
    fill(g, 5000);
    const std::size_t elements = 5000 + 4999;
    CHECK(source.use_count() == 1 + 2 * elements);
    CHECK(sentence.use_count() == 1 + elements);
    NodeData from_other = node(id(0), "N", "briefings/other.txt", 1);
    from_other.support.clear();
    from_other.support.try_emplace(other_source, 1);  // a second entry: a map
    g.merge_node(from_other);
    CHECK(other_source.use_count() == 3);

    Graph assigned;
    fill(assigned, 10);
    assigned = std::move(g);  // its own elements go
    CHECK(source.use_count() == 1 + 2 * elements);
    CHECK(sentence.use_count() == 1 + elements);
    parley::GraphMerger merger;
    merger.add(node_graph_of_another_document());
    merger.add(std::move(assigned));  // drained into the merger's graph: moved, not copied
    CHECK(source.use_count() == 1 + 2 * elements);
    const Graph merged = merger.finish();
    CHECK(merged.node_count() == 5001);
  }
  CHECK(source.use_count() == 1);
  CHECK(other_source.use_count() == 1);
  CHECK(sentence.use_count() == 1);
}

TEST_CASE("the edge index tells edges apart by type and direction as it grows") {
  // Many edges share ends with another type or the other direction; the index grows from empty
  // through several doublings and must find each edge added, and none that was not.
  Graph g;
  constexpr int kNodes = 60;
  const auto id = [](int i) { return "actor:n" + std::to_string(i); };
  for (int i = 0; i < kNodes; ++i) g.add_node(node(id(i), "N", "a.txt", 1));
  const std::vector<std::string> types = {"member_of", "meets", "leads"};
  std::size_t added = 0;
  for (int a = 0; a < kNodes; ++a) {
    for (int b = 0; b < a; ++b, ++added) g.add_edge(id(a), id(b), edge(types[(a + b) % 3], "a.txt", 1, a * 100 + b));
  }
  REQUIRE(g.edge_count() == added);
  const auto check = [&](const Graph& graph) {
    for (int a = 0; a < kNodes; ++a) {
      for (int b = 0; b < a; ++b) {
        for (int t = 0; t < 3; ++t) {
          const EdgeData* e = graph.find_edge(types[t], id(a), id(b));
          if (t != (a + b) % 3) {
            CHECK(e == nullptr);
            continue;
          }
          REQUIRE(e != nullptr);
          CHECK(e->evidence.start == static_cast<std::size_t>(a * 100 + b));
        }
        CHECK(graph.find_edge(types[(a + b) % 3], id(b), id(a)) == nullptr);
      }
    }
    CHECK(graph.find_edge("unknown_type", id(1), id(0)) == nullptr);
  };
  check(g);
  const Graph copy = g;
  check(copy);
}

TEST_CASE("edge types keep their codes and edges past the types looked at one by one") {
  // Forty types, more than the graph scans by name before it hashes them, asked in an order that
  // returns to earlier ones; a symmetric type among them stays symmetric.
  Graph g;
  g.add_node(node("actor:a", "A", "a.txt", 1));
  g.add_node(node("actor:b", "B", "a.txt", 1));
  std::vector<std::string> types;
  for (int t = 0; t < 40; ++t) types.push_back("type_" + std::to_string(t));
  types[25] = "counterpart_of";
  std::vector<std::uint32_t> codes;
  for (const std::string& type : types) codes.push_back(g.edge_type_code(type).value);
  for (int round = 0; round < 2; ++round) {
    for (std::size_t t = 0; t < types.size(); t += (round == 0 ? 1 : 7)) {
      CHECK(g.edge_type_code(types[t]).value == codes[t]);
      g.add_edge("actor:b", "actor:a", edge(types[t], "a.txt", 1));
    }
  }
  CHECK(g.edge_count() == types.size());
  for (std::size_t t = 0; t < types.size(); ++t) {
    const double weight = t % 7 == 0 ? 2.0 : 1.0;
    if (types[t] == "counterpart_of") {  // stored from the smaller id
      REQUIRE(g.find_edge(types[t], "actor:a", "actor:b") != nullptr);
      CHECK(g.find_edge(types[t], "actor:a", "actor:b")->weight() == weight);
      continue;
    }
    REQUIRE(g.find_edge(types[t], "actor:b", "actor:a") != nullptr);
    CHECK(g.find_edge(types[t], "actor:b", "actor:a")->weight() == weight);
    CHECK(g.find_edge(types[t], "actor:a", "actor:b") == nullptr);
  }
  CHECK(g.find_edge("type_40", "actor:b", "actor:a") == nullptr);
  const Graph copy = g;
  CHECK(copy.find_edge("type_39", "actor:b", "actor:a") != nullptr);
}

TEST_CASE("an edge to a missing node is an internal error") {
  Graph g;
  g.add_node(node("actor:canada", "Canada", "a.txt", 1));
  CHECK_THROWS_AS(g.add_edge("actor:canada", "actor:missing", edge("member_of", "a.txt", 1)), parley::Error);
}

TEST_CASE("combining rules pick values by a rule on the values, whatever the order") {
  struct Case {
    std::string field;
    std::string first, second, expected;
  };
  const Case cases[] = {
      {"label", "Antony Blinken", "Antony J. Blinken", "Antony J. Blinken"},  // the longest
      {"label", "Abc", "Abd", "Abc"},                                         // tie: byte order
      {"date", "2024-05", "2024-05-08", "2024-05-08"},                        // the most specific
      {"date", "2024-05-09", "2024-05-08", "2024-05-08"},                     // then the earliest
      {"location", "", "London", "London"},                                   // non-empty wins
  };
  for (const auto& c : cases) {
    CAPTURE(c.field);
    for (int order = 0; order < 2; ++order) {
      NodeData a = node("meeting:x-1", "X", "a.txt", 1);
      NodeData b = node("meeting:x-1", "X", "b.txt", 1);
      auto set = [&](NodeData& n, const std::string& value) {
        if (c.field == "label") n.label = value;
        if (c.field == "date") n.date = value;
        if (c.field == "location") n.location = value;
      };
      set(a, order == 0 ? c.first : c.second);
      set(b, order == 0 ? c.second : c.first);
      Graph g;
      g.merge_node(a);
      g.merge_node(b);
      const NodeData* merged = g.find_node("meeting:x-1");
      REQUIRE(merged != nullptr);
      const std::string got = c.field == "label" ? merged->label : c.field == "date" ? merged->date : merged->location;
      CHECK(got == c.expected);
    }
  }
}

TEST_CASE("merge_graph is commutative and associative on written output") {
  auto make = [](const std::string& source, const std::string& label, std::size_t start) {
    Graph g;
    g.info.source = source;
    g.add_node(node("actor:canada", label, source, 1, start));
    g.add_node(node("meeting:dialogue-2", "Second Dialogue", source, 1, start));
    g.add_edge("actor:canada", "meeting:dialogue-2", edge("participates_in", source, 1, start));
    return g;
  };
  const Graph a = make("a.txt", "Canada", 5), b = make("b.txt", "Government of Canada", 5),
              c = make("c.txt", "Canada", 1);
  auto merged = [](std::initializer_list<const Graph*> parts) {
    Graph out;
    for (const Graph* part : parts) parley::merge_graph(out, *part);
    return graphml(out);
  };
  const std::string abc = merged({&a, &b, &c});
  CHECK(merged({&c, &b, &a}) == abc);
  CHECK(merged({&b, &a, &c}) == abc);
  Graph ab;
  parley::merge_graph(ab, a);
  parley::merge_graph(ab, b);
  Graph bc;
  parley::merge_graph(bc, b);
  parley::merge_graph(bc, c);
  CHECK(merged({&ab, &c}) == abc);
  CHECK(merged({&a, &bc}) == abc);
  CHECK(merged({&a, &bc, &ab}) == abc);  // documents already held are not counted twice
}

TEST_CASE("sorted orders make output deterministic") {
  Graph one, two;
  for (Graph* g : {&one, &two}) {
    const bool reverse = g == &two;
    std::vector<std::string> ids = {"actor:a", "actor:c", "actor:b"};
    if (reverse) std::reverse(ids.begin(), ids.end());
    for (const auto& id : ids) g->add_node(node(id, id, "a.txt", 1));
    g->add_edge("actor:a", "actor:b", edge("member_of", "a.txt", 1));
    g->add_edge("actor:c", "actor:a", edge("member_of", "a.txt", 1));
  }
  CHECK(graphml(one) == graphml(two));
  auto nodes = one.sorted_nodes();
  CHECK(nodes.front()->id == "actor:a");
  CHECK(nodes.back()->id == "actor:c");
}
