// Merging graphs by id.
#include "parley/merge.hpp"

#include <set>

namespace parley {
namespace {

// The summary source of a merged graph: the sorted distinct document names.
std::string summarise_sources(const Graph& graph) {
  std::set<std::string> names;
  for (const NodeData* node : graph.sorted_nodes()) {
    for (const auto& [source, count] : node->support) names.insert(source);
  }
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : " | ") + name;
  return out;
}

}  // namespace

void merge_graph(Graph& into, const Graph& from) {
  const bool into_was_empty = into.node_count() == 0 && into.info.source.empty();
  for (const NodeData* node : from.sorted_nodes()) into.merge_node(*node);
  for (const auto& edge : from.sorted_edges()) into.merge_edge(edge.source().id, edge.target().id, edge.data());
  if (into_was_empty) {
    into.info = from.info;
  } else if (into.info.source != from.info.source) {
    into.info.source = summarise_sources(into);
    into.info.title = "Merged graph";
    into.info.date.clear();
  }
}

}  // namespace parley
