// The actor network: the actor-to-actor projection of a graph that users load into Gephi to see
// who deals with whom (SCHEMA.md). Two actors are joined by one `deals_with` edge when they are
// linked, by any edge in either direction, to the same meeting, agreement or commitment;
// `weight` is how many such items they share and the attribute `shared` lists their labels
// (sorted, joined by " | "). The edge is symmetric, stored from the smaller id to the larger.
#pragma once

#include "parley/graph.hpp"

namespace parley {

// The projection of `full`: its actor nodes (with their attributes) and deals_with edges.
Graph actor_network(const Graph& full);

}  // namespace parley
