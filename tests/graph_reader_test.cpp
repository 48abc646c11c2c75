// Reading graphs back: malformed GraphML and JSON are refused with the file, line and message;
// GraphML from networkx reads with defaults; write -> read -> write loses nothing.
#include <doctest/doctest.h>

#include <sstream>

#include "parley/error.hpp"
#include "parley/graph_reader.hpp"
#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

std::string written(const Graph& graph, Format format) {
  std::ostringstream out;
  make_writer(format)->write(graph, out);
  return out.str();
}

Graph read(const std::string& text, Format format) {
  std::istringstream in(text);
  return format == Format::json ? read_json_graph(in, "g.json") : read_graphml(in, "g.graphml");
}

struct Malformed {
  const char* name;
  std::string text;
  std::string message;  // a part of the message
  std::size_t line;
};

void check_refused(const Malformed& c, Format format) {
  const std::string name = c.name;
  CAPTURE(name);
  try {
    read(c.text, format);
    FAIL("accepted a malformed graph");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::input);
    CHECK(error.file() == (format == Format::json ? "g.json" : "g.graphml"));
    CHECK(error.message().find(c.message) != std::string::npos);
    CHECK(error.position().line == c.line);
  }
}

}  // namespace

TEST_CASE("malformed GraphML is refused with its line") {
  const std::string key_type = "  <key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n";
  const Malformed cases[] = {
      {"not XML", "this is not xml\n", "not well-formed XML", 1},
      {"empty", "", "not well-formed XML: no element found", 1},
      {"truncated", kHead + "  <graph edgedefault=\"directed\">\n    <node id=\"a\">\n", "not well-formed XML", 5},
      {"unclosed tag", kHead + "  <graph>\n    <node id=\"a\"\n  </graph>\n</graphml>\n", "not well-formed XML", 5},
      {"wrong namespace", "<graphml xmlns=\"http://example.org/other\">\n<graph/></graphml>\n", "not in the GraphML namespace", 1},
      {"no namespace", "<?xml version=\"1.0\"?>\n<graphml>\n<graph/></graphml>\n", "not in the GraphML namespace", 2},
      {"wrong root", "<gexf xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>\n", "root element is <gexf>", 1},
      {"no graph", kHead + "</graphml>\n", "no <graph> element", 3},
      {"undeclared key",
       kHead + key_type + "  <graph>\n    <node id=\"a\">\n      <data key=\"d9\">x</data>\n    </node>\n  </graph>\n</graphml>\n",
       "key 'd9', which no <key> declares", 6},
      {"key for the wrong element",
       kHead + key_type + "  <graph>\n    <node id=\"a\"/>\n    <node id=\"b\"/>\n    <edge source=\"a\" target=\"b\">\n"
                          "      <data key=\"t\">x</data>\n    </edge>\n  </graph>\n</graphml>\n",
       "declared for node and used on a edge", 8},
      {"dangling edge end",
       kHead + "  <graph>\n    <node id=\"a\"/>\n    <edge source=\"a\" target=\"zz\"/>\n  </graph>\n</graphml>\n",
       "no node with id 'zz'", 5},
      {"duplicate node id",
       kHead + "  <graph>\n    <node id=\"a\"/>\n    <node id=\"a\"/>\n  </graph>\n</graphml>\n",
       "duplicate node id 'a' (first at line 4)", 5},
      {"node without id", kHead + "  <graph>\n    <node/>\n  </graph>\n</graphml>\n", "<node> without a 'id'", 4},
      {"edge without target", kHead + "  <graph>\n    <node id=\"a\"/>\n    <edge source=\"a\"/>\n  </graph>\n</graphml>\n",
       "<edge> without a 'target'", 5},
      {"bad number",
       kHead + "  <key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
               "  <graph>\n    <node id=\"a\">\n      <data key=\"m\">three</data>\n    </node>\n  </graph>\n</graphml>\n",
       "'three' is not a valid mentions count", 5},
      {"bad support item",
       kHead + "  <key id=\"s\" for=\"node\" attr.name=\"support\" attr.type=\"string\"/>\n"
               "  <graph>\n    <node id=\"a\">\n      <data key=\"s\">d1</data>\n    </node>\n  </graph>\n</graphml>\n",
       "support item 'd1' is not source=count", 5},
      {"nested graph",
       kHead + "  <graph>\n    <node id=\"a\">\n      <graph/>\n    </node>\n  </graph>\n</graphml>\n",
       "nested <graph> elements are not supported", 5},
      {"hyperedge", kHead + "  <graph>\n    <hyperedge/>\n  </graph>\n</graphml>\n", "<hyperedge> is not supported", 4},
      {"two graphs", kHead + "  <graph/>\n  <graph/>\n</graphml>\n", "more than one <graph>", 4},
  };
  for (const auto& c : cases) check_refused(c, Format::graphml);
}

