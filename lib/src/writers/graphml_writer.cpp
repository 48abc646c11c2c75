// The GraphML writer.
#include "writers/graphml_writer.hpp"

#include <ostream>

#include "writers/attribute_table.hpp"
#include "writers/xml_escape.hpp"

namespace parley::writers {
namespace {

// Names with a meaning of their own here: the colour keys (graphology folds r, g, b into `color`),
// the edge label, and the element ids igraph and networkx keep under `id`.
const std::initializer_list<std::string_view> kNodeReserved = {"r", "g", "b", "color", "id"};
const std::initializer_list<std::string_view> kEdgeReserved = {"label", "id", "key"};

const char* graphml_type(ValueType type) {
  switch (type) {
    case ValueType::integer: return "int";
    case ValueType::real: return "double";
    case ValueType::string: break;
  }
  return "string";
}

void write_key(std::ostream& out, const std::string& id, const char* domain, const std::string& name, const char* type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << xml_escape(name)
      << "\" attr.type=\"" << type << "\"/>\n";
}

void write_data(std::ostream& out, const char* indent, const std::string& key, const std::string& value) {
  out << indent << "<data key=\"" << key << "\">" << xml_escape_text(value) << "</data>\n";
}

}  // namespace

void GraphmlWriter::write(const Graph& graph, std::ostream& out) const {
  const auto nodes = graph.sorted_nodes();
  const auto edges = graph.sorted_edges();
  const auto node_cols = node_columns(graph);
  const auto edge_cols = edge_columns(graph);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // Keys: graph data (g_*), node attributes (n*), colours, edge attributes (e*).
  // Graph keys only for the values present: Gephi does not know for="graph" and lists each such
  // key in its import report (it imports everything else), so none is written without need.
  if (!graph.info.source.empty()) write_key(out, "g_source", "graph", "source", "string");
  if (!graph.info.title.empty()) write_key(out, "g_title", "graph", "title", "string");
  if (!graph.info.date.empty()) write_key(out, "g_date", "graph", "date", "string");
  for (std::size_t i = 0; i < node_cols.size(); ++i) {
    write_key(out, "n" + std::to_string(i), "node", written_name(Domain::node, node_cols[i].name, kNodeReserved),
              graphml_type(node_cols[i].type));
  }
  write_key(out, "r", "node", "r", "int");
  write_key(out, "g", "node", "g", "int");
  write_key(out, "b", "node", "b", "int");
  for (std::size_t i = 0; i < edge_cols.size(); ++i) {
    write_key(out, "e" + std::to_string(i), "edge", written_name(Domain::edge, edge_cols[i].name, kEdgeReserved),
              graphml_type(edge_cols[i].type));
  }
  // An edge label for Gephi's edge label column: the edge type.
  write_key(out, "e_label", "edge", "label", "string");

  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  if (!graph.info.source.empty()) write_data(out, "    ", "g_source", graph.info.source);
  if (!graph.info.title.empty()) write_data(out, "    ", "g_title", graph.info.title);
  if (!graph.info.date.empty()) write_data(out, "    ", "g_date", graph.info.date);

  for (const NodeData* node : nodes) {
    out << "    <node id=\"" << xml_escape(node->id) << "\">\n";
    for (std::size_t i = 0; i < node_cols.size(); ++i) {
      if (auto value = node_value(*node, node_cols[i].name)) write_data(out, "      ", "n" + std::to_string(i), *value);
    }
    const Rgb color = node_color(*node);
    write_data(out, "      ", "r", std::to_string(color.r));
    write_data(out, "      ", "g", std::to_string(color.g));
    write_data(out, "      ", "b", std::to_string(color.b));
    out << "    </node>\n";
  }
  for (const auto& edge : edges) {
    out << "    <edge id=\"" << xml_escape(edge_id(edge)) << "\" source=\"" << xml_escape(edge.source().id)
        << "\" target=\"" << xml_escape(edge.target().id) << "\">\n";
    for (std::size_t i = 0; i < edge_cols.size(); ++i) {
      if (auto value = edge_value(edge, edge_cols[i].name)) write_data(out, "      ", "e" + std::to_string(i), *value);
    }
    write_data(out, "      ", "e_label", edge.data().type);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace parley::writers
