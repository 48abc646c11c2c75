// actor_network (see parley/actor_network.hpp).
#include "parley/actor_network.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace parley {
namespace {

bool is_shared_item(const NodeData& node) {
  return node.type == "meeting" || node.type == "agreement" || node.type == "commitment";
}

std::string joined(const std::set<std::string>& labels) {
  std::string out;
  for (const auto& label : labels) {
    if (!out.empty()) out += " | ";
    out += label;
  }
  return out;
}

}  // namespace

Graph actor_network(const Graph& full) {
  Graph network;
  network.info = full.info;
  for (const NodeData* node : full.sorted_nodes()) {
    if (node->type == "actor") network.add_node(*node);
  }

  // Item id -> the actors linked to it (ordered, so pairs come out deterministically).
  std::map<std::string, std::set<std::string>> actors_of_item;
  std::map<std::string, const NodeData*> items;
  for (const auto& edge : full.sorted_edges()) {
    const NodeData* ends[2] = {&edge.source(), &edge.target()};
    for (int side = 0; side < 2; ++side) {
      const NodeData* actor = ends[side];
      const NodeData* item = ends[1 - side];
      if (actor->type != "actor" || !is_shared_item(*item)) continue;
      actors_of_item[item->id].insert(actor->id);
      items[item->id] = item;
    }
  }

  struct Shared {
    std::set<std::string> labels;
    std::vector<const NodeData*> items;
  };
  std::map<std::pair<std::string, std::string>, Shared> pairs;  // (smaller id, larger id)
  for (const auto& [item_id, actors] : actors_of_item) {
    for (auto a = actors.begin(); a != actors.end(); ++a) {
      for (auto b = std::next(a); b != actors.end(); ++b) {
        Shared& shared = pairs[{*a, *b}];
        const NodeData* item = items.at(item_id);
        shared.labels.insert(item->label.empty() ? item->id : item->label);
        shared.items.push_back(item);
      }
    }
  }

  const std::string source = full.info.source.empty() ? "graph" : full.info.source;
  for (const auto& [pair, shared] : pairs) {
    EdgeData edge;
    edge.type = "deals_with";
    edge.rule = "shared_items";
    // Weight is the number of shared items (distinct items, whatever their labels).
    edge.support[source] = static_cast<double>(shared.items.size());
    edge.attributes["shared"] = joined(shared.labels);
    // The evidence of the first shared item in evidence order.
    for (const NodeData* item : shared.items) {
      if (item->evidence.empty()) continue;
      if (edge.evidence.empty() || item->evidence.key() < edge.evidence.key()) edge.evidence = item->evidence;
    }
    network.add_edge(pair.first, pair.second, edge);
  }
  return network;
}

}  // namespace parley
