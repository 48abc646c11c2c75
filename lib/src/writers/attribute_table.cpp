// The shared attribute table of the writers.
#include "writers/attribute_table.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace parley::writers {
namespace {

const std::vector<Column> kNodeColumns = {
    {"type", ValueType::string},          {"label", ValueType::string},
    {"kind", ValueType::string},          {"aliases", ValueType::string},
    {"date", ValueType::string},          {"location", ValueType::string},
    {"country", ValueType::string},       {"mentions", ValueType::integer},
    {"evidence", ValueType::string},      {"evidence_source", ValueType::string},
    {"evidence_start", ValueType::integer}, {"evidence_end", ValueType::integer},
    {"sources", ValueType::string},       {"rule", ValueType::string},
    {"support", ValueType::string},
};

const std::vector<Column> kEdgeColumns = {
    {"type", ValueType::string},          {"role", ValueType::string},
    {"weight", ValueType::real},          {"documents", ValueType::integer},
    {"evidence", ValueType::string},      {"evidence_source", ValueType::string},
    {"evidence_start", ValueType::integer}, {"evidence_end", ValueType::integer},
    {"sources", ValueType::string},       {"rule", ValueType::string},
    {"support", ValueType::string},
};

template <typename Support>
std::vector<std::string> support_items(const Support& support) {
  std::vector<std::string> out;
  for (const auto& [source, count] : support) out.push_back(format_support_item(source, static_cast<double>(count)));
  return out;
}

std::optional<std::string> non_empty(const std::string& value) {
  return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

std::optional<std::string> evidence_value(const Evidence& evidence, const std::string& column) {
  if (evidence.empty()) return std::nullopt;
  if (column == "evidence") return evidence.text;
  if (column == "evidence_source") return evidence.source;
  if (column == "evidence_start") return std::to_string(evidence.start);
  if (column == "evidence_end") return std::to_string(evidence.end);
  return std::nullopt;
}

bool is_evidence_column(const std::string& column) { return column.rfind("evidence", 0) == 0; }

}  // namespace

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> items;
  if (joined.empty()) return items;
  std::string::size_type start = 0;
  for (;;) {
    auto bar = joined.find(" | ", start);
    items.push_back(joined.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 3;
  }
  return items;
}

std::vector<Column> node_columns(const Graph& graph) {
  std::vector<Column> columns = kNodeColumns;
  std::set<std::string> fixed;
  for (const auto& c : columns) fixed.insert(c.name);
  std::set<std::string> extra;
  for (const NodeData* node : graph.sorted_nodes()) {
    for (const auto& [key, value] : node->attributes) {
      if (!fixed.count(key)) extra.insert(key);
    }
  }
  for (const auto& name : extra) columns.push_back({name, ValueType::string});
  return columns;
}

std::vector<Column> edge_columns(const Graph& graph) {
  std::vector<Column> columns = kEdgeColumns;
  std::set<std::string> fixed;
  for (const auto& c : columns) fixed.insert(c.name);
  std::set<std::string> extra;
  for (const auto& edge : graph.sorted_edges()) {
    for (const auto& [key, value] : edge.data().attributes) {
      if (!fixed.count(key)) extra.insert(key);
    }
  }
  for (const auto& name : extra) columns.push_back({name, ValueType::string});
  return columns;
}

std::string written_name(Domain domain, const std::string& column, std::initializer_list<std::string_view> reserved) {
  const auto& fixed = domain == Domain::node ? kNodeColumns : kEdgeColumns;
  if (std::any_of(fixed.begin(), fixed.end(), [&](const Column& c) { return c.name == column; })) return column;
  for (std::string_view name : reserved) {
    if (column == name) return "attr_" + column;
  }
  return column;
}

bool is_list_column(const std::string& column) {
  return column == "aliases" || column == "sources" || column == "support" || column == "shared";
}

std::vector<std::string> node_list(const NodeData& node, const std::string& column) {
  if (column == "aliases") return node.aliases;
  if (column == "sources") return node.sources();
  if (column == "support") return support_items(node.support);
  auto found = node.attributes.find(column);
  if (found == node.attributes.end() || found->second.empty()) return {};
  return split_list(found->second);
}

std::vector<std::string> edge_list(const Graph::EdgeView& edge, const std::string& column) {
  if (column == "sources") return edge.data().sources();
  if (column == "support") return support_items(edge.data().support);
  auto found = edge.data().attributes.find(column);
  if (found == edge.data().attributes.end() || found->second.empty()) return {};
  return split_list(found->second);
}

std::optional<std::string> node_value(const NodeData& node, const std::string& column) {
  if (column == "type") return non_empty(node.type);
  if (column == "label") return non_empty(node.label);
  if (column == "kind") return non_empty(node.kind);
  if (column == "date") return non_empty(node.date);
  if (column == "location") return non_empty(node.location);
  if (column == "country") return non_empty(node.country);
  if (column == "rule") return non_empty(node.rule);
  if (column == "mentions") return node.support.empty() ? std::nullopt : std::optional(std::to_string(node.mentions()));
  if (is_evidence_column(column)) return evidence_value(node.evidence, column);
  if (column == "aliases" || column == "sources" || column == "support") {
    auto items = node_list(node, column);
    return items.empty() ? std::nullopt : std::optional(join_list(items));
  }
  auto found = node.attributes.find(column);
  return found == node.attributes.end() ? std::nullopt : non_empty(found->second);
}

std::optional<std::string> edge_value(const Graph::EdgeView& edge, const std::string& column) {
  const EdgeData& data = edge.data();
  if (column == "type") return non_empty(data.type);
  if (column == "role") return non_empty(data.role);
  if (column == "rule") return non_empty(data.rule);
  if (column == "weight") return data.support.empty() ? std::nullopt : std::optional(format_real(data.weight()));
  if (column == "documents") return data.support.empty() ? std::nullopt : std::optional(std::to_string(data.documents()));
  if (is_evidence_column(column)) return evidence_value(data.evidence, column);
  if (column == "sources" || column == "support") {
    auto items = edge_list(edge, column);
    return items.empty() ? std::nullopt : std::optional(join_list(items));
  }
  auto found = data.attributes.find(column);
  return found == data.attributes.end() ? std::nullopt : non_empty(found->second);
}

std::string format_support_item(const std::string& source, double count) { return source + "=" + format_real(count); }

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += " | ";
    out += item;
  }
  return out;
}

std::string format_real(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

Rgb node_color(const std::string& type) {
  if (type == "actor") return {66, 133, 244};
  if (type == "agreement") return {52, 168, 83};
  if (type == "meeting") return {251, 188, 5};
  if (type == "commitment") return {234, 67, 53};
  return {154, 160, 166};
}

std::optional<Rgb> color_attribute(const std::map<std::string, std::string>& attributes) {
  auto found = attributes.find("color");
  if (found == attributes.end()) return std::nullopt;
  int channels[3];
  const char* at = found->second.data();
  const char* end = at + found->second.size();
  for (int i = 0; i < 3; ++i) {
    auto [ptr, ec] = std::from_chars(at, end, channels[i]);
    if (ec != std::errc() || channels[i] < 0 || channels[i] > 255) return std::nullopt;
    at = ptr;
    if (i < 2) {
      if (at == end || *at != ',') return std::nullopt;
      ++at;
    }
  }
  if (at != end) return std::nullopt;
  return Rgb{channels[0], channels[1], channels[2]};
}

std::string edge_id(const Graph::EdgeView& edge) {
  return edge.data().type + ":" + edge.source().id + "->" + edge.target().id;
}

}  // namespace parley::writers