TEST_CASE("malformed JSON is refused with its line") {
  const Malformed cases[] = {
      {"not JSON", "<graphml/>", "not valid JSON", 1},
      {"empty", "", "not valid JSON", 1},
      {"truncated", "{\"nodes\": [\n  {\"id\": \"a\"},\n", "not valid JSON", 3},
      {"top-level array", "[1, 2]", "top level is an array", 1},
      {"no nodes", "{\"graph\": {}}", "no \"nodes\" array", 0},
      {"node not an object", "{\"nodes\": [\n  \"a\"\n]}", "nodes must be objects", 2},
      {"node without id", "{\"nodes\": [\n  {\"label\": \"A\"}\n]}", "node without \"id\"", 2},
      {"duplicate node id", "{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": \"a\"}\n]}", "duplicate node id 'a'", 3},
      {"dangling link", "{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [\n   {\"source\": \"a\", \"target\": \"b\"}]}",
       "no node with id 'b'", 3},
      {"bad weight", "{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [\n   {\"source\": \"a\", \"target\": \"a\", \"weight\": \"x\"}]}",
       "'x' is not a valid weight", 3},
  };
  for (const auto& c : cases) check_refused(c, Format::json);
}

TEST_CASE("GraphML from networkx: a node without type or label reads as unknown, labelled by its id") {
  // As networkx.write_graphml writes a graph with one node attribute and a weighted edge.
  const std::string text =
      "<?xml version='1.0' encoding='utf-8'?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"d1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\" />\n"
      "  <key id=\"d0\" for=\"node\" attr.name=\"colour\" attr.type=\"string\">\n"
      "    <default>blue</default>\n"
      "  </key>\n"
      "  <graph edgedefault=\"undirected\">\n"
      "    <node id=\"Paris\">\n      <data key=\"d0\">red</data>\n    </node>\n"
      "    <node id=\"Berlin\" />\n"
      "    <edge source=\"Paris\" target=\"Berlin\">\n      <data key=\"d1\">2.5</data>\n    </edge>\n"
      "  </graph>\n</graphml>\n";
  const Graph graph = read(text, Format::graphml);
  REQUIRE(graph.node_count() == 2);
  const NodeData* paris = graph.find_node("Paris");
  REQUIRE(paris != nullptr);
  CHECK(paris->type == "unknown");
  CHECK(paris->label == "Paris");
  CHECK(paris->attributes.at("colour") == "red");
  CHECK(graph.find_node("Berlin")->attributes.at("colour") == "blue");  // the key's default
  const EdgeData* edge = graph.find_edge("unknown", "Paris", "Berlin");
  REQUIRE(edge != nullptr);
  CHECK(edge->weight() == 2.5);
  CHECK(edge->sources() == std::vector<std::string>{"g.graphml"});  // credited to the file
}

