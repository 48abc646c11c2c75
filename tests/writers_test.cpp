// Unit tests of the writers: escaping, date spans, byte-determinism, the GraphML key rules and
// the CSV pair. With PARLEY_WRITERS_OUT set, the "export" test case writes a hand-built graph
// full of awkward values in every format into that directory, for tests/e2e/writers_test.py to
// load with the real consumers (networkx, igraph, Graphviz, graphology).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "parley/error.hpp"
#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"
#include "writers/csv_writer.hpp"
#include "writers/date_interval.hpp"
#include "writers/dot_writer.hpp"
#include "writers/xml_escape.hpp"

namespace fs = std::filesystem;
using namespace parley;

namespace {

NodeData node(std::string id, std::string type, std::string kind, std::string label) {
  NodeData n;
  n.id = std::move(id);
  n.type = std::move(type);
  n.kind = std::move(kind);
  n.label = std::move(label);
  return n;
}

EdgeData edge(std::string type, SupportMap<double> support) {
  EdgeData e;
  e.type = std::move(type);
  e.support = std::move(support);
  return e;
}

// An invented graph with every kind of awkward value: markup characters, quotes, backslashes,
// line breaks, commas, non-ASCII names, parallel edges of different types, a symmetric edge,
// partial dates, extra attributes (one named like a Graphviz attribute).
std::vector<std::pair<NodeData, int>> tricky_nodes() {
  NodeData xi = node("actor:xi-jinping", "actor", "person", "Xi Jinping");
  xi.aliases = {"President Xi", "Xi"};
  xi.country = "CHN";
  xi.support = {{"talks <1>.txt", 3}, {"talks-2.txt", 1}};
  xi.evidence = {"Xi said: \"peace & <order>\" isn't\nnegotiable.", "talks <1>.txt", 12, 58};
  xi.rule = "person-title";
  xi.attributes["modality"] = "firm";

  NodeData wang = node("actor:wang-yi", "actor", "person", "Wang Yi");
  wang.country = "CHN";
  wang.support = {{"talks <1>.txt", 2}};

  NodeData zelenskyy = node("actor:volodymyr-zelenskyy", "actor", "person", "Volodymyr Zelenskyy");
  zelenskyy.aliases = {"Zelenskyy", "Зеленський"};
  zelenskyy.country = "UKR";
  zelenskyy.support = {{"talks-2.txt", 1}};
  zelenskyy.attributes["color"] = "not a Graphviz colour";

  NodeData communique = node("agreement:joint-communique", "agreement", "communique",
                             "Communiqués <draft> & \"final\" 'text'");
  communique.date = "2024-05";
  communique.support = {{"talks <1>.txt", 1}};

  NodeData summit = node("meeting:talks-2024-05-08", "meeting", "summit", "Talks, round 1");
  summit.date = "2024-05-08";
  summit.location = "Genève, \"Palais\" des Nations";
  summit.support = {{"talks <1>.txt", 4}};

  NodeData pledge = node("commitment:share-data", "commitment", "pledge", "share data \\ intelligence\r\non shipping");
  pledge.date = "2024";
  pledge.support = {{"talks <1>.txt", 1}};

  NodeData city = node("location:geneva", "location", "", "Genève");
  (void)city;
  return {{xi, 0}, {wang, 1}, {zelenskyy, 2}, {communique, 3}, {summit, 4}, {pledge, 5}, {city, 6}};
}

struct EdgeSpec {
  std::string source, target;
  EdgeData data;
};

std::vector<EdgeSpec> tricky_edges() {
  EdgeData lead = edge("participates_in", {{"talks <1>.txt", 2}, {"talks-2.txt", 1}});
  lead.role = "lead";
  lead.evidence = {"Xi led the \"talks\" & more.", "talks <1>.txt", 0, 27};
  lead.rule = "led-delegation";
  EdgeData party = edge("party_to", {{"talks <1>.txt", 1}});
  EdgeData targets = edge("targets", {{"talks <1>.txt", 1}});  // parallel to party_to
  targets.attributes["label"] = "an extra attribute named label";
  EdgeData counterpart = edge("counterpart_of", {{"talks <1>.txt", 1}});
  EdgeData makes = edge("makes", {{"talks <1>.txt", 1}});
  makes.attributes["first_seen"] = "2024-05-08";
  makes.attributes["last_seen"] = "2024-06";
  EdgeData produced = edge("produced", {{"talks <1>.txt", 1}});
  EdgeData discussed = edge("discussed", {{"talks-2.txt", 2}});
  return {
      {"actor:xi-jinping", "meeting:talks-2024-05-08", lead},
      {"actor:wang-yi", "agreement:joint-communique", party},
      {"actor:wang-yi", "agreement:joint-communique", targets},
      {"actor:xi-jinping", "actor:volodymyr-zelenskyy", counterpart},
      {"actor:xi-jinping", "commitment:share-data", makes},
      {"meeting:talks-2024-05-08", "agreement:joint-communique", produced},
      {"meeting:talks-2024-05-08", "location:geneva", discussed},
  };
}

Graph tricky_graph(bool reversed = false) {
  Graph graph;
  graph.info = {"talks <1>.txt", "Talks & \"more\" — Genève", "2024-05-08"};
  auto nodes = tricky_nodes();
  auto edges = tricky_edges();
  if (reversed) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  for (const auto& [n, order] : nodes) graph.add_node(n);
  for (const auto& e : edges) graph.add_edge(e.source, e.target, e.data);
  return graph;
}

std::string render(const Graph& graph, Format format, const WriteOptions& options = {}) {
  std::ostringstream out;
  make_writer(format, options)->write(graph, out);
  return out.str();
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_directory(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("parley-writers-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("XML escaping") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"plain", "plain"},
      {"a & b", "a &amp; b"},
      {"<tag>", "&lt;tag&gt;"},
      {"\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"},
      {"line\nbreak\ttab", "line&#10;break&#9;tab"},
      {std::string("bell\x07" "gone"), "bellgone"},
      {"Communiqués Зеленський", "Communiqués Зеленський"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(writers::xml_escape(c.in) == c.out);
  }
}

TEST_CASE("XML escaping of element content keeps line breaks as text") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"plain", "plain"},
      {"a & b <c>", "a &amp; b &lt;c>"},
      {"]]> ends CDATA", "]]&gt; ends CDATA"},
      {"\"q\" 'a'", "\"q\" 'a'"},
      {"line\nbreak\ttab", "line\nbreak\ttab"},
      {"crlf\r\n", "crlf&#13;\n"},
      {std::string("bell\x07" "gone"), "bellgone"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(writers::xml_escape_text(c.in) == c.out);
  }
}

TEST_CASE("XML escaping finds a special byte at any place in a long value") {
  // The escapers step eight bytes at a time: every special byte is put at every offset of a
  // long value (so in every lane of a word, and in the tail) and the result compared with the
  // short cases above, applied piece by piece.
  const std::string filler = "Plain words of a sentence, with UTF-8: é.";
  for (const std::string special : {"&", "<", ">", "\"", "'", "\t", "\n", "\r", "\x01", "]]>"}) {
    for (std::size_t at = 0; at <= filler.size(); ++at) {
      CAPTURE(special);
      CAPTURE(at);
      const std::string head = filler.substr(0, at);
      const std::string tail = filler.substr(at);
      const std::string value = head + special + tail;
      CHECK(writers::xml_escape(value) == writers::xml_escape(head) + writers::xml_escape(special) + writers::xml_escape(tail));
      CHECK(writers::xml_escape_text(value) ==
            writers::xml_escape_text(head) + writers::xml_escape_text(special) + writers::xml_escape_text(tail));
    }
  }
}

namespace {

// Byte-by-byte statements of the two escapings, to hold the block-at-a-time search against.
std::string reference_escape(std::string_view text, bool element_content) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += !element_content || out.ends_with("]]") ? "&gt;" : ">"; break;
      case '"': out += element_content ? "\"" : "&quot;"; break;
      case '\'': out += element_content ? "'" : "&apos;"; break;
      case '\t': out += element_content ? "\t" : "&#9;"; break;
      case '\n': out += element_content ? "\n" : "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;  // other controls are dropped
    }
  }
  return out;
}

}  // namespace

