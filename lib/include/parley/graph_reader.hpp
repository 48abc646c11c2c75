// Reading graphs back: GraphML and JSON (networkx node-link) written by Parley, and GraphML
// written by other tools such as networkx. What was written is restored exactly, per-document
// support included (from the `support` attribute), so that write -> read -> write is
// byte-identical and a corpus graph can be merged with new briefings without re-reading old ones.
//
// Graphs from other tools: a node without `type` reads as type `unknown`, one without `label` is
// labelled by its id; an edge without `type` takes its `label`, else `unknown`. Without a
// `support` attribute, support is rebuilt from `sources` and `mentions` / `weight` (spread over
// the sources), else credited to the graph's source, else to the file.
//
// Anything malformed (not XML or JSON, truncated, wrong namespace, undeclared key, dangling edge
// end, duplicate node id, a number that does not parse) is an Error of kind input naming the
// file, line and column.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

#include "parley/graph.hpp"

namespace parley {

// True for the extensions read_graph_file understands: .graphml, .xml, .json.
bool is_graph_file(const std::filesystem::path& path);

// Reads by extension. Throws Error (kind input) for an unknown extension, a missing file or bad
// content.
Graph read_graph_file(const std::filesystem::path& path);

// The same on a stream; `file` names it in errors and in support credited to the file.
Graph read_graphml(std::istream& in, const std::string& file);
Graph read_json_graph(std::istream& in, const std::string& file);

}  // namespace parley