TEST_CASE("what other tools add is skipped, not refused") {
  struct Case {
    const char* name;
    std::string text;
    Format format;
    std::size_t nodes;
    std::size_t edges;
  };
  const std::string deep = std::string(20000, '[') + std::string(20000, ']');
  const Case cases[] = {
      {"descriptions and file-level data",
       kHead + "  <desc>made by hand</desc>\n  <key id=\"k\" for=\"graphml\"/>\n  <data key=\"k\">x</data>\n"
               "  <graph><desc>g</desc><node id=\"a\"><desc>n</desc></node></graph>\n</graphml>\n",
       Format::graphml, 1, 0},
      {"yEd elements in another namespace",
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
       "  <key id=\"d0\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
       "  <graph><node id=\"a\"><data key=\"d0\"><y:ShapeNode><y:Fill color=\"#FF0000\"/></y:ShapeNode></data></node>"
       "<node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph>\n</graphml>\n",
       Format::graphml, 2, 1},
      {"numeric ids and nested values",
       "{\"directed\": false, \"graph\": {\"name\": {\"x\": 1}}, \"nodes\": [{\"id\": 1, \"pos\": {\"x\": 0}}, "
       "{\"id\": 2, \"deep\": " + deep + "}], \"links\": [{\"source\": 1, \"target\": 2, \"weight\": 0.5}]}",
       Format::json, 2, 1},
  };
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    const Graph graph = read(c.text, c.format);
    CHECK(graph.node_count() == c.nodes);
    CHECK(graph.edge_count() == c.edges);
  }
}

TEST_CASE("support is rebuilt from sources and mentions or weight when a tool dropped it") {
  const std::string text = kHead +
                           "  <key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
                           "  <key id=\"s\" for=\"node\" attr.name=\"sources\" attr.type=\"string\"/>\n"
                           "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                           "  <key id=\"es\" for=\"edge\" attr.name=\"sources\" attr.type=\"string\"/>\n"
                           "  <graph>\n"
                           "    <node id=\"a\"><data key=\"m\">5</data><data key=\"s\">d1 | d2</data></node>\n"
                           "    <edge source=\"a\" target=\"a\"><data key=\"w\">3</data><data key=\"es\">d1 | d2</data></edge>\n"
                           "  </graph>\n</graphml>\n";
  const Graph graph = read(text, Format::graphml);
  const NodeData* a = graph.find_node("a");
  CHECK(a->support == SupportMap<long>{{"d1", 3}, {"d2", 2}});
  const EdgeData* e = graph.find_edge("unknown", "a", "a");
  CHECK(e->weight() == 3);
  CHECK(e->documents() == 2);
}

TEST_CASE("write -> read -> write loses nothing, in GraphML and JSON") {
  for (unsigned seed = 1; seed <= 30; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    Graph corpus;
    for (int i = 0; i < 3; ++i) {
      merge_graph(corpus, random.document("dir/d" + std::to_string(random.below(3)) + ".txt",
                                          random.pick(std::vector<std::string>{"2023-07-05", "2024-01", ""})));
    }
    if (random.chance(50)) corpus.find_node(corpus.sorted_nodes().front()->id)->attributes["color"] = "1,2,3";
    for (Format format : {Format::graphml, Format::json}) {
      CAPTURE(format_name(format));
      const std::string first = written(corpus, format);
      const Graph back = read(first, format);
      CHECK(back.node_count() == corpus.node_count());
      CHECK(back.edge_count() == corpus.edge_count());
      CHECK(written(back, format) == first);
      // And across formats: GraphML read back writes the same JSON.
      CHECK(written(back, Format::json) == written(corpus, Format::json));
    }
  }
}

TEST_CASE("read_graph_file chooses by extension and names the file in errors") {
  try {
    read_graph_file("no/such/graph.graphml");
    FAIL("read a missing file");
  } catch (const Error& error) {
    CHECK(error.file() == "no/such/graph.graphml");
    CHECK(error.message() == "cannot open the file");
  }
  CHECK_FALSE(is_graph_file("briefing.txt"));
  CHECK(is_graph_file("corpus.graphml"));
  CHECK(is_graph_file("corpus.json"));
}
