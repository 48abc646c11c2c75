// The GEXF writer.
#include "writers/gexf_writer.hpp"

#include <cmath>
#include <map>
#include <optional>
#include <ostream>

#include "parley/error.hpp"
#include "writers/attribute_table.hpp"
#include "writers/date_interval.hpp"
#include "writers/xml_escape.hpp"

namespace parley::writers {
namespace {

struct Namespaces {
  const char* gexf;
  const char* viz;
  const char* schema;
  const char* version;
};

const Namespaces kGexf12{"http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz",
                         "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "1.2"};
const Namespaces kGexf13{"http://gexf.net/1.3", "http://gexf.net/1.3/viz",
                         "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3"};

const char* gexf_type(ValueType type) {
  switch (type) {
    case ValueType::integer: return "integer";
    case ValueType::real: return "double";
    case ValueType::string: break;
  }
  return "string";
}

// Carried by the element itself rather than as an attvalue: Gephi reserves these column names.
bool is_native_node_column(const std::string& name) { return name == "label"; }
bool is_native_edge_column(const std::string& name) { return name == "weight"; }

// The span of an element: its date, widened by first_seen / last_seen where a merge set them.
std::optional<DateInterval> element_interval(const std::string& date, const std::map<std::string, std::string>& attributes) {
  std::optional<DateInterval> span = date_interval(date);
  for (const char* key : {"date", "first_seen", "last_seen"}) {
    auto found = attributes.find(key);
    if (found == attributes.end()) continue;
    if (auto more = date_interval(found->second)) span = span ? span_of(*span, *more) : *more;
  }
  return span;
}

void write_interval(std::ostream& out, const std::optional<DateInterval>& interval) {
  if (interval) out << " start=\"" << interval->start << "\" end=\"" << interval->end << '"';
}

// Names the consumers fill from the element itself (label, weight, kind, id, start/end, spells)
// or from viz elements (graphology's color, size, x, y, shape, thickness).
const std::initializer_list<std::string_view> kNodeReserved = {
    "label", "id", "pid", "start", "end", "spells", "color", "size", "x", "y", "z", "shape"};
const std::initializer_list<std::string_view> kEdgeReserved = {
    "label", "id", "kind", "weight", "start", "end", "spells", "color", "size", "thickness", "shape"};

std::string title_of(const char* domain, const std::string& column) {
  return std::string_view(domain) == "node" ? written_name(Domain::node, column, kNodeReserved)
                                            : written_name(Domain::edge, column, kEdgeReserved);
}

void write_declarations(std::ostream& out, const char* domain, const std::vector<Column>& columns,
                        bool (*is_native)(const std::string&)) {
  out << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
  for (const auto& column : columns) {
    if (is_native(column.name)) continue;
    const std::string title = title_of(domain, column.name);
    out << "      <attribute id=\"" << xml_escape(title) << "\" title=\"" << xml_escape(title)
        << "\" type=\"" << gexf_type(column.type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

template <typename ValueOf>
void write_attvalues(std::ostream& out, const char* domain, const std::vector<Column>& columns,
                     bool (*is_native)(const std::string&), ValueOf value_of) {
  bool any = false;
  for (const auto& column : columns) {
    if (is_native(column.name)) continue;
    auto value = value_of(column);
    if (!value) continue;
    if (!any) out << "        <attvalues>\n";
    any = true;
    out << "          <attvalue for=\"" << xml_escape(title_of(domain, column.name)) << "\" value=\"" << xml_escape(*value) << "\"/>\n";
  }
  if (any) out << "        </attvalues>\n";
}

// Node size grows with the square root of mentions (or degree), so hubs stand out without
// dwarfing the rest.
std::string node_size(long measure) {
  const double size = 10.0 + 5.0 * std::sqrt(static_cast<double>(std::max(0L, measure)));
  return format_real(std::round(size * 100.0) / 100.0);
}

}  // namespace

GexfWriter::GexfWriter(std::string version) : version_(std::move(version)) {
  if (version_ == "1.2draft") version_ = "1.2";
  if (version_ != "1.2" && version_ != "1.3") {
    throw Error(ErrorKind::usage, "", "unknown GEXF version '" + version_ + "' (expected 1.2 or 1.3)");
  }
}

void GexfWriter::write(const Graph& graph, std::ostream& out) const {
  const Namespaces& ns = version_ == "1.3" ? kGexf13 : kGexf12;
  const auto [nodes, edges] = graph.sorted();
  const auto node_cols = node_columns(graph);
  const auto edge_cols = edge_columns(graph);

  std::map<std::string, long> degree;
  for (const auto& edge : edges) {
    ++degree[edge.source().id];
    ++degree[edge.target().id];
  }
  std::map<std::string, std::optional<DateInterval>> node_spans;
  std::vector<std::optional<DateInterval>> edge_spans;
  bool dynamic = false;
  for (const NodeData* node : nodes) {
    auto span = element_interval(node->date, node->attributes);
    dynamic = dynamic || span.has_value();
    node_spans.emplace(node->id, std::move(span));
  }
  for (const auto& edge : edges) {
    auto span = element_interval("", edge.data().attributes);
    dynamic = dynamic || span.has_value();
    edge_spans.push_back(std::move(span));
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<gexf xmlns=\"" << ns.gexf << "\" xmlns:viz=\"" << ns.viz
      << "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" << ns.schema
      << "\" version=\"" << ns.version << "\">\n";
  out << "  <meta>\n    <creator>Parley</creator>\n";
  std::string description = graph.info.title.empty() ? graph.info.source : graph.info.title;
  if (!graph.info.date.empty()) description += (description.empty() ? "" : " ") + ("(" + graph.info.date + ")");
  if (!graph.info.source.empty() && !graph.info.title.empty()) description += " from " + graph.info.source;
  if (!description.empty()) out << "    <description>" << xml_escape(description) << "</description>\n";
  out << "  </meta>\n";
  out << "  <graph defaultedgetype=\"directed\" mode=\"" << (dynamic ? "dynamic" : "static") << '"'
      << (dynamic ? " timeformat=\"date\"" : "") << ">\n";
  write_declarations(out, "node", node_cols, is_native_node_column);
  write_declarations(out, "edge", edge_cols, is_native_edge_column);

  std::string scratch;  // node_text / edge_text
  out << "    <nodes>\n";
  for (const NodeData* node : nodes) {
    out << "      <node id=\"" << xml_escape(node->id) << "\" label=\"" << xml_escape(node->label.empty() ? node->id : node->label)
        << '"';
    write_interval(out, node_spans.at(node->id));
    out << ">\n";
    write_attvalues(out, "node", node_cols, is_native_node_column,
                    [&](const Column& column) { return node_text(*node, column, scratch); });
    const Rgb color = node_color(*node);
    out << "        <viz:color r=\"" << color.r << "\" g=\"" << color.g << "\" b=\"" << color.b << "\"/>\n";
    const long measure = node->support.empty() ? degree[node->id] : node->mentions();
    out << "        <viz:size value=\"" << node_size(measure) << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges>\n";
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& edge = edges[i];
    out << "      <edge id=\"" << xml_escape(edge_id(edge)) << "\" source=\"" << xml_escape(edge.source().id)
        << "\" target=\"" << xml_escape(edge.target().id) << "\" kind=\"" << xml_escape(edge.data().type)
        << "\" label=\"" << xml_escape(edge.data().type) << '"';
    if (auto weight = edge_value(edge, "weight")) out << " weight=\"" << *weight << '"';
    write_interval(out, edge_spans[i]);
    out << ">\n";
    write_attvalues(out, "edge", edge_cols, is_native_edge_column,
                    [&](const Column& column) { return edge_text(edge, column, scratch); });
    if (auto color = color_attribute(edge.data().attributes)) {
      out << "        <viz:color r=\"" << color->r << "\" g=\"" << color->g << "\" b=\"" << color->b << "\"/>\n";
    }
    out << "      </edge>\n";
  }
  out << "    </edges>\n";
  out << "  </graph>\n</gexf>\n";
}

}  // namespace parley::writers
