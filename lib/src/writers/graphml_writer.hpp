// GraphML, safe for Gephi, networkx and igraph: every key declared with attr.type and
// for="node" or for="edge" (never "all"), a label key, integer r/g/b colours, double weights,
// explicit edge ids, graph data under keys declared for="graph".
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "parley/graph_writer.hpp"
#include "writers/attribute_table.hpp"
#include "writers/element_stream.hpp"

namespace parley::writers {

class GraphmlWriter final : public GraphWriter {
 public:
  // `threads` format blocks of elements in parallel (parley/ordered_parallel.hpp); the calling
  // thread writes them out in order.
  explicit GraphmlWriter(unsigned threads = 1) : threads_(threads) {}
  void write(const Graph& graph, std::ostream& out) const override;

 private:
  unsigned threads_;
};

// GraphML element by element (writers/element_stream.hpp), on one thread.
class GraphmlStream final : public ElementStream {
 public:
  GraphmlStream(std::ostream& out, const GraphInfo& info, std::vector<Column> node_columns,
                std::vector<Column> edge_columns);
  void node(const NodeData& node) override;
  void edge(const std::string& source, const std::string& target, const EdgeData& edge) override;
  void finish() override;  // the closing tags, and a flush

 private:
  static constexpr std::size_t kFlushBytes = 1 << 20;
  void flush();

  std::ostream& out_;
  std::vector<Column> node_columns_;
  std::vector<Column> edge_columns_;
  std::vector<std::string> node_tags_;
  std::vector<std::string> edge_tags_;
  NodeData source_;  // the edge's ends: only their ids are written
  NodeData target_;
  std::string text_;
  std::string scratch_;
};

}  // namespace parley::writers
