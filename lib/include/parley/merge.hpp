// Merging graphs by id: many briefings into one corpus graph (SCHEMA.md, SCHEMA ids).
// Commutative and associative: the result does not depend on input order or grouping.
#pragma once

#include "parley/graph.hpp"

namespace parley {

// Adds `from` into `into`: nodes and edges with the same id combine (parley/graph.hpp rules);
// per-document support is kept, so merging a graph that already holds a document does not count
// it twice. The graph info becomes a summary when the sources differ.
void merge_graph(Graph& into, const Graph& from);

}  // namespace parley
