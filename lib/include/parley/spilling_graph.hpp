// The graph of one very large document, held in memory up to a budget and spilled to disk as
// sorted runs beyond it, so that extracting a file of any size takes bounded memory.
//
// A document read in pieces (read_document_pieces) gives one graph per piece; they accumulate
// here as they would in one Graph (add_node / add_edge: sentence counts add up). When the graph
// outgrows the budget it is written out as a sorted run and memory starts again from empty. At
// the end the runs are merged in order, element by element: GraphML and JSON are written straight
// from that merge; DOT, GEXF, CSV and take() build the whole graph in memory from it. Either way the
// bytes are those of the graph accumulated in memory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <set>
#include <string>

#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"

namespace parley {

class SpillingGraph {
 public:
  // About how much memory a graph takes per element (node or edge) of a large document's graph,
  // evidence included: measured on the benchmark's one-document file (0.9 KB).
  static constexpr std::size_t kBytesPerElement = 900;

  // Keeps the graph in memory while its estimate (elements x kBytesPerElement) is within
  // `budget_bytes`. Runs go to two temporary files in `directory` (default: the system's
  // temporary directory, $TMPDIR), unlinked as soon as they are made: they take disk space
  // until this object goes, but leave nothing behind however the process ends.
  explicit SpillingGraph(std::size_t budget_bytes, std::filesystem::path directory = {});
  ~SpillingGraph();
  SpillingGraph(SpillingGraph&&) noexcept;
  SpillingGraph& operator=(SpillingGraph&&) noexcept;

  // Adds the graph of one more piece of the document. The first piece's info (source, title,
  // date) stands for the whole. Throws Error (kind input) when a run cannot be written.
  void add(Graph&& piece);
  bool spilled() const;
  std::size_t runs() const;

  // The whole graph in memory. Afterwards this object is empty.
  Graph take();

  // Writes what write_graph_file / GraphWriter::write would write for take(), or with
  // `as_merged` for the result of a GraphMerger given take() alone (the nodes stamped with the
  // document's date as first_seen / last_seen, rounds of a series linked). GraphML and JSON
  // are streamed from the runs without building the graph. Afterwards this object is empty.
  void write(std::ostream& out, Format format, const WriteOptions& options, bool as_merged);
  void write_file(const std::filesystem::path& path, Format format, const WriteOptions& options, bool as_merged);

 private:
  struct Runs;  // the run files and the ranges of the runs in them

  void spill();
  void clear();  // empty again, runs dropped
  void stream(std::ostream& out, Format format, const WriteOptions& options, bool as_merged);  // GraphML, JSON
  Graph whole(bool as_merged);

  std::size_t budget_bytes_ = 0;
  std::filesystem::path directory_;  // where run files are made
  std::unique_ptr<Runs> runs_;       // none until the first spill
  GraphInfo info_;
  bool has_info_ = false;
  Graph graph_;
  // Extra attribute names (NodeData::attributes, EdgeData::attributes keys) of the spilled
  // elements: the columns a stream declares before any element is read back.
  std::set<std::string> node_attribute_names_;
  std::set<std::string> edge_attribute_names_;
};

}  // namespace parley
