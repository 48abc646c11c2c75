// The CSV writer (Gephi's spreadsheet import).
#include "writers/csv_writer.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <ostream>
#include <vector>

#include "parley/error.hpp"
#include "writers/attribute_table.hpp"

namespace parley::writers {
namespace {

constexpr const char* kLineEnd = "\r\n";

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << kLineEnd;
}

// Gephi matches its own column names case-insensitively: an attribute named like one of them
// would be taken for it, so it gets a prefix.
std::string column_header(const std::string& name, std::initializer_list<const char*> reserved) {
  for (const char* taken : reserved) {
    if (name.size() == std::string_view(taken).size() &&
        std::equal(name.begin(), name.end(), taken, [](char a, char b) {
                     return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                   })) {
      return "attr_" + name;
    }
  }
  return name;
}

std::filesystem::path with_part(const std::filesystem::path& path, const char* part) {
  std::filesystem::path out = path;
  out.replace_filename(path.stem().string() + "." + part + ".csv");
  return out;
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::filesystem::path csv_nodes_path(const std::filesystem::path& path) { return with_part(path, "nodes"); }
std::filesystem::path csv_edges_path(const std::filesystem::path& path) { return with_part(path, "edges"); }

void CsvWriter::write(const Graph&, std::ostream&) const {
  throw Error(ErrorKind::usage, "-", "CSV is two files (<stem>.nodes.csv and <stem>.edges.csv) and cannot go to one stream; give -o x.csv");
}

void CsvWriter::write_nodes(const Graph& graph, std::ostream& out) const {
  const auto columns = node_columns(graph);
  std::vector<std::string> header = {"Id", "Label"};
  for (const auto& column : columns) {
    if (column.name != "label") header.push_back(column_header(column.name, {"Id", "Label", "Interval", "Timeset"}));
  }
  write_row(out, header);
  for (const NodeData* node : graph.sorted_nodes()) {
    std::vector<std::string> row = {node->id, node->label.empty() ? node->id : node->label};
    for (const auto& column : columns) {
      if (column.name != "label") row.push_back(node_value(*node, column.name).value_or(""));
    }
    write_row(out, row);
  }
}

void CsvWriter::write_edges(const Graph& graph, std::ostream& out) const {
  const auto columns = edge_columns(graph);
  // Kind is Gephi's edge type for parallel edges: with it, two edges of different types between
  // the same nodes stay two edges.
  std::vector<std::string> header = {"Source", "Target", "Type", "Id", "Label", "relation", "Weight", "Kind"};
  auto is_fixed = [](const std::string& name) { return name == "type" || name == "weight"; };
  for (const auto& column : columns) {
    if (!is_fixed(column.name)) {
      header.push_back(column_header(column.name, {"Source", "Target", "Type", "Id", "Label", "relation", "Weight",
                                                   "Kind", "Interval", "Timeset"}));
    }
  }
  write_row(out, header);
  for (const auto& edge : graph.sorted_edges()) {
    std::vector<std::string> row = {edge.source().id, edge.target().id, "Directed", edge_id(edge), edge.data().type,
                                    edge.data().type, edge_value(edge, "weight").value_or(""), edge.data().type};
    for (const auto& column : columns) {
      if (!is_fixed(column.name)) row.push_back(edge_value(edge, column.name).value_or(""));
    }
    write_row(out, row);
  }
}

}  // namespace parley::writers