TEST_CASE("XML escaping agrees with a byte-by-byte statement for every byte at every offset") {
  // Every byte value in every lane of a block and in the tail, with a second special byte a
  // little after it (in the same block or the next), so that runs between two are cut right.
  const std::string filler = "Words of a briefing, plain and long enough: two blocks.";
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at < filler.size(); ++at) {
      std::string value = filler;
      value[at] = static_cast<char>(byte);
      if (const std::size_t second = at + 1 + static_cast<std::size_t>(byte) % 17; second < value.size()) value[second] = '<';
      CAPTURE(byte);
      CAPTURE(at);
      CHECK(writers::xml_escape(value) == reference_escape(value, false));
      CHECK(writers::xml_escape_text(value) == reference_escape(value, true));
    }
  }
}

TEST_CASE("DOT quoting") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"plain", "\"plain\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"back\\slash", "\"back\\\\slash\""},
      {"two\nlines", "\"two\\nlines\""},
      {"crlf\r\nend", "\"crlf\\nend\""},
      {"Xi Jinping & Wang Yi <é>", "\"Xi Jinping & Wang Yi <é>\""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(writers::dot_quote(c.in) == c.out);
  }
}

TEST_CASE("CSV fields follow RFC 4180") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"plain", "plain"},
      {"", ""},
      {"a, b", "\"a, b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"Genève", "Genève"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(writers::csv_field(c.in) == c.out);
  }
}

