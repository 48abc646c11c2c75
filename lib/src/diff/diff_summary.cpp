// The readable diff report on stdout: counts, then the items grouped by type.
#include <map>
#include <ostream>

#include "diff/diff_value_text.hpp"
#include "parley/diff.hpp"

namespace parley {
namespace {

// SCHEMA.md's node types first, in its order; any other type after them, by name.
std::string type_order_key(const std::string& type) {
  static const std::map<std::string, std::string> kOrder = {
      {"actor", "0"}, {"agreement", "1"}, {"meeting", "2"}, {"commitment", "3"}};
  auto found = kOrder.find(type);
  return found == kOrder.end() ? "9" + type : found->second;
}

struct Line {
  char mark;  // + added, - removed, ~ changed
  std::string text;
  std::string detail;  // evidence or changes
};

std::string quoted_evidence(const Evidence& evidence) {
  return evidence.text.empty() ? "(no evidence)" : "\"" + evidence.text.str() + "\"";
}

void print_groups(std::ostream& out, const std::map<std::string, std::vector<Line>>& groups) {
  for (const auto& [key, lines] : groups) {
    const std::string type = key.substr(key.find('\t') + 1);
    out << "  " << type << "\n";
    for (const auto& line : lines) {
      out << "    " << line.mark << " " << line.text << "\n";
      if (!line.detail.empty()) out << "        " << line.detail << "\n";
    }
  }
}

}  // namespace

void write_diff_summary(const GraphDiff& diff, std::ostream& out) {
  out << "old: " << (diff.old_side.source.empty() ? "(unnamed)" : diff.old_side.source) << " (" << diff.old_side.nodes
      << " nodes, " << diff.old_side.edges << " edges)\n";
  out << "new: " << (diff.new_side.source.empty() ? "(unnamed)" : diff.new_side.source) << " (" << diff.new_side.nodes
      << " nodes, " << diff.new_side.edges << " edges)\n";
  if (diff.empty()) {
    out << "No differences.\n";
    return;
  }
  out << "nodes: " << diff.nodes_added.size() << " added, " << diff.nodes_removed.size() << " removed, "
      << diff.nodes_changed.size() << " changed\n";
  out << "edges: " << diff.edges_added.size() << " added, " << diff.edges_removed.size() << " removed, "
      << diff.edges_changed.size() << " changed\n";

  // Within a type: added, removed, changed, each in id order.
  std::map<std::string, std::vector<Line>> node_groups;
  auto node_line = [&](const NodeDiff& item, char mark) {
    const std::string key = type_order_key(item.node.type) + "\t" + item.node.type;
    const std::string detail = mark == '~' ? diff::changes_text(item.changes) : quoted_evidence(item.node.evidence);
    node_groups[key].push_back({mark, item.node.label + " [" + item.node.id + "]", detail});
  };
  for (const auto& item : diff.nodes_added) node_line(item, '+');
  for (const auto& item : diff.nodes_removed) node_line(item, '-');
  for (const auto& item : diff.nodes_changed) node_line(item, '~');

  std::map<std::string, std::vector<Line>> edge_groups;
  auto edge_line = [&](const EdgeDiff& item, char mark) {
    const std::string detail = mark == '~' ? diff::changes_text(item.changes) : quoted_evidence(item.edge.evidence);
    edge_groups["\t" + item.edge.type].push_back(
        {mark, item.source_label + " -> " + item.target_label + " [" + item.source + " -> " + item.target + "]", detail});
  };
  for (const auto& item : diff.edges_added) edge_line(item, '+');
  for (const auto& item : diff.edges_removed) edge_line(item, '-');
  for (const auto& item : diff.edges_changed) edge_line(item, '~');

  if (!node_groups.empty()) {
    out << "\nNodes\n";
    print_groups(out, node_groups);
  }
  if (!edge_groups.empty()) {
    out << "\nEdges\n";
    print_groups(out, edge_groups);
  }
}

}  // namespace parley
