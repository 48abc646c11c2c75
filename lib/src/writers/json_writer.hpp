// JSON in networkx's node-link form ({"directed": true, "multigraph": true, "graph", "nodes",
// "links"}), written with RapidJSON: lists as arrays, counts as integers, weights as doubles,
// each link keyed by its edge id so that networkx's MultiDiGraph keeps parallel edges apart.
#pragma once

#include "parley/graph_writer.hpp"

namespace parley::writers {

class JsonWriter final : public GraphWriter {
 public:
  // one_line: no line breaks at all (a JSON Lines record); else one node or link per line.
  explicit JsonWriter(bool one_line = false) : one_line_(one_line) {}
  void write(const Graph& graph, std::ostream& out) const override;

 private:
  bool one_line_;
};

}  // namespace parley::writers
