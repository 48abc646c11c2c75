// Diffing two graphs (SCHEMA.md, "Diff output"): what changed between two briefings, or between
// a corpus graph and a newer one.
//
// Elements are matched by id, edges by (type, source id, target id). An element of the new graph
// only is added, of the old only removed; one on both sides is changed when its label, kind,
// date, location, country or aliases differ (nodes) or its role, weight or documents (edges).
// Evidence, offsets, sources, mentions and further attributes never make a change: they move with
// every re-extraction. Added items carry the new side's data, removed items the old side's, so
// diff(a, b) is the mirror of diff(b, a). Items come in id order (edges: source, target, type).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley {

// One side of a changed field, as the JSON report shows it.
struct DiffValue {
  enum class Kind { text, number, list };
  Kind kind = Kind::text;
  std::string text;                // text; empty means absent (JSON null)
  double number = 0;               // number
  std::vector<std::string> list;   // list
  bool operator==(const DiffValue&) const = default;
};

struct FieldChange {
  std::string field;  // label, kind, date, location, country, aliases, role, weight, documents
  DiffValue old_value;
  DiffValue new_value;
};

struct NodeDiff {
  NodeData node;                     // the new side's, or the old side's for a removed node
  std::vector<FieldChange> changes;  // changed nodes only
};

struct EdgeDiff {
  std::string source;                // ids
  std::string target;
  std::string source_label;          // for readable summaries
  std::string target_label;
  EdgeData edge;                     // the new side's, or the old side's for a removed edge
  std::vector<FieldChange> changes;  // changed edges only
};

struct DiffSide {
  std::string source;  // the graph's info source
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

struct GraphDiff {
  DiffSide old_side;
  DiffSide new_side;
  std::vector<NodeDiff> nodes_added, nodes_removed, nodes_changed;
  std::vector<EdgeDiff> edges_added, edges_removed, edges_changed;

  bool empty() const;
};

GraphDiff diff_graphs(const Graph& old_graph, const Graph& new_graph);

// The readable report: counts, then items grouped by node type and by edge type, with the
// evidence sentence of each added or removed item and the old -> new values of each change.
void write_diff_summary(const GraphDiff& diff, std::ostream& out);

// The JSON report in SCHEMA.md's shape, pretty-printed, deterministic.
void write_diff_json(const GraphDiff& diff, std::ostream& out);

// Every node and edge of either side once (the new side's data where both have it), with the
// attribute `diff` = added, removed, changed or unchanged, `color` = "r,g,b" for that state
// (writers that draw colours use it instead of the type colour), and for changed elements
// `changes` = "field: old -> new; ...".
Graph make_diff_graph(const Graph& old_graph, const Graph& new_graph);

}  // namespace parley
