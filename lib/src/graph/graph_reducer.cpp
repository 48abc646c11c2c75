// The balanced merge of many graphs (parley/graph_reducer.hpp).
#include "parley/graph_reducer.hpp"

#include "parley/merge.hpp"

namespace parley {

void GraphReducer::add(const Graph& graph) {
  // Every graph starts as a merge into an empty graph, so that a level holds what merge_graph
  // makes of it (first_seen / last_seen stamped, series linked) as it would one by one.
  auto carry = std::make_unique<Graph>();
  merge_graph(*carry, graph);
  ++added_;
  for (auto& level : levels_) {
    if (!level) {
      level = std::move(carry);
      return;
    }
    merge_graph(*level, *carry);
    carry = std::move(level);
  }
  levels_.push_back(std::move(carry));
}

Graph GraphReducer::finish() {
  std::unique_ptr<Graph> result;
  // Smaller levels into larger ones: each step costs about the size of the larger graph.
  for (auto& level : levels_) {
    if (!level) continue;
    if (result) merge_graph(*level, *result);
    result = std::move(level);
  }
  levels_.clear();
  added_ = 0;
  return result ? *result : Graph{};
}

}  // namespace parley
