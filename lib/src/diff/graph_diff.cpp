// Matching two graphs by id and listing what was added, removed and changed (see diff.hpp).

#include "parley/diff.hpp"

namespace parley {
namespace {

DiffValue text_value(const std::string& text) {
  DiffValue value;
  value.text = text;
  return value;
}

DiffValue number_value(double number) {
  DiffValue value;
  value.kind = DiffValue::Kind::number;
  value.number = number;
  return value;
}

DiffValue list_value(const std::vector<std::string>& list) {
  DiffValue value;
  value.kind = DiffValue::Kind::list;
  value.list = list;
  return value;
}

void compare(std::vector<FieldChange>& changes, const char* field, DiffValue old_value, DiffValue new_value) {
  if (!(old_value == new_value)) changes.push_back({field, std::move(old_value), std::move(new_value)});
}

// The fields that make a change, in the order SCHEMA.md lists them.
std::vector<FieldChange> node_changes(const NodeData& old_node, const NodeData& new_node) {
  std::vector<FieldChange> changes;
  compare(changes, "label", text_value(old_node.label), text_value(new_node.label));
  compare(changes, "kind", text_value(old_node.kind), text_value(new_node.kind));
  compare(changes, "date", text_value(old_node.date), text_value(new_node.date));
  compare(changes, "location", text_value(old_node.location), text_value(new_node.location));
  compare(changes, "country", text_value(old_node.country), text_value(new_node.country));
  compare(changes, "aliases", list_value(old_node.aliases), list_value(new_node.aliases));
  return changes;
}

std::vector<FieldChange> edge_changes(const EdgeData& old_edge, const EdgeData& new_edge) {
  std::vector<FieldChange> changes;
  compare(changes, "role", text_value(old_edge.role), text_value(new_edge.role));
  compare(changes, "weight", number_value(old_edge.weight()), number_value(new_edge.weight()));
  compare(changes, "documents", number_value(static_cast<double>(old_edge.documents())),
          number_value(static_cast<double>(new_edge.documents())));
  return changes;
}

EdgeDiff edge_item(const Graph::EdgeView& edge) {
  return {edge.source().id, edge.target().id, edge.source().label, edge.target().label, edge.data(), {}};
}

}  // namespace

bool GraphDiff::empty() const {
  return nodes_added.empty() && nodes_removed.empty() && nodes_changed.empty() && edges_added.empty() &&
         edges_removed.empty() && edges_changed.empty();
}

GraphDiff diff_graphs(const Graph& old_graph, const Graph& new_graph) {
  GraphDiff diff;
  diff.old_side = {old_graph.info.source, old_graph.node_count(), old_graph.edge_count()};
  diff.new_side = {new_graph.info.source, new_graph.node_count(), new_graph.edge_count()};

  for (const NodeData* old_node : old_graph.sorted_nodes()) {
    const NodeData* new_node = new_graph.find_node(old_node->id);
    if (!new_node) {
      diff.nodes_removed.push_back({*old_node, {}});
    } else if (auto changes = node_changes(*old_node, *new_node); !changes.empty()) {
      diff.nodes_changed.push_back({*new_node, std::move(changes)});
    }
  }
  for (const NodeData* new_node : new_graph.sorted_nodes()) {
    if (!old_graph.find_node(new_node->id)) diff.nodes_added.push_back({*new_node, {}});
  }

  for (const auto& old_edge : old_graph.sorted_edges()) {
    const EdgeData* new_edge = new_graph.find_edge(old_edge.data().type, old_edge.source().id, old_edge.target().id);
    if (!new_edge) {
      diff.edges_removed.push_back(edge_item(old_edge));
    } else if (auto changes = edge_changes(old_edge.data(), *new_edge); !changes.empty()) {
      EdgeDiff item = edge_item(old_edge);
      // The new side's data and labels: a changed edge is shown as it is now.
      item.edge = *new_edge;
      item.source_label = new_graph.find_node(item.source)->label;
      item.target_label = new_graph.find_node(item.target)->label;
      item.changes = std::move(changes);
      diff.edges_changed.push_back(std::move(item));
    }
  }
  for (const auto& new_edge : new_graph.sorted_edges()) {
    if (!old_graph.find_edge(new_edge.data().type, new_edge.source().id, new_edge.target().id)) {
      diff.edges_added.push_back(edge_item(new_edge));
    }
  }
  return diff;
}

}  // namespace parley
