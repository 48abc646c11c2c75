// The JSON diff report in SCHEMA.md's shape ("Diff output").
#include <ostream>
#include <string_view>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "diff/diff_value_text.hpp"
#include "parley/diff.hpp"

namespace parley {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void string(JsonWriter& json, std::string_view text) {
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void member(JsonWriter& json, const char* name, std::string_view text) {
  json.Key(name);
  string(json, text);
}

// Numbers in their shortest exact form: 1, not 1.0.
void number(JsonWriter& json, double value) {
  const std::string text = diff::number_text(value);
  json.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void string_list(JsonWriter& json, const std::vector<std::string>& items) {
  json.StartArray();
  for (const auto& item : items) string(json, item);
  json.EndArray();
}

void value(JsonWriter& json, const DiffValue& v) {
  switch (v.kind) {
    case DiffValue::Kind::number: number(json, v.number); return;
    case DiffValue::Kind::list: string_list(json, v.list); return;
    case DiffValue::Kind::text: break;
  }
  if (v.text.empty()) {
    json.Null();
  } else {
    string(json, v.text);
  }
}

void side(JsonWriter& json, const char* name, const DiffSide& s) {
  json.Key(name);
  json.StartObject();
  member(json, "source", s.source);
  json.Key("nodes");
  json.Uint64(s.nodes);
  json.Key("edges");
  json.Uint64(s.edges);
  json.EndObject();
}

void changes(JsonWriter& json, const std::vector<FieldChange>& list) {
  json.Key("changes");
  json.StartObject();
  for (const auto& change : list) {
    json.Key(change.field.c_str());
    json.StartArray();
    value(json, change.old_value);
    value(json, change.new_value);
    json.EndArray();
  }
  json.EndObject();
}

void node_items(JsonWriter& json, const char* name, const std::vector<NodeDiff>& items, bool changed) {
  json.Key(name);
  json.StartArray();
  for (const auto& item : items) {
    const NodeData& node = item.node;
    json.StartObject();
    member(json, "id", node.id);
    member(json, "type", node.type);
    member(json, "label", node.label);
    if (!node.kind.empty()) member(json, "kind", node.kind);
    if (changed) {
      changes(json, item.changes);
    } else {
      json.Key("aliases");
      string_list(json, node.aliases);
      if (!node.date.empty()) member(json, "date", node.date);
      member(json, "evidence", node.evidence.text);
      if (!node.evidence.source.empty()) member(json, "evidence_source", node.evidence.source);
    }
    json.EndObject();
  }
  json.EndArray();
}

void edge_items(JsonWriter& json, const char* name, const std::vector<EdgeDiff>& items, bool changed) {
  json.Key(name);
  json.StartArray();
  for (const auto& item : items) {
    json.StartObject();
    member(json, "type", item.edge.type);
    member(json, "source", item.source);
    member(json, "target", item.target);
    if (changed) {
      changes(json, item.changes);
    } else {
      if (!item.edge.role.empty()) member(json, "role", item.edge.role);
      json.Key("weight");
      number(json, item.edge.weight());
      member(json, "evidence", item.edge.evidence.text);
      if (!item.edge.evidence.source.empty()) member(json, "evidence_source", item.edge.evidence.source);
    }
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

void write_diff_json(const GraphDiff& diff, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.SetIndent(' ', 2);
  json.StartObject();
  side(json, "old", diff.old_side);
  side(json, "new", diff.new_side);
  json.Key("nodes");
  json.StartObject();
  node_items(json, "added", diff.nodes_added, false);
  node_items(json, "removed", diff.nodes_removed, false);
  node_items(json, "changed", diff.nodes_changed, true);
  json.EndObject();
  json.Key("edges");
  json.StartObject();
  edge_items(json, "added", diff.edges_added, false);
  edge_items(json, "removed", diff.edges_removed, false);
  edge_items(json, "changed", diff.edges_changed, true);
  json.EndObject();
  json.EndObject();
  out << "\n";
}

}  // namespace parley
