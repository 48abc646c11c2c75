// Merging graphs by id: many briefings into one corpus graph (SCHEMA.md, "Identity").
//
// The rules, chosen so that the result does not depend on input order or grouping (merge is
// commutative and associative, byte for byte in every writer); see also docs/MERGE_AND_DIFF.md:
//  - Nodes with the same id are one node; edges with the same (type, source, target) are one edge
//    (symmetric types are stored from the smaller id to the larger).
//  - Support is kept per document (source -> count) and combined by taking the larger count per
//    document: so an edge's `weight` is its sentence count summed over distinct documents, its
//    `documents` the number of distinct documents, and merging a graph that already holds a
//    document does not count it twice. `sources` and `mentions` derive from the same support.
//  - Where documents disagree, parley/graph.hpp's combining rules pick the value: label, kind,
//    location, country and role: the longest, ties by byte order; date: the most specific
//    (longest ISO form), ties by the earliest; evidence: the first in (source, start, end, text)
//    order; rule: the smallest; aliases: the union; further attributes: the larger in byte order.
//  - `first_seen` / `last_seen`: every node of a graph of one dated document is stamped with that
//    document's date; merged, first_seen keeps the earliest and last_seen the latest. (A document
//    is expected to carry one date in every graph that holds it.)
//  - Rounds of a series are linked across documents: when meetings `meeting:<series>-<n>` and
//    `meeting:<series>-<n-1>` are both in the graph (n a round number from 1 to 999, written
//    without leading zeros, and `<series>` not ending in a year or month, so that dated ids such
//    as `meeting:call-2023-12-04` are not mistaken for rounds), a `follows` edge joins round n to
//    round n-1, with rule `merge:series-round` and no support of its own.
//  - The graph info: for one document, its source, the longest title and the latest date; for
//    several, the sorted distinct document names joined by " | ", title "Merged graph", no date.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley {

// Adds `from` into `into` by the rules above.
void merge_graph(Graph& into, const Graph& from);

// Merges many graphs into one, with the same result as folding merge_graph over them from an
// empty graph, but in time linear in the total size: the document list and the round links,
// which merge_graph recomputes over the whole corpus at every step, are built once by finish().
class GraphMerger {
 public:
  void add(const Graph& graph);
  // The same, taking the graph over when it is the first: a single large document is then held
  // once rather than twice (its graph and the merger's copy of it).
  void add(Graph&& graph);
  // The merged graph; the merger is empty again afterwards.
  Graph finish();

 private:
  Graph graph_;
  std::set<std::string> documents_;
  GraphInfo info_;  // while the graphs hold at most one document
};

// The documents a graph holds: its info source (split at " | ") and every support source.
std::vector<std::string> graph_documents(const Graph& graph);

// Widens a node's first_seen / last_seen to take in `date` (see above).
void stamp_seen(NodeData& node, const std::string& date);

// Adds the `follows` edges between consecutive rounds of a series present in `graph`.
void link_series_rounds(Graph& graph);

}  // namespace parley
