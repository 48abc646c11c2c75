// Sorted runs of graph elements on disk: what SpillingGraph writes when its graph outgrows its
// memory budget, and reads back in order to merge them (parley/spilling_graph.hpp).
//
// A run is two files, `<base>.nodes` (NodeData in id order) and `<base>.edges` (source id, target
// id and EdgeData, in writer order: by source id, target id, type). Records are a private binary
// encoding (lengths as varints, numbers as fixed bytes) read back only by this build, never kept.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley::graph_runs {

struct EdgeRecord {
  std::string source;
  std::string target;
  EdgeData data;
};

// Writes records to one file through a large buffer. Throws Error (kind input) when it cannot.
class RunWriter {
 public:
  explicit RunWriter(const std::filesystem::path& path);
  void write(const NodeData& node);
  void write(const std::string& source, const std::string& target, const EdgeData& edge);
  void close();  // flushes; throws when anything failed to reach the disk

 private:
  void flush_if_full();
  std::filesystem::path path_;
  std::ofstream out_;
  std::string buffer_;
};

// Reads the records of one file in order.
class RunReader {
 public:
  explicit RunReader(const std::filesystem::path& path);
  bool next(NodeData& node);    // false at the end of the file
  bool next(EdgeRecord& edge);

 private:
  bool at_end();
  bool fill(std::size_t bytes);
  void need(std::size_t bytes);  // throws Error when the file ends inside a record
  std::uint64_t varint();
  void text(std::string& out);
  template <typename T>
  T fixed();

  std::filesystem::path path_;
  std::ifstream in_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
};

// Writes the whole of `graph` as a run at `base` (two files); returns nothing, throws on failure.
void write_run(const Graph& graph, const std::filesystem::path& base);
std::filesystem::path nodes_path(const std::filesystem::path& base);
std::filesystem::path edges_path(const std::filesystem::path& base);

}  // namespace parley::graph_runs
