// Merging a long stream of graphs into one (the reduce of JSON Lines map/reduce, thousands of
// one-document fragments) at a cost that grows as n log n, not n squared.
//
// merge_graph(into, from) costs time in proportion to both graphs (it gathers the documents of
// `into` and relinks series rounds), so adding n small graphs one by one to a growing corpus
// costs O(n^2). The reducer keeps at most one pending graph per size class and merges graphs of
// like size in pairs, as a binary counter carries, so each graph takes part in O(log n) merges
// and at most log2(n) graphs are held at a time. Since merging is commutative and associative
// byte for byte (parley/merge.hpp), the result is the graph that merging them one by one gives.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "parley/graph.hpp"

namespace parley {

class GraphReducer {
 public:
  void add(const Graph& graph);
  // The merge of every graph added (an empty graph when none was); the reducer is then empty.
  Graph finish();
  std::size_t added() const { return added_; }

 private:
  // levels_[k]: the merge of 2^k graphs added, or null. Held by pointer because a Graph's
  // move is a copy (see graph.hpp).
  std::vector<std::unique_ptr<Graph>> levels_;
  std::size_t added_ = 0;
};

}  // namespace parley