TEST_CASE("date spans: a day its day, a month its month, a year its year") {
  struct Case {
    std::string in;
    bool valid;
    std::string start, end;
  };
  const std::vector<Case> cases = {
      {"2024-05-08", true, "2024-05-08", "2024-05-09"},
      {"2024-05-31", true, "2024-05-31", "2024-06-01"},
      {"2024-12-31", true, "2024-12-31", "2025-01-01"},
      {"2024-02-29", true, "2024-02-29", "2024-03-01"},
      {"2024-05", true, "2024-05-01", "2024-06-01"},
      {"2024-12", true, "2024-12-01", "2025-01-01"},
      {"2024", true, "2024-01-01", "2025-01-01"},
      {"2024-05-08T10:30:00Z", true, "2024-05-08", "2024-05-09"},
      {"2023-02-29", false, "", ""},
      {"2024-13", false, "", ""},
      {"May 2024", false, "", ""},
      {"", false, "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    auto span = writers::date_interval(c.in);
    REQUIRE(span.has_value() == c.valid);
    if (!span) continue;
    CHECK(span->start == c.start);
    CHECK(span->end == c.end);
    CHECK(span->start < span->end);
  }
}

TEST_CASE("every format is byte-identical on rerun and whatever the insertion order") {
  const std::vector<std::pair<Format, WriteOptions>> formats = {
      {Format::graphml, {}}, {Format::dot, {}}, {Format::gexf, {}}, {Format::gexf, {"1.3"}}, {Format::json, {}}};
  for (const auto& entry : formats) {
    const Format format = entry.first;
    const WriteOptions& options = entry.second;
    CAPTURE(format_name(format));
    const std::string first = render(tricky_graph(), format, options);
    CHECK(first == render(tricky_graph(), format, options));
    CHECK(first == render(tricky_graph(true), format, options));
  }
}

TEST_CASE("GraphML formatted on several threads: the same bytes as on one, across many blocks") {
  // Enough elements for several blocks of formatting work, with values that need escaping.
  Graph graph;
  for (int i = 0; i < 5000; ++i) {
    NodeData n = node("actor:n-" + std::to_string(i), "actor", "state", "Node <" + std::to_string(i) + "> & co");
    n.support["doc-" + std::to_string(i % 7) + ".txt"] = 1 + i % 3;
    graph.add_node(n);
  }
  for (int i = 0; i < 12000; ++i) {
    const std::string from = "actor:n-" + std::to_string(i % 5000);
    const std::string to = "actor:n-" + std::to_string((i * 7 + 1) % 5000);
    if (from == to) continue;
    graph.add_edge(from, to, edge(i % 2 ? "member_of" : "counterpart_of", {{"doc-" + std::to_string(i % 5) + ".txt", 1}}));
  }
  WriteOptions one;
  const std::string expected = render(graph, Format::graphml, one);
  CHECK(expected.find("Node &lt;4999> &amp; co") != std::string::npos);
  for (unsigned threads : {2u, 3u, 8u}) {
    CAPTURE(threads);
    WriteOptions options;
    options.threads = threads;
    CHECK(render(graph, Format::graphml, options) == expected);
  }
}

TEST_CASE("GraphML: every key typed and declared for node, edge or graph; every data key declared") {
  const std::string text = render(tricky_graph(), Format::graphml);
  const std::regex key_re(R"re(<key id="([^"]+)" for="([^"]+)" attr\.name="([^"]+)" attr\.type="([^"]+)"/>)re");
  std::set<std::string> declared;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), key_re); it != std::sregex_iterator(); ++it) {
    const std::string domain = (*it)[2];
    CHECK((domain == "node" || domain == "edge" || domain == "graph"));
    declared.insert((*it)[1]);
  }
  CHECK(text.find("for=\"all\"") == std::string::npos);
  CHECK(std::count(text.begin(), text.end(), '\n') > 10);
  const std::regex data_re(R"re(<data key="([^"]+)")re");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), data_re); it != std::sregex_iterator(); ++it) {
    CHECK(declared.count((*it)[1]) == 1);
  }
}

