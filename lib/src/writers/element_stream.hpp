// A graph written element by element, for one that is never whole in memory (a large
// document's graph read back from its sorted runs, parley/spilling_graph.hpp): the bytes the
// format's GraphWriter writes for a graph of the same info, attributes and elements, given in the
// writers' order (nodes by id, then edges by source id, target id, type).
#pragma once

#include <memory>
#include <ostream>
#include <set>
#include <string>

#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"

namespace parley::writers {

class ElementStream {
 public:
  virtual ~ElementStream() = default;
  virtual void node(const NodeData& node) = 0;
  virtual void edge(const std::string& source, const std::string& target, const EdgeData& edge) = 0;
  virtual void finish() = 0;  // what follows the last element; flushes
};

// True for the formats that stream: GraphML and JSON.
inline bool streams(Format format) { return format == Format::graphml || format == Format::json; }

// The stream of such a format; nullptr for the formats that need the whole graph before the first
// element (DOT and GEXF count degrees, CSV is two files). `node_attribute_names` and
// `edge_attribute_names` are the NodeData / EdgeData attribute keys the elements will carry.
std::unique_ptr<ElementStream> make_element_stream(Format format, std::ostream& out, const GraphInfo& info,
                                                   const std::set<std::string>& node_attribute_names,
                                                   const std::set<std::string>& edge_attribute_names,
                                                   const WriteOptions& options);

}  // namespace parley::writers
