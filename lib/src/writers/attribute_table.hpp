// The attributes every writer carries (SCHEMA.md, "Attributes"), in one table so that the
// formats cannot drift apart: name, value type, and how to read the value off a node or edge.
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley::writers {

enum class ValueType { string, integer, real };

// Which part of a node or edge a column reads, resolved once per column rather than by name
// for every element: writers look up tens of millions of values on a big merged graph.
enum class Field {
  type, label, kind, aliases, date, location, country, mentions, evidence, evidence_source, evidence_start,
  evidence_end, sources, rule, support, role, weight, documents,
  attribute  // NodeData::attributes / EdgeData::attributes under the column's name
};

struct Column {
  std::string name;
  ValueType type;
  Field field = Field::attribute;
};

// The fixed columns first, in SCHEMA.md order, then any extra attribute present in the graph
// (NodeData::attributes / EdgeData::attributes keys), sorted by name.
std::vector<Column> node_columns(const Graph& graph);
std::vector<Column> edge_columns(const Graph& graph);
// The same given the attribute names the elements carry, for a graph that is not in memory.
std::vector<Column> node_columns(const std::set<std::string>& attribute_names);
std::vector<Column> edge_columns(const std::set<std::string>& attribute_names);

// The value of a column as text; nullopt when the element has no value for it.
// Lists come joined by " | " (JSON writers split them again with node_list / edge_list).
// The view is of the element's own string, or of `scratch` (numbers, lists), which it reuses:
// valid until the next call with the same scratch.
std::optional<std::string_view> node_text(const NodeData& node, const Column& column, std::string& scratch);
std::optional<std::string_view> edge_text(const Graph::EdgeView& edge, const Column& column, std::string& scratch);
// The same by column name, as a copy.
std::optional<std::string> node_value(const NodeData& node, const std::string& column);
std::optional<std::string> edge_value(const Graph::EdgeView& edge, const std::string& column);

// The name an attribute is written under in a format that gives `reserved` names a meaning of
// its own (colours, sizes, element ids, ...): an extra attribute (not a SCHEMA column) of such a
// name is written as attr_<name>, so that no consumer takes it for the format's own field.
enum class Domain { node, edge };
std::string written_name(Domain domain, const std::string& column, std::initializer_list<std::string_view> reserved);

// List-valued columns, for formats with real arrays (JSON).
bool is_list_column(const std::string& column);
std::vector<std::string> node_list(const NodeData& node, const std::string& column);
std::vector<std::string> edge_list(const Graph::EdgeView& edge, const std::string& column);

// Per-document support as "source=count" items, so that a graph read back merges exactly.
std::string format_support_item(std::string_view source, double count);

std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(const std::string& joined);  // the inverse; "" -> no items
std::string format_real(double value);  // shortest form that reads back exactly

// Display colour per node type (Gephi reads integer r, g, b; DOT and GEXF use the same).
struct Rgb {
  int r, g, b;
};
Rgb node_color(const std::string& type);
// An element's own colour, "r,g,b" in its `color` attribute (the diff graph's states), which
// overrides the type colour; nullopt when absent or malformed.
std::optional<Rgb> color_attribute(const std::map<std::string, std::string>& attributes);
inline Rgb node_color(const NodeData& node) { return color_attribute(node.attributes).value_or(node_color(node.type)); }

// The stable edge id written by every format: "<type>:<source>-><target>".
std::string edge_id(const Graph::EdgeView& edge);
void append_edge_id(std::string& out, const Graph::EdgeView& edge);

}  // namespace parley::writers
