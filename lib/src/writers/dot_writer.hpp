// DOT for Graphviz: shapes and colours per node type, a legend cluster, edges labelled by type,
// every SCHEMA attribute carried as a DOT attribute. Graphviz reads `weight` as an integer layout
// hint, so the support is written as `support_weight` (and drawn as `penwidth`), never `weight`.
#pragma once

#include "parley/graph_writer.hpp"

namespace parley::writers {

class DotWriter final : public GraphWriter {
 public:
  void write(const Graph& graph, std::ostream& out) const override;
};

// A DOT double-quoted string: `"` and `\` escaped, line breaks as Graphviz's `\n`, control
// characters dropped; UTF-8 passes through.
std::string dot_quote(std::string_view text);

}  // namespace parley::writers
