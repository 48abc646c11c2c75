// CSV for Gephi's spreadsheet import: two files, <stem>.nodes.csv (Id, Label, attributes) and
// <stem>.edges.csv (Source, Target, Type=Directed, Id, Label, relation = the edge type, Weight,
// Kind = the edge type again, which Gephi uses to keep parallel edges apart, attributes). RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "parley/graph_writer.hpp"

namespace parley::writers {

class CsvWriter final : public GraphWriter {
 public:
  // CSV is two files: write_graph_file writes them. Throws Error (kind usage).
  void write(const Graph& graph, std::ostream& out) const override;

  void write_nodes(const Graph& graph, std::ostream& out) const;
  void write_edges(const Graph& graph, std::ostream& out) const;
};

// "x.csv" -> "x.nodes.csv" and "x.edges.csv" (beside it).
std::filesystem::path csv_nodes_path(const std::filesystem::path& path);
std::filesystem::path csv_edges_path(const std::filesystem::path& path);

// One RFC 4180 field.
std::string csv_field(std::string_view text);

}  // namespace parley::writers
