// The shared attribute table of the writers.
#include "writers/attribute_table.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace parley::writers {
namespace {

const std::vector<Column> kNodeColumns = {
    {"type", ValueType::string, Field::type},
    {"label", ValueType::string, Field::label},
    {"kind", ValueType::string, Field::kind},
    {"aliases", ValueType::string, Field::aliases},
    {"date", ValueType::string, Field::date},
    {"location", ValueType::string, Field::location},
    {"country", ValueType::string, Field::country},
    {"mentions", ValueType::integer, Field::mentions},
    {"evidence", ValueType::string, Field::evidence},
    {"evidence_source", ValueType::string, Field::evidence_source},
    {"evidence_start", ValueType::integer, Field::evidence_start},
    {"evidence_end", ValueType::integer, Field::evidence_end},
    {"sources", ValueType::string, Field::sources},
    {"rule", ValueType::string, Field::rule},
    {"support", ValueType::string, Field::support},
};

const std::vector<Column> kEdgeColumns = {
    {"type", ValueType::string, Field::type},
    {"role", ValueType::string, Field::role},
    {"weight", ValueType::real, Field::weight},
    {"documents", ValueType::integer, Field::documents},
    {"evidence", ValueType::string, Field::evidence},
    {"evidence_source", ValueType::string, Field::evidence_source},
    {"evidence_start", ValueType::integer, Field::evidence_start},
    {"evidence_end", ValueType::integer, Field::evidence_end},
    {"sources", ValueType::string, Field::sources},
    {"rule", ValueType::string, Field::rule},
    {"support", ValueType::string, Field::support},
};

template <typename Support>
std::vector<std::string> support_items(const Support& support) {
  std::vector<std::string> out;
  for (const auto& [source, count] : support) out.push_back(format_support_item(source, static_cast<double>(count)));
  return out;
}

std::optional<std::string_view> non_empty(const std::string& value) {
  return value.empty() ? std::nullopt : std::optional<std::string_view>(value);
}

void append_real(std::string& out, double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

std::string_view number_text(std::string& scratch, std::size_t value) {
  scratch.clear();
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  scratch.append(buffer, result.ptr);
  return scratch;
}

template <typename Support>
std::optional<std::string_view> support_text(std::string& scratch, const Support& support, bool with_counts) {
  if (support.empty()) return std::nullopt;
  scratch.clear();
  for (const auto& [source, count] : support) {
    if (!scratch.empty()) scratch += " | ";
    scratch += source;
    if (with_counts) {
      scratch += '=';
      append_real(scratch, static_cast<double>(count));
    }
  }
  return std::string_view(scratch);
}

std::optional<std::string_view> evidence_text(const Evidence& evidence, Field field, std::string& scratch) {
  if (evidence.empty()) return std::nullopt;
  switch (field) {
    case Field::evidence: return std::string_view(evidence.text);
    case Field::evidence_source: return std::string_view(evidence.source);
    case Field::evidence_start: return number_text(scratch, evidence.start);
    case Field::evidence_end: return number_text(scratch, evidence.end);
    default: return std::nullopt;
  }
}

std::optional<std::string_view> attribute_text(const std::map<std::string, std::string>& attributes,
                                               const std::string& name) {
  auto found = attributes.find(name);
  return found == attributes.end() ? std::nullopt : non_empty(found->second);
}

// The column of that name: a fixed one, or an extra attribute.
Column column_named(const std::vector<Column>& fixed, const std::string& name) {
  for (const Column& column : fixed) {
    if (column.name == name) return column;
  }
  return {name, ValueType::string, Field::attribute};
}

std::optional<std::string> copied(std::optional<std::string_view> text) {
  return text ? std::optional<std::string>(std::string(*text)) : std::nullopt;
}

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

namespace {

// The fixed columns, then the names among `names` that are not fixed ones, in order.
std::vector<Column> columns_with(const std::vector<Column>& fixed, const std::set<std::string>& names) {
  std::vector<Column> columns = fixed;
  for (const auto& name : names) {
    const bool is_fixed = std::any_of(fixed.begin(), fixed.end(), [&](const Column& c) { return c.name == name; });
    if (!is_fixed) columns.push_back({name, ValueType::string});
  }
  return columns;
}

}  // namespace

std::vector<Column> node_columns(const std::set<std::string>& attribute_names) {
  return columns_with(kNodeColumns, attribute_names);
}

std::vector<Column> edge_columns(const std::set<std::string>& attribute_names) {
  return columns_with(kEdgeColumns, attribute_names);
}

// A set of names: the order the elements are visited in does not matter, so no sort.
std::vector<Column> node_columns(const Graph& graph) {
  std::set<std::string> names;
  const auto& storage = graph.storage();
  for (auto v : boost::make_iterator_range(boost::vertices(storage))) {
    for (const auto& [key, value] : storage[v].attributes) names.insert(key);
  }
  return node_columns(names);
}

std::vector<Column> edge_columns(const Graph& graph) {
  std::set<std::string> names;
  const auto& storage = graph.storage();
  for (auto e : boost::make_iterator_range(boost::edges(storage))) {
    for (const auto& [key, value] : graph.edge_data(e).attributes) names.insert(key);
  }
  return edge_columns(names);
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

std::optional<std::string_view> node_text(const NodeData& node, const Column& column, std::string& scratch) {
  switch (column.field) {
    case Field::type: return non_empty(node.type);
    case Field::label: return non_empty(node.label);
    case Field::kind: return non_empty(node.kind);
    case Field::date: return non_empty(node.date);
    case Field::location: return non_empty(node.location);
    case Field::country: return non_empty(node.country);
    case Field::rule: return non_empty(node.rule);
    case Field::mentions:
      if (node.support.empty()) return std::nullopt;
      return number_text(scratch, static_cast<std::size_t>(node.mentions()));
    case Field::evidence:
    case Field::evidence_source:
    case Field::evidence_start:
    case Field::evidence_end: return evidence_text(node.evidence, column.field, scratch);
    case Field::aliases:
      if (node.aliases.empty()) return std::nullopt;
      scratch.clear();
      for (const auto& alias : node.aliases) {
        if (!scratch.empty()) scratch += " | ";
        scratch += alias;
      }
      return std::string_view(scratch);
    case Field::sources: return support_text(scratch, node.support, false);
    case Field::support: return support_text(scratch, node.support, true);
    case Field::role:
    case Field::weight:
    case Field::documents: return std::nullopt;  // edge columns
    case Field::attribute: break;
  }
  return attribute_text(node.attributes, column.name);
}

std::optional<std::string_view> edge_text(const Graph::EdgeView& edge, const Column& column, std::string& scratch) {
  const EdgeData& data = edge.data();
  switch (column.field) {
    case Field::type: return non_empty(data.type);
    case Field::role: return non_empty(data.role);
    case Field::rule: return non_empty(data.rule);
    case Field::weight:
      if (data.support.empty()) return std::nullopt;
      scratch.clear();
      append_real(scratch, data.weight());
      return std::string_view(scratch);
    case Field::documents:
      if (data.support.empty()) return std::nullopt;
      return number_text(scratch, data.support.size());
    case Field::evidence:
    case Field::evidence_source:
    case Field::evidence_start:
    case Field::evidence_end: return evidence_text(data.evidence, column.field, scratch);
    case Field::sources: return support_text(scratch, data.support, false);
    case Field::support: return support_text(scratch, data.support, true);
    case Field::label:
    case Field::kind:
    case Field::aliases:
    case Field::date:
    case Field::location:
    case Field::country:
    case Field::mentions: return std::nullopt;  // node columns
    case Field::attribute: break;
  }
  return attribute_text(data.attributes, column.name);
}

std::optional<std::string> node_value(const NodeData& node, const std::string& column) {
  std::string scratch;
  return copied(node_text(node, column_named(kNodeColumns, column), scratch));
}

std::optional<std::string> edge_value(const Graph::EdgeView& edge, const std::string& column) {
  std::string scratch;
  return copied(edge_text(edge, column_named(kEdgeColumns, column), scratch));
}

std::string format_support_item(std::string_view source, double count) {
  std::string item(source);
  item += '=';
  item += format_real(count);
  return item;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += " | ";
    out += item;
  }
  return out;
}

std::string format_real(double value) {
  std::string out;
  append_real(out, value);
  return out;
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
  std::string out;
  append_edge_id(out, edge);
  return out;
}

void append_edge_id(std::string& out, const Graph::EdgeView& edge) {
  out += edge.data().type;
  out += ':';
  out += edge.source().id;
  out += "->";
  out += edge.target().id;
}

}  // namespace parley::writers
