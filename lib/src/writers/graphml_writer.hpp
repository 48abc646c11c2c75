// GraphML, safe for Gephi, networkx and igraph: every key declared with attr.type and
// for="node" or for="edge" (never "all"), a label key, integer r/g/b colours, double weights,
// explicit edge ids, graph data under keys declared for="graph".
#pragma once

#include "parley/graph_writer.hpp"

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

}  // namespace parley::writers
