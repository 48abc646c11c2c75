// SpillingGraph: a large document's graph spilled to sorted runs gives the bytes of the graph
// accumulated in memory, in every way it can be read back.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/run_file.hpp"
#include "parley/error.hpp"
#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"
#include "parley/spilling_graph.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

std::string written(const Graph& graph, Format format) {
  std::ostringstream out;
  make_writer(format)->write(graph, out);
  return out.str();
}

std::string streamed(SpillingGraph graph, Format format, bool as_merged, const WriteOptions& options = {}) {
  std::ostringstream out;
  graph.write(out, format, options, as_merged);
  return out.str();
}

std::string written(const Graph& graph, Format format, const WriteOptions& options) {
  std::ostringstream out;
  make_writer(format, options)->write(graph, out);
  return out.str();
}

Graph merged_alone(Graph graph) {
  GraphMerger merger;
  merger.add(std::move(graph));
  return merger.finish();
}

// A scratch directory of its own, removed afterwards.
struct ScratchDirectory {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "parley-spilling-graph-test";
  ScratchDirectory() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~ScratchDirectory() { std::filesystem::remove_all(path); }
  bool empty() const { return std::filesystem::is_empty(path); }
};

}  // namespace

TEST_CASE("pieces spilled to runs read back as the graph accumulated in memory") {
  const ScratchDirectory scratch;
  for (unsigned seed = 1; seed <= 25; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    // The pieces of one document: the same source, the first piece's info standing for all.
    const std::string date = seed % 3 == 0 ? "" : "2024-03-0" + std::to_string(1 + seed % 9);
    std::vector<Graph> pieces;
    for (int i = 0; i < 6; ++i) pieces.push_back(random.document("big.txt", date));
    Graph accumulated = pieces.front();
    for (std::size_t i = 1; i < pieces.size(); ++i) {
      for (const NodeData* node : pieces[i].sorted_nodes()) accumulated.add_node(*node);
      for (const auto& edge : pieces[i].sorted_edges()) accumulated.add_edge(edge.source().id, edge.target().id, edge.data());
    }
    const Graph as_merged = merged_alone(accumulated);

    // Budgets: everything in memory, a spill after every piece, a spill now and then.
    for (std::size_t budget : {std::size_t{1} << 40, std::size_t{1}, 40 * SpillingGraph::kBytesPerElement}) {
      CAPTURE(budget);
      auto spilling = [&] {
        SpillingGraph graph(budget, scratch.path);
        for (const Graph& piece : pieces) graph.add(Graph(piece));
        if (budget == 1) CHECK(graph.runs() == pieces.size());
        if (budget > (std::size_t{1} << 39)) CHECK_FALSE(graph.spilled());
        return graph;
      };
      CHECK(written(spilling().take(), Format::graphml) == written(accumulated, Format::graphml));
      CHECK(streamed(spilling(), Format::graphml, false) == written(accumulated, Format::graphml));
      CHECK(streamed(spilling(), Format::graphml, true) == written(as_merged, Format::graphml));
      CHECK(streamed(spilling(), Format::json, true) == written(as_merged, Format::json));
      WriteOptions one_line;
      one_line.json_one_line = true;
      CHECK(streamed(spilling(), Format::json, false, one_line) == written(accumulated, Format::json, one_line));
      CHECK(streamed(spilling(), Format::dot, false) == written(accumulated, Format::dot));
    }
  }
  CHECK(scratch.empty());  // every run directory removed once read back or dropped
}

TEST_CASE("a graph spilled and written to a file goes there whole, and leaves no run file behind") {
  const ScratchDirectory scratch;
  testing::RandomGraphs random(7);
  Graph piece = random.document("big.txt", "2023-05-01");
  const std::string expected = written(merged_alone(piece), Format::graphml);
  SpillingGraph graph(1, scratch.path);
  graph.add(Graph(piece));
  graph.add(Graph(piece));
  REQUIRE(graph.spilled());
  CHECK(scratch.empty());  // the run files have no name from the start
  const auto target = scratch.path / "out.graphml";
  graph.write_file(target, Format::graphml, {}, true);
  std::ifstream in(target, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  // The same piece twice: every count doubled, so compare against the doubled graph.
  Graph doubled = piece;
  for (const NodeData* node : piece.sorted_nodes()) doubled.add_node(*node);
  for (const auto& edge : piece.sorted_edges()) doubled.add_edge(edge.source().id, edge.target().id, edge.data());
  CHECK(text.str() == written(merged_alone(doubled), Format::graphml));
  CHECK(text.str() != expected);
  std::filesystem::remove(target);
  CHECK(scratch.empty());
}

TEST_CASE("a run cut short is an error, not a short graph") {
  const ScratchDirectory scratch;
  testing::RandomGraphs random(3);
  const Graph graph = random.document("d.txt", "");
  graph_runs::RunFile nodes(scratch.path, "nodes");
  graph_runs::RunFile edges(scratch.path, "edges");
  const graph_runs::Run run = graph_runs::write_run(graph, nodes, edges);
  REQUIRE(run.nodes.end > run.nodes.begin + 3);
  std::size_t read = 0;
  graph_runs::RunReader whole(nodes, run.nodes);
  for (NodeData node; whole.next(node);) ++read;
  CHECK(read == graph.node_count());
  graph_runs::RunReader cut(nodes, {run.nodes.begin, run.nodes.end - 3});
  NodeData node;
  CHECK_THROWS_AS(
      [&] {
        while (cut.next(node)) {
        }
      }(),
      Error);
}