TEST_CASE("format-specific names: Graphviz weight, GEXF reserved columns, CSV headers") {
  struct Case {
    Format format;
    std::string must_contain;
    std::string must_not_contain;
  };
  const std::vector<Case> cases = {
      {Format::dot, "support_weight=\"3\"", " weight="},
      {Format::dot, "attr_color=\"not a Graphviz colour\"", ", color=\"not a"},
      {Format::dot, "subgraph cluster_legend", "for=\"all\""},
      {Format::gexf, "timeformat=\"date\"", "title=\"label\""},
      {Format::gexf, "start=\"2024-05-08\" end=\"2024-05-09\"", "title=\"weight\""},
      {Format::gexf, "start=\"2024-05-08\" end=\"2024-07-01\"", "dateTime"},
      {Format::gexf, "kind=\"targets\"", "for=\"all\""},
      {Format::json, "\"weight\":3.0", "\"mentions\":\""},
      {Format::json, "\"aliases\":[\"President Xi\",\"Xi\"]", "\"aliases\":\""},
      {Format::json, "\n    {\"id\":\"actor:wang-yi\",", "\"nodes\": [{"},
  };
  for (const auto& c : cases) {
    CAPTURE(format_name(c.format));
    CAPTURE(c.must_contain);
    const std::string text = render(tricky_graph(), c.format);
    CHECK(text.find(c.must_contain) != std::string::npos);
    CHECK(text.find(c.must_not_contain) == std::string::npos);
  }
}

TEST_CASE("GEXF versions: 1.2draft by default, 1.3 on request, others refused") {
  CHECK(render(tricky_graph(), Format::gexf).find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
  CHECK(render(tricky_graph(), Format::gexf, {"1.3"}).find("xmlns=\"http://gexf.net/1.3\" ") != std::string::npos);
  CHECK_THROWS_AS(make_writer(Format::gexf, {"2.0"}), Error);
}

TEST_CASE("CSV: -o x.csv writes x.nodes.csv and x.edges.csv, and refuses one stream") {
  const fs::path dir = fresh_directory("csv");
  write_graph_file(tricky_graph(), dir / "x.csv", Format::csv);
  CHECK(fs::exists(dir / "x.nodes.csv"));
  CHECK(fs::exists(dir / "x.edges.csv"));
  CHECK_FALSE(fs::exists(dir / "x.csv"));
  CHECK(output_paths(dir / "x.csv", Format::csv) == std::vector<fs::path>{dir / "x.nodes.csv", dir / "x.edges.csv"});
  const std::string nodes = read(dir / "x.nodes.csv");
  const std::string edges = read(dir / "x.edges.csv");
  CHECK(nodes.rfind("Id,Label,type,kind,", 0) == 0);
  CHECK(edges.rfind("Source,Target,Type,Id,Label,relation,Weight,Kind,", 0) == 0);
  CHECK(edges.find(",Directed,") != std::string::npos);
  CHECK(nodes.find("\"Communiqués <draft> & \"\"final\"\" 'text'\"") != std::string::npos);
  std::ostringstream out;
  CHECK_THROWS_AS(make_writer(Format::csv)->write(tricky_graph(), out), Error);
}

TEST_CASE("export: the tricky graph in every format, for the consumer tests") {
  const char* target = std::getenv("PARLEY_WRITERS_OUT");
  if (target == nullptr) return;  // only tests/e2e/writers_test.py asks for the files
  const fs::path dir = target;
  const Graph graph = tricky_graph();
  write_graph_file(graph, dir / "tricky.graphml", Format::graphml);
  write_graph_file(graph, dir / "tricky.dot", Format::dot);
  write_graph_file(graph, dir / "tricky.gexf", Format::gexf);
  write_graph_file(graph, dir / "tricky-1.3.gexf", Format::gexf, {"1.3"});
  write_graph_file(graph, dir / "tricky.json", Format::json);
  write_graph_file(graph, dir / "tricky.csv", Format::csv);
  CHECK(fs::exists(dir / "tricky.edges.csv"));
  // The empty graph (no info, no node): every consumer must still load it.
  const Graph empty;
  for (Format format : {Format::graphml, Format::dot, Format::gexf, Format::json, Format::csv}) {
    write_graph_file(empty, dir / ("empty" + std::string(format_extension(format))), format);
  }
  write_graph_file(empty, dir / "empty-1.3.gexf", Format::gexf, {"1.3"});
}
