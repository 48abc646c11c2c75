// JSON in networkx's node-link form ({"directed": true, "multigraph": true, "graph", "nodes",
// "links"}), written with RapidJSON: lists as arrays, counts as integers, weights as doubles,
// each link keyed by its edge id so that networkx's MultiDiGraph keeps parallel edges apart.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "parley/graph_writer.hpp"
#include "writers/attribute_table.hpp"
#include "writers/element_stream.hpp"

namespace parley::writers {

class JsonWriter final : public GraphWriter {
 public:
  // one_line: no line breaks at all (a JSON Lines record); else one node or link per line.
  explicit JsonWriter(bool one_line = false) : one_line_(one_line) {}
  void write(const Graph& graph, std::ostream& out) const override;

 private:
  bool one_line_;
};

// The same element by element (writers/element_stream.hpp): JsonWriter writes through it.
class JsonStream final : public ElementStream {
 public:
  JsonStream(std::ostream& out, const GraphInfo& info, std::vector<Column> node_columns,
             std::vector<Column> edge_columns, bool one_line);
  ~JsonStream() override;
  void node(const NodeData& node) override;
  void edge(const std::string& source, const std::string& target, const EdgeData& edge) override;
  void finish() override;

 private:
  struct Json;  // RapidJSON's buffer and writer
  const char* layout(const char* readable, const char* one_line) const { return one_line_ ? one_line : readable; }
  void start_links();

  std::ostream& out_;
  std::vector<Column> node_columns_;
  std::vector<Column> edge_columns_;
  bool one_line_;
  std::unique_ptr<Json> json_;
  std::size_t nodes_ = 0;
  std::size_t edges_ = 0;
  bool in_links_ = false;
  NodeData source_;  // the edge's ends: only their ids are written
  NodeData target_;
};

}  // namespace parley::writers
