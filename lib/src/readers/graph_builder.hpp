// Turns the attributes of a graph file (GraphML data, JSON node-link members) into the graph
// model, shared by the GraphML and JSON readers so that both restore a graph the same way:
// per-document support from `support` (or rebuilt from sources and mentions / weight), evidence,
// lists split at " | ", everything else kept as a further attribute.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "parley/error.hpp"
#include "parley/graph.hpp"

namespace parley::readers {

// One element's attributes as read: name -> text, lists joined by " | ".
using Attributes = std::map<std::string, std::string>;

class GraphBuilder {
 public:
  explicit GraphBuilder(std::string file) : file_(std::move(file)) {}

  void graph_attribute(const std::string& name, const std::string& value);
  // Throws Error (kind input, at `where`) for a duplicate id or a value that does not parse.
  void node(const std::string& id, const Attributes& attributes, Position where);
  void edge(const std::string& source, const std::string& target, const Attributes& attributes, Position where);
  // Builds the graph; throws Error for an edge whose end names no node.
  Graph finish();

  const std::string& file() const { return file_; }

 private:
  struct Pending {
    std::string id_or_source;
    std::string target;
    Attributes attributes;
    Position where;
  };

  NodeData make_node(const Pending& pending, const std::string& fallback_source) const;
  EdgeData make_edge(const Pending& pending, const std::string& fallback_source) const;

  std::string file_;
  GraphInfo info_;
  std::vector<Pending> nodes_;
  std::map<std::string, Position> node_positions_;
  std::vector<Pending> edges_;
};

}  // namespace parley::readers
