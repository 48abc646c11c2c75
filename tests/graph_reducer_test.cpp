// The balanced merge of many graphs gives, byte for byte, what merging them one by one gives.
#include <doctest/doctest.h>

#include <sstream>

#include "parley/graph_reducer.hpp"
#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

std::string graphml(const Graph& graph) {
  std::ostringstream out;
  make_writer(Format::graphml)->write(graph, out);
  return out.str();
}

}  // namespace

TEST_CASE("the reducer equals merging one by one, for any number of graphs") {
  const std::vector<std::pair<std::string, std::string>> documents = {
      {"d1.txt", "2023-07-05"}, {"d2.txt", "2024-01"}, {"d3.txt", ""}, {"d4.txt", "2023-07-06"}, {"d5.txt", ""}};
  for (unsigned seed = 1; seed <= 8; ++seed) {
    testing::RandomGraphs random(seed);
    for (std::size_t count = 0; count <= 19; ++count) {
      CAPTURE(seed);
      CAPTURE(count);
      GraphReducer reducer;
      Graph one_by_one;
      for (std::size_t i = 0; i < count; ++i) {
        // Names repeat: a document may come twice, as when a fragment file is reduced twice.
        const auto& [name, date] = random.pick(documents);
        const Graph graph = random.document(name, date);
        reducer.add(graph);
        merge_graph(one_by_one, graph);
      }
      CHECK(reducer.added() == count);
      CHECK(graphml(reducer.finish()) == graphml(one_by_one));
      CHECK(reducer.added() == 0);
      CHECK(graphml(reducer.finish()) == graphml(Graph{}));
    }
  }
}
