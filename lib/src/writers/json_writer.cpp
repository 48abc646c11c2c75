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

void JsonWriter::write(const Graph& graph, std::ostream& out) const {
  const auto node_cols = node_columns(graph);
  const auto edge_cols = edge_columns(graph);
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  // The whitespace of the layout: readable, or none that is a line break.
  auto layout = [this](const char* readable, const char* one_line) { return one_line_ ? one_line : readable; };

  writer.StartObject();
  if (!graph.info.source.empty()) write_member(writer, "source", graph.info.source);
  if (!graph.info.title.empty()) write_member(writer, "title", graph.info.title);
  if (!graph.info.date.empty()) write_member(writer, "date", graph.info.date);
  writer.EndObject();
  out << layout("{\n  ", "{") << "\"directed\": true," << layout("\n  ", " ") << "\"multigraph\": true,"
      << layout("\n  ", " ") << "\"graph\": " << take(buffer, writer) << "," << layout("\n  ", " ");

  out << "\"nodes\": [";
  const char* separator = layout("\n    ", "");
  for (const NodeData* node : graph.sorted_nodes()) {
    writer.StartObject();
    write_member(writer, "id", node->id);
    for (const auto& column : node_cols) {
      auto value = node_value(*node, column.name);
      if (!value) continue;
      write_typed(writer, Domain::node, column, *value,
                  is_list_column(column.name) ? node_list(*node, column.name) : std::vector<std::string>{}, {"id"});
    }
    writer.EndObject();
    out << separator << take(buffer, writer);
    separator = layout(",\n    ", ", ");
  }
  out << (graph.node_count() ? layout("\n  ],\n  ", "], ") : layout("],\n  ", "], "));

  out << "\"links\": [";
  separator = layout("\n    ", "");
  for (const auto& edge : graph.sorted_edges()) {
    writer.StartObject();
    write_member(writer, "source", edge.source().id);
    write_member(writer, "target", edge.target().id);
    write_member(writer, "key", edge_id(edge));
    for (const auto& column : edge_cols) {
      auto value = edge_value(edge, column.name);
      if (!value) continue;
      write_typed(writer, Domain::edge, column, *value,
                  is_list_column(column.name) ? edge_list(edge, column.name) : std::vector<std::string>{},
                  {"source", "target", "key"});
    }
    writer.EndObject();
    out << separator << take(buffer, writer);
    separator = layout(",\n    ", ", ");
  }
  out << (graph.edge_count() ? layout("\n  ]\n", "]") : layout("]\n", "]"));
  out << layout("}\n", "}");
}

}  // namespace parley::writers
