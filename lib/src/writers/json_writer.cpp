// The node-link JSON writer. Every value goes through RapidJSON; the layout puts one node or
// link per line, so that a changed element is a changed line in a diff of two graphs, or (one
// line) everything on one line, for a JSON Lines record.
#include "writers/json_writer.hpp"

#include <charconv>
#include <cstdint>
#include <initializer_list>
#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "writers/attribute_table.hpp"

namespace parley::writers {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(Writer& writer, const std::string& text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_member(Writer& writer, const std::string& name, const std::string& value) {
  write_string(writer, name);
  write_string(writer, value);
}

// Numbers come from the table as text written by std::to_chars; read back the same way (no
// locale can change the decimal point).
template <typename Number>
Number parse_number(const std::string& text) {
  Number value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// One attribute in its JSON type; the table gives the text, the column type its shape.
// `reserved` are the node-link keys (id; source, target, key): an extra attribute of that name is
// written as attr_<name> rather than clobbering them.
void write_typed(Writer& writer, Domain domain, const Column& column, const std::string& text,
                 const std::vector<std::string>& items, std::initializer_list<std::string_view> reserved) {
  write_string(writer, written_name(domain, column.name, reserved));
  if (is_list_column(column.name)) {
    writer.StartArray();
    for (const auto& item : items) write_string(writer, item);
    writer.EndArray();
    return;
  }
  switch (column.type) {
    case ValueType::integer: writer.Int64(parse_number<std::int64_t>(text)); return;
    case ValueType::real: writer.Double(parse_number<double>(text)); return;
    case ValueType::string: break;
  }
  write_string(writer, text);
}

// A finished RapidJSON document as text, the writer reset for the next one.
std::string take(rapidjson::StringBuffer& buffer, Writer& writer) {
  std::string text(buffer.GetString(), buffer.GetSize());
  buffer.Clear();
  writer.Reset(buffer);
  return text;
}

}  // namespace

struct JsonStream::Json {
  rapidjson::StringBuffer buffer;
  Writer writer{buffer};
  std::string take() { return writers::take(buffer, writer); }
};

JsonStream::JsonStream(std::ostream& out, const GraphInfo& info, std::vector<Column> node_columns,
                       std::vector<Column> edge_columns, bool one_line)
    : out_(out),
      node_columns_(std::move(node_columns)),
      edge_columns_(std::move(edge_columns)),
      one_line_(one_line),
      json_(std::make_unique<Json>()) {
  Writer& writer = json_->writer;
  writer.StartObject();
  if (!info.source.empty()) write_member(writer, "source", info.source);
  if (!info.title.empty()) write_member(writer, "title", info.title);
  if (!info.date.empty()) write_member(writer, "date", info.date);
  writer.EndObject();
  out_ << layout("{\n  ", "{") << "\"directed\": true," << layout("\n  ", " ") << "\"multigraph\": true,"
       << layout("\n  ", " ") << "\"graph\": " << json_->take() << "," << layout("\n  ", " ");
  out_ << "\"nodes\": [";
}

JsonStream::~JsonStream() = default;

void JsonStream::node(const NodeData& node) {
  Writer& writer = json_->writer;
  writer.StartObject();
  write_member(writer, "id", node.id);
  for (const auto& column : node_columns_) {
    auto value = node_value(node, column.name);
    if (!value) continue;
    write_typed(writer, Domain::node, column, *value,
                is_list_column(column.name) ? node_list(node, column.name) : std::vector<std::string>{}, {"id"});
  }
  writer.EndObject();
  out_ << (nodes_++ ? layout(",\n    ", ", ") : layout("\n    ", "")) << json_->take();
}

void JsonStream::start_links() {
  if (in_links_) return;
  in_links_ = true;
  out_ << (nodes_ ? layout("\n  ],\n  ", "], ") : layout("],\n  ", "], "));
  out_ << "\"links\": [";
}

void JsonStream::edge(const std::string& source, const std::string& target, const EdgeData& edge) {
  start_links();
  source_.id = source;
  target_.id = target;
  const Graph::EdgeView view(source_, target_, edge);
  Writer& writer = json_->writer;
  writer.StartObject();
  write_member(writer, "source", source);
  write_member(writer, "target", target);
  write_member(writer, "key", edge_id(view));
  for (const auto& column : edge_columns_) {
    auto value = edge_value(view, column.name);
    if (!value) continue;
    write_typed(writer, Domain::edge, column, *value,
                is_list_column(column.name) ? edge_list(view, column.name) : std::vector<std::string>{},
                {"source", "target", "key"});
  }
  writer.EndObject();
  out_ << (edges_++ ? layout(",\n    ", ", ") : layout("\n    ", "")) << json_->take();
}

void JsonStream::finish() {
  start_links();
  out_ << (edges_ ? layout("\n  ]\n", "]") : layout("]\n", "]"));
  out_ << layout("}\n", "}");
  out_.flush();
}

void JsonWriter::write(const Graph& graph, std::ostream& out) const {
  JsonStream stream(out, graph.info, node_columns(graph), edge_columns(graph), one_line_);
  for (const NodeData* node : graph.sorted_nodes()) stream.node(*node);
  for (const auto& edge : graph.sorted_edges()) stream.edge(edge.source().id, edge.target().id, edge.data());
  stream.finish();
}

}  // namespace parley::writers
