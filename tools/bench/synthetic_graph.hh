// Writer throughput on a large merged graph: builds, through the public Graph API, a synthetic
// graph of N nodes and M edges (schema types, kinds and labels, edge weights from per-document
// support, no evidence) the same on every run, then writes it in every format and times each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <vector>

#include "parley/graph_writer.hpp"

namespace parley::bench {

struct GraphWriteRun {
  Format format = Format::graphml;
  double seconds = 0;
  std::uint64_t bytes = 0;  // every file written (CSV: both tables)
};

struct SyntheticGraphRun {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  unsigned threads = 1;     // WriteOptions::threads of the writes
  double node_seconds = 0;  // time to add the nodes
  double edge_seconds = 0;  // time to add the edges
  std::uint64_t peak_rss_after_build = 0;
  std::uint64_t peak_rss_after_writes = 0;
  std::vector<GraphWriteRun> writes;
};

// Writes the files into `out_dir` and removes each once measured (they are gigabytes).
// `threads`: WriteOptions::threads, as `parley extract -j` and `parley merge -j` pass it.
SyntheticGraphRun run_synthetic_graph(std::size_t nodes, std::size_t edges, unsigned threads,
                                      const std::filesystem::path& out_dir, std::ostream& log);

}  // namespace parley::bench
