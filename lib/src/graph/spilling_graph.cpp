// A large document's graph in bounded memory: see parley/spilling_graph.hpp.
#include "parley/spilling_graph.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>
#include <queue>
#include <tuple>
#include <vector>


#include "graph/run_file.hpp"
#include "parley/error.hpp"
#include "parley/merge.hpp"
#include "parley/output_file.hpp"
#include "writers/element_stream.hpp"

namespace parley {
namespace {

using graph_runs::EdgeRecord;
using graph_runs::RunReader;

// Merges sorted runs record by record: equal keys (node id; edge source, target and type) are
// combined in run order, as Graph::add_node / add_edge would have combined them in memory.
const std::string& key_of(const NodeData& node) { return node.id; }
auto key_of(const EdgeRecord& edge) { return std::tie(edge.source, edge.target, edge.data.type); }
void accumulate(NodeData& into, const NodeData& from) { combine_node(into, from, true); }
void accumulate(EdgeRecord& into, const EdgeRecord& from) { combine_edge(into.data, from.data, true); }

template <typename Record>
class RunMerge {
 public:
  explicit RunMerge(std::vector<RunReader>& readers) : readers_(readers), current_(readers.size()), heap_(Later{this}) {
    for (std::size_t i = 0; i < readers_.size(); ++i) advance(i);
  }

  // The next combined record, or false when every run is done.
  bool next(Record& out) {
    if (heap_.empty()) return false;
    const std::size_t first = heap_.top();
    heap_.pop();
    out = std::move(current_[first]);
    advance(first);
    while (!heap_.empty() && key_of(current_[heap_.top()]) == key_of(out)) {
      const std::size_t same = heap_.top();
      heap_.pop();
      accumulate(out, current_[same]);
      advance(same);
    }
    return true;
  }

 private:
  void advance(std::size_t run) {
    if (readers_[run].next(current_[run])) heap_.push(run);
  }
  // The heap's top is the smallest key, ties by run order (the order the graphs were added).
  struct Later {
    const RunMerge* merge;
    bool operator()(std::size_t a, std::size_t b) const {
      const auto key_a = key_of(merge->current_[a]);
      const auto key_b = key_of(merge->current_[b]);
      return key_a != key_b ? key_b < key_a : b < a;
    }
  };

