// GraphML, safe for Gephi, networkx and igraph: every key declared with attr.type and
// for="node" or for="edge" (never "all"), a label key, integer r/g/b colours, double weights,
// explicit edge ids, graph data under keys declared for="graph".
#pragma once

#include "parley/graph_writer.hpp"

namespace parley::writers {

class GraphmlWriter final : public GraphWriter {
 public:
  void write(const Graph& graph, std::ostream& out) const override;
};

}  // namespace parley::writers
