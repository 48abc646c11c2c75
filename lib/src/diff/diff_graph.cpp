// The diff graph: both sides in one graph, every element marked with its diff state and coloured
// for it, so that Gephi and Graphviz show at a glance what changed.
#include <map>
#include <tuple>

#include "diff/diff_value_text.hpp"
#include "parley/diff.hpp"

namespace parley {
namespace {

struct StateStyle {
  const char* name;
  const char* color;  // "r,g,b"
};

// Green added, red removed, orange changed, light grey unchanged (colour-blind safe enough
// with the `diff` attribute beside it).
constexpr StateStyle kAdded{"added", "44,160,44"};
constexpr StateStyle kRemoved{"removed", "214,39,40"};
constexpr StateStyle kChanged{"changed", "255,127,14"};
constexpr StateStyle kUnchanged{"unchanged", "199,199,199"};

void mark(std::map<std::string, std::string>& attributes, const StateStyle& style, const std::string& changes) {
  attributes["diff"] = style.name;
  attributes["color"] = style.color;
  if (!changes.empty()) attributes["changes"] = changes;
}

using EdgeKey = std::tuple<std::string, std::string, std::string>;  // type, source, target

}  // namespace

Graph make_diff_graph(const Graph& old_graph, const Graph& new_graph) {
  const GraphDiff diff = diff_graphs(old_graph, new_graph);
  std::map<std::string, const NodeDiff*> changed_nodes;
  for (const auto& item : diff.nodes_changed) changed_nodes[item.node.id] = &item;
  std::map<EdgeKey, const EdgeDiff*> changed_edges;
  for (const auto& item : diff.edges_changed) changed_edges[{item.edge.type, item.source, item.target}] = &item;

  Graph out;
  out.info.source = old_graph.info.source + " -> " + new_graph.info.source;
  out.info.title = "Diff of " + (old_graph.info.source.empty() ? std::string("old") : old_graph.info.source) + " and " +
                   (new_graph.info.source.empty() ? std::string("new") : new_graph.info.source);

  for (const NodeData* node : new_graph.sorted_nodes()) {
    NodeData copy = *node;
    // Derived from both sides, never carried over from an input that is itself a diff graph.
    copy.attributes.erase("changes");
    if (!old_graph.find_node(node->id)) {
      mark(copy.attributes, kAdded, "");
    } else if (auto found = changed_nodes.find(node->id); found != changed_nodes.end()) {
      mark(copy.attributes, kChanged, diff::changes_text(found->second->changes));
    } else {
      mark(copy.attributes, kUnchanged, "");
    }
    out.add_node(copy);
  }
  for (const NodeData* node : old_graph.sorted_nodes()) {
    if (new_graph.find_node(node->id)) continue;
    NodeData copy = *node;
    copy.attributes.erase("changes");
    mark(copy.attributes, kRemoved, "");
    out.add_node(copy);
  }

  for (const auto& edge : new_graph.sorted_edges()) {
    EdgeData copy = edge.data();
    copy.attributes.erase("changes");
    const EdgeKey key{copy.type, edge.source().id, edge.target().id};
    if (!old_graph.find_edge(copy.type, edge.source().id, edge.target().id)) {
      mark(copy.attributes, kAdded, "");
    } else if (auto found = changed_edges.find(key); found != changed_edges.end()) {
      mark(copy.attributes, kChanged, diff::changes_text(found->second->changes));
    } else {
      mark(copy.attributes, kUnchanged, "");
    }
    out.add_edge(edge.source().id, edge.target().id, copy);
  }
  for (const auto& edge : old_graph.sorted_edges()) {
    if (new_graph.find_edge(edge.data().type, edge.source().id, edge.target().id)) continue;
    EdgeData copy = edge.data();
    copy.attributes.erase("changes");
    mark(copy.attributes, kRemoved, "");
    out.add_edge(edge.source().id, edge.target().id, copy);
  }
  return out;
}

}  // namespace parley