  std::vector<RunReader>& readers_;
  std::vector<Record> current_;
  std::priority_queue<std::size_t, std::vector<std::size_t>, Later> heap_;
};

std::filesystem::path run_directory(const std::filesystem::path& chosen) {
  if (!chosen.empty()) return chosen;
  std::error_code ec;
  auto directory = std::filesystem::temp_directory_path(ec);
  if (ec) throw Error(ErrorKind::input, "", "no temporary directory for a large graph: " + ec.message());
  return directory;
}

}  // namespace

struct SpillingGraph::Runs {
  explicit Runs(const std::filesystem::path& directory)
      : nodes(directory, "the nodes of a large graph"), edges(directory, "the edges of a large graph") {}
  graph_runs::RunFile nodes;
  graph_runs::RunFile edges;
  std::vector<graph_runs::Run> runs;
};

SpillingGraph::SpillingGraph(std::size_t budget_bytes, std::filesystem::path directory)
    : budget_bytes_(budget_bytes), directory_(std::move(directory)) {}
SpillingGraph::~SpillingGraph() = default;
SpillingGraph::SpillingGraph(SpillingGraph&&) noexcept = default;
SpillingGraph& SpillingGraph::operator=(SpillingGraph&&) noexcept = default;

bool SpillingGraph::spilled() const { return runs_ && !runs_->runs.empty(); }
std::size_t SpillingGraph::runs() const { return runs_ ? runs_->runs.size() : 0; }

void SpillingGraph::clear() {
  runs_.reset();
  info_ = {};
  has_info_ = false;
  graph_ = Graph();
  node_attribute_names_.clear();
  edge_attribute_names_.clear();
}

void SpillingGraph::add(Graph&& piece) {
  if (!has_info_) {
    info_ = piece.info;
    has_info_ = true;
  }
  if (graph_.node_count() == 0 && graph_.edge_count() == 0) {
    graph_ = std::move(piece);
  } else {
    for (const NodeData* node : piece.sorted_nodes()) graph_.add_node(*node);
    for (const auto& edge : piece.sorted_edges()) graph_.add_edge(edge.source().id, edge.target().id, edge.data());
  }
  if ((graph_.node_count() + graph_.edge_count()) * kBytesPerElement > budget_bytes_) spill();
}

void SpillingGraph::spill() {
  if (graph_.node_count() == 0 && graph_.edge_count() == 0) return;
  if (!runs_) runs_ = std::make_unique<Runs>(run_directory(directory_));
  // Every element goes through here before it is streamed (stream() spills what is left), so
  // the columns are known from the runs' graphs alone; a graph never spilled costs nothing.
  const auto& storage = graph_.storage();
  for (auto v : boost::make_iterator_range(boost::vertices(storage))) {
    for (const auto& [key, value] : storage[v].attributes) node_attribute_names_.insert(key);
  }
  for (auto e : boost::make_iterator_range(boost::edges(storage))) {
    for (const auto& [key, value] : graph_.edge_data(e).attributes) edge_attribute_names_.insert(key);
  }
  runs_->runs.push_back(graph_runs::write_run(graph_, runs_->nodes, runs_->edges));
  graph_ = Graph();
}

namespace {

// Reads the runs back merged, handing every node, then every edge, to the callbacks; with
// `as_merged`, as GraphMerger would leave them (see the header).
template <typename Runs>
void merge_runs(const Runs& runs, const GraphInfo& info, bool as_merged,
                const std::function<void(const NodeData&)>& on_node, const std::function<void(const EdgeRecord&)>& on_edge) {
  const bool stamp = as_merged && !info.date.empty();
  // Meetings, to link the rounds of a series as GraphMerger::finish does: few enough to hold.
  Graph meetings;
  {
    std::vector<RunReader> readers;
    for (const auto& run : runs.runs) readers.emplace_back(runs.nodes, run.nodes);
    RunMerge<NodeData> nodes(readers);
    NodeData node;
    while (nodes.next(node)) {
      if (stamp) stamp_seen(node, info.date);
      if (as_merged && node.id.rfind("meeting:", 0) == 0) {
        NodeData id_only;
        id_only.id = node.id;
        meetings.add_node(id_only);
      }
      on_node(node);
    }
  }
  std::vector<EdgeRecord> follows;
  if (as_merged) {
    link_series_rounds(meetings);
    for (const auto& edge : meetings.sorted_edges()) follows.push_back({edge.source().id, edge.target().id, edge.data()});
  }
  std::vector<RunReader> readers;
  for (const auto& run : runs.runs) readers.emplace_back(runs.edges, run.edges);
  RunMerge<EdgeRecord> edges(readers);
  EdgeRecord edge;
  auto link = follows.begin();
  // The round links come last for their key, as merge_edge adds them to the finished graph.
  bool more = edges.next(edge);
  while (more || link != follows.end()) {
    if (link != follows.end() && (!more || key_of(*link) < key_of(edge))) {
      on_edge(*link++);
      continue;
    }
    if (link != follows.end() && key_of(*link) == key_of(edge)) combine_edge(edge.data, (link++)->data, false);
    on_edge(edge);
    more = edges.next(edge);
  }
}

}  // namespace

Graph SpillingGraph::whole(bool as_merged) {
  Graph graph;
  if (!spilled()) {
    graph = std::move(graph_);
  } else {
    spill();
    merge_runs(
        *runs_, info_, false, [&](const NodeData& node) { graph.add_node(node); },
        [&](const EdgeRecord& edge) { graph.add_edge(edge.source, edge.target, edge.data); });
  }
  graph.info = info_;
  clear();
  if (!as_merged) return graph;
  GraphMerger merger;
  merger.add(std::move(graph));
  return merger.finish();
}

Graph SpillingGraph::take() { return whole(false); }

void SpillingGraph::stream(std::ostream& out, Format format, const WriteOptions& options, bool as_merged) {
  spill();
  std::set<std::string> node_names = node_attribute_names_;
  if (as_merged && !info_.date.empty()) node_names.insert({"first_seen", "last_seen"});
  const auto stream = writers::make_element_stream(format, out, info_, node_names, edge_attribute_names_, options);
  merge_runs(
      *runs_, info_, as_merged, [&](const NodeData& node) { stream->node(node); },
      [&](const EdgeRecord& edge) { stream->edge(edge.source, edge.target, edge.data); });
  stream->finish();
  clear();
}

void SpillingGraph::write(std::ostream& out, Format format, const WriteOptions& options, bool as_merged) {
  if (spilled() && writers::streams(format)) {
    stream(out, format, options, as_merged);
    return;
  }
  make_writer(format, options)->write(whole(as_merged), out);
}

void SpillingGraph::write_file(const std::filesystem::path& path, Format format, const WriteOptions& options,
                               bool as_merged) {
  if (spilled() && writers::streams(format)) {
    OutputFile file(path);
    stream(file.stream(), format, options, as_merged);
    file.commit();
    return;
  }
  write_graph_file(whole(as_merged), path, format, options);
}

}  // namespace parley
