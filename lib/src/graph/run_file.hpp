// Sorted runs of graph elements on disk: what SpillingGraph writes when its graph outgrows its
// memory budget, and reads back in order to merge them (parley/spilling_graph.hpp).
//
// Runs are appended to two temporary files, one of nodes (NodeData in id order) and one of edges
// (source id, target id and EdgeData, by source id, target id, type); a run is a byte range of
// each. The files are unlinked as soon as they are made, so nothing is left behind however the
// process ends, and each reader reads its range by offset (pread) with a buffer of its own.
// Records are a private binary encoding (lengths as varints, numbers as fixed bytes), never kept.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley::graph_runs {

struct EdgeRecord {
  std::string source;
  std::string target;
  EdgeData data;
};

// [begin, end) in a RunFile.
struct ByteRange {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
};

// A temporary file with no name: made in `directory` and unlinked at once. Throws Error (kind
// input) when it cannot be made, written or read.
class RunFile {
 public:
  RunFile(const std::filesystem::path& directory, const std::string& what);
  ~RunFile();
  RunFile(const RunFile&) = delete;
  RunFile& operator=(const RunFile&) = delete;

  std::uint64_t size() const { return size_; }
  void append(const char* data, std::size_t size);
  // Up to `size` bytes at `offset`; fewer only at the end of the file.
  std::size_t read_at(std::uint64_t offset, char* data, std::size_t size) const;

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::string name_;  // for errors: what the file holds and where it was made
};

// Appends records to a RunFile through a large buffer.
class RunWriter {
 public:
  explicit RunWriter(RunFile& file);
  void write(const NodeData& node);
  void write(const std::string& source, const std::string& target, const EdgeData& edge);
  ByteRange finish();  // flushes; the range of everything written

 private:
  void flush_if_full();
  RunFile& file_;
  std::uint64_t begin_;
  std::string buffer_;
};

// Reads the records of one range in order.
class RunReader {
 public:
  RunReader(const RunFile& file, ByteRange range);
  bool next(NodeData& node);  // false at the end of the range
  bool next(EdgeRecord& edge);

 private:
  bool at_end();
  bool fill(std::size_t bytes);
  void need(std::size_t bytes);  // throws Error when the range ends inside a record
  std::uint64_t varint();
  std::string_view text();  // valid until the next read
  void text(std::string& out);
  // A document's name (evidence source, support key). Records name the same few documents over
  // and over: the last one read is shared (see SharedString), not made again.
  const SharedString& source_name();
  template <typename T>
  T fixed();

  const RunFile* file_;
  std::uint64_t offset_;  // of the next byte to read from the file
  std::uint64_t end_of_range_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  SharedString last_source_;
};

// Appends the whole of `graph` as one run: its nodes to `nodes`, its edges to `edges`.
struct Run {
  ByteRange nodes;
  ByteRange edges;
};
Run write_run(const Graph& graph, RunFile& nodes, RunFile& edges);

}  // namespace parley::graph_runs
