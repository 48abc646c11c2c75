// The node-link JSON writer.
#include "writers/json_writer.hpp"

#include <initializer_list>
#include <ostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "writers/attribute_table.hpp"

namespace parley::writers {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void write_string(Writer& writer, const std::string& text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_member(Writer& writer, const std::string& name, const std::string& value) {
  write_string(writer, name);
  write_string(writer, value);
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
    case ValueType::integer: writer.Int64(std::stoll(text)); return;
    case ValueType::real: writer.Double(std::stod(text)); return;
    case ValueType::string: break;
  }
  write_string(writer, text);
}

}  // namespace

void JsonWriter::write(const Graph& graph, std::ostream& out) const {
  const auto node_cols = node_columns(graph);
  const auto edge_cols = edge_columns(graph);
  rapidjson::OStreamWrapper stream(out);
  Writer writer(stream);
  writer.SetIndent(' ', 2);
  writer.SetFormatOptions(rapidjson::kFormatSingleLineArray);

  writer.StartObject();
  writer.Key("directed");
  writer.Bool(true);
  writer.Key("multigraph");
  writer.Bool(true);
  writer.Key("graph");
  writer.StartObject();
  if (!graph.info.source.empty()) write_member(writer, "source", graph.info.source);
  if (!graph.info.title.empty()) write_member(writer, "title", graph.info.title);
  if (!graph.info.date.empty()) write_member(writer, "date", graph.info.date);
  writer.EndObject();

  writer.Key("nodes");
  writer.StartArray();
  for (const NodeData* node : graph.sorted_nodes()) {
    writer.StartObject();
    write_member(writer, "id", node->id);
    for (const auto& column : node_cols) {
      auto value = node_value(*node, column.name);
      if (!value) continue;
      write_typed(writer, Domain::node, column, *value, is_list_column(column.name) ? node_list(*node, column.name) : std::vector<std::string>{},
                  {"id"});
    }
    writer.EndObject();
  }
  writer.EndArray();

  writer.Key("links");
  writer.StartArray();
  for (const auto& edge : graph.sorted_edges()) {
    writer.StartObject();
    write_member(writer, "source", edge.source().id);
    write_member(writer, "target", edge.target().id);
    write_member(writer, "key", edge_id(edge));
    for (const auto& column : edge_cols) {
      auto value = edge_value(edge, column.name);
      if (!value) continue;
      write_typed(writer, Domain::edge, column, *value, is_list_column(column.name) ? edge_list(edge, column.name) : std::vector<std::string>{},
                  {"source", "target", "key"});
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace parley::writers
