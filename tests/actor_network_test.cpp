// Unit tests of the actor network: actors that share a meeting, agreement or commitment (through
// any edge, either direction) are joined by one symmetric deals_with edge whose weight counts
// the shared items and whose `shared` attribute lists their labels.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parley/actor_network.hpp"
#include "parley/graph.hpp"

using parley::EdgeData;
using parley::Graph;
using parley::NodeData;

namespace {

NodeData node(const std::string& id, const std::string& label) {
  NodeData n;
  n.id = id;
  n.type = id.substr(0, id.find(':'));
  n.label = label;
  n.support["invented.txt"] = 1;
  n.evidence = {label + " was named.", "invented.txt", 10, 20};
  return n;
}

EdgeData edge(const std::string& type) {
  EdgeData e;
  e.type = type;
  e.support["invented.txt"] = 1;
  return e;
}

// Three states, one meeting, one treaty, one commitment, and a person only linked to a state.
Graph invented_graph() {
  Graph g;
  for (const auto& [id, label] : std::vector<std::pair<std::string, std::string>>{
           {"actor:chile", "Chile"}, {"actor:peru", "Peru"}, {"actor:bolivia", "Bolivia"},
           {"actor:ana-rios", "Ana Rios"}, {"meeting:andean-talks-1", "First Andean Talks"},
           {"agreement:lima-accord", "Lima Accord"}, {"commitment:chile-peru-share-data", "share customs data"}}) {
    g.add_node(node(id, label));
  }
  g.add_edge("actor:chile", "meeting:andean-talks-1", edge("participates_in"));
  g.add_edge("actor:peru", "meeting:andean-talks-1", edge("participates_in"));
  g.add_edge("actor:bolivia", "meeting:andean-talks-1", edge("participates_in"));
  g.add_edge("actor:chile", "agreement:lima-accord", edge("party_to"));
  g.add_edge("actor:peru", "agreement:lima-accord", edge("party_to"));
  g.add_edge("actor:chile", "commitment:chile-peru-share-data", edge("makes"));
  g.add_edge("actor:peru", "commitment:chile-peru-share-data", edge("makes"));
  // A commitment's target shares the commitment with its makers.
  g.add_edge("commitment:chile-peru-share-data", "actor:bolivia", edge("targets"));
  // Actor-to-actor edges are not shared items.
  g.add_edge("actor:ana-rios", "actor:chile", edge("member_of"));
  return g;
}

}  // namespace

TEST_CASE("actor network: deals_with edges count and list the shared items") {
  const Graph network = parley::actor_network(invented_graph());
  struct Expected {
    const char* a;
    const char* b;
    double weight;
    const char* shared;
  };
  const std::vector<Expected> cases = {
      {"actor:chile", "actor:peru", 3, "First Andean Talks | Lima Accord | share customs data"},
      {"actor:bolivia", "actor:chile", 2, "First Andean Talks | share customs data"},
      {"actor:bolivia", "actor:peru", 2, "First Andean Talks | share customs data"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    const EdgeData* found = network.find_edge("deals_with", c.a, c.b);
    REQUIRE(found != nullptr);
    CHECK(found->weight() == doctest::Approx(c.weight));
    CHECK(found->attributes.at("shared") == c.shared);
    CHECK_FALSE(found->evidence.empty());
  }
  CHECK(network.edge_count() == cases.size());
}

TEST_CASE("actor network: only actors, edges stored once from the smaller id") {
  const Graph network = parley::actor_network(invented_graph());
  for (const NodeData* n : network.sorted_nodes()) CHECK(n->type == "actor");
  CHECK(network.node_count() == 4);  // the person stays, without edges
  for (const auto& e : network.sorted_edges()) {
    CHECK(e.data().type == "deals_with");
    CHECK(e.source().id < e.target().id);
  }
  // Asked in either order, the symmetric edge is found.
  CHECK(network.find_edge("deals_with", "actor:peru", "actor:chile") != nullptr);
  CHECK(network.find_edge("deals_with", "actor:ana-rios", "actor:chile") == nullptr);
}

TEST_CASE("actor network: the same graph gives the same network") {
  const Graph first = parley::actor_network(invented_graph());
  const Graph second = parley::actor_network(invented_graph());
  REQUIRE(first.edge_count() == second.edge_count());
  const auto a = first.sorted_edges();
  const auto b = second.sorted_edges();
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].source().id == b[i].source().id);
    CHECK(a[i].data().attributes == b[i].data().attributes);
  }
}
