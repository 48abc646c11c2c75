// GEXF, Gephi's own format: 1.2draft by default (read by Gephi, networkx and graphology), 1.3 on
// request. Typed attributes declared per class, viz:color by node type, viz:size by mentions
// (or degree when a node has none), edges typed by GEXF `kind` so that Gephi keeps parallel
// edges of different types apart, and dynamic mode (timeformat="date") when elements carry
// dates, each dated element spanning its day, month or year (see date_interval.hpp).
#pragma once

#include <string>

#include "parley/graph_writer.hpp"

namespace parley::writers {

class GexfWriter final : public GraphWriter {
 public:
  // version: "1.2" (1.2draft) or "1.3"; throws Error (kind usage) for another.
  explicit GexfWriter(std::string version = "1.2");
  void write(const Graph& graph, std::ostream& out) const override;

 private:
  std::string version_;
};

}  // namespace parley::writers
