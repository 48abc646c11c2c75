// The GraphML writer.
#include "writers/graphml_writer.hpp"

#include <algorithm>
#include <future>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "parley/ordered_parallel.hpp"
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

// Each column's opening tag, built once: `      <data key="n3">`.
std::vector<std::string> data_tags(char domain, std::size_t count) {
  std::vector<std::string> tags;
  for (std::size_t i = 0; i < count; ++i) tags.push_back("      <data key=\"" + (domain + std::to_string(i)) + "\">");
  return tags;
}

// One data element: the key's opening tag (see data_tags), the value, the closing tag.
void append_data(std::string& text, std::string_view open_tag, std::string_view value) {
  text += open_tag;
  append_xml_escaped_text(text, value);
  text += "</data>\n";
}

void append_node(std::string& text, const NodeData& node, const std::vector<Column>& columns,
                 const std::vector<std::string>& tags, std::string& scratch) {
  text += "    <node id=\"";
  append_xml_escaped(text, node.id);
  text += "\">\n";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (auto value = node_text(node, columns[i], scratch)) append_data(text, tags[i], *value);
  }
  const Rgb color = node_color(node);
  append_data(text, "      <data key=\"r\">", std::to_string(color.r));
  append_data(text, "      <data key=\"g\">", std::to_string(color.g));
  append_data(text, "      <data key=\"b\">", std::to_string(color.b));
  text += "    </node>\n";
}

void append_edge(std::string& text, const Graph::EdgeView& edge, const std::vector<Column>& columns,
                 const std::vector<std::string>& tags, std::string& scratch) {
  text += "    <edge id=\"";
  scratch.clear();
  append_edge_id(scratch, edge);
  append_xml_escaped(text, scratch);
  text += "\" source=\"";
  append_xml_escaped(text, edge.source().id);
  text += "\" target=\"";
  append_xml_escaped(text, edge.target().id);
  text += "\">\n";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (auto value = edge_text(edge, columns[i], scratch)) append_data(text, tags[i], *value);
  }
  append_data(text, "      <data key=\"e_label\">", edge.data().type);
  text += "    </edge>\n";
}

// Elements are formatted in blocks, on `threads` threads when there are several, and written
// out in order by the calling thread.
constexpr std::size_t kBlock = 2048;

template <typename Element, typename Append>
void write_blocks(std::ostream& out, const std::vector<Element>& elements, unsigned threads, Append append) {
  const std::size_t blocks = (elements.size() + kBlock - 1) / kBlock;
  for_each_ordered(
      blocks, threads,
      [&](std::size_t block) {
        std::string text;
        std::string scratch;
        const std::size_t end = std::min(elements.size(), (block + 1) * kBlock);
        for (std::size_t i = block * kBlock; i < end; ++i) append(text, elements, i, scratch);
        return text;
      },
      [&](std::size_t, const std::string& text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); });
}

// Everything before the first element: the keys, and the graph's own data.
void write_head(std::ostream& out, const GraphInfo& info, const std::vector<Column>& node_cols,
                const std::vector<Column>& edge_cols) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // Keys: graph data (g_*), node attributes (n*), colours, edge attributes (e*).
  // Graph keys only for the values present: Gephi does not know for="graph" and lists each such
  // key in its import report (it imports everything else), so none is written without need.
  if (!info.source.empty()) write_key(out, "g_source", "graph", "source", "string");
  if (!info.title.empty()) write_key(out, "g_title", "graph", "title", "string");
  if (!info.date.empty()) write_key(out, "g_date", "graph", "date", "string");
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
  if (!info.source.empty()) write_data(out, "    ", "g_source", info.source);
  if (!info.title.empty()) write_data(out, "    ", "g_title", info.title);
  if (!info.date.empty()) write_data(out, "    ", "g_date", info.date);
}

}  // namespace

void GraphmlWriter::write(const Graph& graph, std::ostream& out) const {
  // The columns take a pass over every element: on a second thread, while the ids are sorted.
  std::vector<Column> node_cols;
  std::vector<Column> edge_cols;
  auto find_columns = [&] {
    node_cols = node_columns(graph);
    edge_cols = edge_columns(graph);
  };
  Graph::Sorted sorted;
  if (threads_ > 1) {
    auto columns = std::async(std::launch::async, find_columns);
    sorted = graph.sorted(threads_);
    columns.get();
  } else {
    find_columns();
    sorted = graph.sorted();
  }
  const auto& [nodes, edges] = sorted;

  write_head(out, graph.info, node_cols, edge_cols);

  const auto node_tags = data_tags('n', node_cols.size());
  const auto edge_tags = data_tags('e', edge_cols.size());
  write_blocks(out, nodes, threads_, [&](std::string& text, const auto& all, std::size_t i, std::string& scratch) {
    append_node(text, *all[i], node_cols, node_tags, scratch);
  });
  write_blocks(out, edges, threads_, [&](std::string& text, const auto& all, std::size_t i, std::string& scratch) {
    append_edge(text, all[i], edge_cols, edge_tags, scratch);
  });
  out << "  </graph>\n</graphml>\n";
}

GraphmlStream::GraphmlStream(std::ostream& out, const GraphInfo& info, std::vector<Column> node_columns,
                             std::vector<Column> edge_columns)
    : out_(out),
      node_columns_(std::move(node_columns)),
      edge_columns_(std::move(edge_columns)),
      node_tags_(data_tags('n', node_columns_.size())),
      edge_tags_(data_tags('e', edge_columns_.size())) {
  write_head(out_, info, node_columns_, edge_columns_);
}

void GraphmlStream::node(const NodeData& node) {
  append_node(text_, node, node_columns_, node_tags_, scratch_);
  if (text_.size() >= kFlushBytes) flush();
}

void GraphmlStream::edge(const std::string& source, const std::string& target, const EdgeData& edge) {
  source_.id = source;
  target_.id = target;
  append_edge(text_, Graph::EdgeView(source_, target_, edge), edge_columns_, edge_tags_, scratch_);
  if (text_.size() >= kFlushBytes) flush();
}

void GraphmlStream::flush() {
  out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
}

void GraphmlStream::finish() {
  text_ += "  </graph>\n</graphml>\n";
  flush();
  out_.flush();
}

}  // namespace parley::writers
