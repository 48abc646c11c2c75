// Diffing graphs: what counts as a change, the mirror property on generated graphs, the JSON
// report's shape and the diff graph's states.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <sstream>

#include "parley/diff.hpp"
#include "parley/graph_reader.hpp"
#include "parley/graph_writer.hpp"
#include "parley/merge.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

NodeData meeting(const std::string& id, const std::string& date, const std::string& document) {
  NodeData n;
  n.id = id;
  n.type = "meeting";
  n.kind = "dialogue";
  n.label = "Talks";
  n.date = date;
  n.support[document] = 1;
  n.evidence = {"The talks took place.", document, 0, 21};
  return n;
}

std::vector<std::string> node_ids(const std::vector<NodeDiff>& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.node.id + " " + item.node.evidence.text.str());
  return ids;
}

std::vector<std::string> edge_keys(const std::vector<EdgeDiff>& items) {
  std::vector<std::string> keys;
  for (const auto& item : items) keys.push_back(item.edge.type + " " + item.source + " " + item.target + " " + item.edge.evidence.text.str());
  return keys;
}

std::vector<std::string> mirrored(const std::vector<FieldChange>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) {
    std::ostringstream text;
    text << c.field << " " << c.old_value.text << c.old_value.number << c.old_value.list.size() << " "
         << c.new_value.text << c.new_value.number << c.new_value.list.size();
    out.push_back(text.str());
  }
  return out;
}

std::vector<std::string> swapped(const std::vector<FieldChange>& changes) {
  std::vector<FieldChange> copy = changes;
  for (auto& c : copy) std::swap(c.old_value, c.new_value);
  return mirrored(copy);
}

Graph random_corpus(testing::RandomGraphs& random) {
  Graph corpus;
  const std::size_t documents = 1 + random.below(3);
  for (std::size_t i = 0; i < documents; ++i) {
    merge_graph(corpus, random.document("d" + std::to_string(random.below(3)) + ".txt", random.pick(std::vector<std::string>{"2023-07-05", "2024-01-15", ""})));
  }
  return corpus;
}

}  // namespace

TEST_CASE("a graph has no differences with itself") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    const Graph g = random_corpus(random);
    const GraphDiff diff = diff_graphs(g, g);
    CHECK(diff.empty());
    std::ostringstream summary;
    write_diff_summary(diff, summary);
    CHECK(summary.str().find("No differences.") != std::string::npos);
    const Graph marked = make_diff_graph(g, g);
    for (const NodeData* n : marked.sorted_nodes()) CHECK(n->attributes.at("diff") == "unchanged");
    for (const auto& e : marked.sorted_edges()) CHECK(e.data().attributes.at("diff") == "unchanged");
  }
}

TEST_CASE("diff(a, b) is the mirror of diff(b, a)") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    const Graph a = random_corpus(random);
    const Graph b = random_corpus(random);
    const GraphDiff forward = diff_graphs(a, b);
    const GraphDiff backward = diff_graphs(b, a);
    CHECK(node_ids(forward.nodes_added) == node_ids(backward.nodes_removed));
    CHECK(node_ids(forward.nodes_removed) == node_ids(backward.nodes_added));
    CHECK(edge_keys(forward.edges_added) == edge_keys(backward.edges_removed));
    CHECK(edge_keys(forward.edges_removed) == edge_keys(backward.edges_added));
    REQUIRE(forward.nodes_changed.size() == backward.nodes_changed.size());
    for (std::size_t i = 0; i < forward.nodes_changed.size(); ++i) {
      CHECK(forward.nodes_changed[i].node.id == backward.nodes_changed[i].node.id);
      CHECK(mirrored(forward.nodes_changed[i].changes) == swapped(backward.nodes_changed[i].changes));
    }
    REQUIRE(forward.edges_changed.size() == backward.edges_changed.size());
    for (std::size_t i = 0; i < forward.edges_changed.size(); ++i) {
      CHECK(forward.edges_changed[i].source == backward.edges_changed[i].source);
      CHECK(forward.edges_changed[i].target == backward.edges_changed[i].target);
      CHECK(mirrored(forward.edges_changed[i].changes) == swapped(backward.edges_changed[i].changes));
    }
    // Every element of either side is in the diff graph once, marked.
    const Graph marked = make_diff_graph(a, b);
    CHECK(marked.node_count() == a.node_count() + forward.nodes_added.size());
    CHECK(marked.edge_count() == a.edge_count() + forward.edges_added.size());
  }
}

TEST_CASE("what makes a node change, and what does not") {
  struct Case {
    const char* name;
    void (*edit)(NodeData&);
    std::vector<std::string> changed_fields;
  };
  const Case cases[] = {
      {"date moved", [](NodeData& n) { n.date = "2024-05-09"; }, {"date"}},
      {"label", [](NodeData& n) { n.label = "Second Talks"; }, {"label"}},
      {"kind", [](NodeData& n) { n.kind = "summit"; }, {"kind"}},
      {"location", [](NodeData& n) { n.location = "Geneva"; }, {"location"}},
      {"country", [](NodeData& n) { n.country = "CHE"; }, {"country"}},
      {"aliases", [](NodeData& n) { n.aliases = {"the talks"}; }, {"aliases"}},
      {"label and date", [](NodeData& n) { n.label = "T"; n.date = ""; }, {"label", "date"}},
      {"evidence only", [](NodeData& n) { n.evidence = {"Other words.", "d2", 5, 17}; }, {}},
      {"sources and mentions only", [](NodeData& n) { n.support = {{"d2", 7}}; }, {}},
      {"further attributes only", [](NodeData& n) { n.attributes["first_seen"] = "2020"; }, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Graph old_graph, new_graph;
    NodeData before = meeting("meeting:talks-3", "2024-05-08", "d1");
    NodeData after = before;
    c.edit(after);
    old_graph.add_node(before);
    new_graph.add_node(after);
    const GraphDiff diff = diff_graphs(old_graph, new_graph);
    CHECK(diff.nodes_added.empty());
    CHECK(diff.nodes_removed.empty());
    std::vector<std::string> fields;
    if (!diff.nodes_changed.empty()) {
      for (const auto& change : diff.nodes_changed.front().changes) fields.push_back(change.field);
    }
    CHECK(fields == c.changed_fields);
  }
}

TEST_CASE("what makes an edge change") {
  struct Case {
    const char* name;
    std::string old_role, new_role;
    SupportMap<double> old_support, new_support;
    std::vector<std::string> changed_fields;
  };
  const Case cases[] = {
      {"same", "lead", "lead", {{"d1", 2}}, {{"d2", 2}}, {}},
      {"weight", "lead", "lead", {{"d1", 1}}, {{"d2", 3}}, {"weight"}},
      {"documents", "", "", {{"d1", 2}}, {{"d1", 1}, {"d2", 1}}, {"documents"}},
      {"role", "lead", "host", {{"d1", 1}}, {{"d1", 1}}, {"role"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Graph graphs[2];
    for (int side = 0; side < 2; ++side) {
      graphs[side].add_node(meeting("meeting:talks-3", "2024-05-08", "d1"));
      NodeData actor = meeting("actor:alpha", "", "d1");
      actor.type = "actor";
      actor.kind = "state";
      graphs[side].add_node(actor);
      EdgeData e;
      e.type = "participates_in";
      e.role = side == 0 ? c.old_role : c.new_role;
      e.support = side == 0 ? c.old_support : c.new_support;
      e.evidence = {side == 0 ? "Old." : "New.", "d1", 0, 4};
      graphs[side].add_edge("actor:alpha", "meeting:talks-3", e);
    }
    const GraphDiff diff = diff_graphs(graphs[0], graphs[1]);
    std::vector<std::string> fields;
    if (!diff.edges_changed.empty()) {
      for (const auto& change : diff.edges_changed.front().changes) fields.push_back(change.field);
    }
    CHECK(fields == c.changed_fields);
  }
}

TEST_CASE("reports: summary grouped by type with evidence, JSON in SCHEMA.md's shape, diff graph states") {
  Graph old_graph, new_graph;
  old_graph.info.source = "round1.txt";
  new_graph.info.source = "round2.txt";
  old_graph.add_node(meeting("meeting:talks-3", "2024-05-08", "round1.txt"));
  new_graph.add_node(meeting("meeting:talks-3", "2024-05-09", "round2.txt"));
  NodeData gone = meeting("commitment:alpha-share-data", "", "round1.txt");
  gone.type = "commitment";
  gone.evidence.text = "Alpha pledged to share data.";
  old_graph.add_node(gone);
  NodeData fresh = meeting("actor:beta", "", "round2.txt");
  fresh.type = "actor";
  fresh.label = "Beta";
  fresh.evidence.text = "Beta joined the talks.";
  new_graph.add_node(fresh);
  EdgeData joins;
  joins.type = "participates_in";
  joins.support["round2.txt"] = 1;
  joins.evidence = {"Beta joined the talks.", "round2.txt", 0, 22};
  new_graph.add_edge("actor:beta", "meeting:talks-3", joins);

  const GraphDiff diff = diff_graphs(old_graph, new_graph);
  std::ostringstream summary;
  write_diff_summary(diff, summary);
  const std::string text = summary.str();
  CHECK(text.find("  actor\n    + Beta [actor:beta]\n        \"Beta joined the talks.\"") != std::string::npos);
  CHECK(text.find("  commitment\n    - Talks [commitment:alpha-share-data]\n        \"Alpha pledged to share data.\"") !=
        std::string::npos);
  CHECK(text.find("~ Talks [meeting:talks-3]\n        date: 2024-05-08 -> 2024-05-09") != std::string::npos);
  CHECK(text.find("  participates_in\n    + Beta -> Talks [actor:beta -> meeting:talks-3]") != std::string::npos);
  // Types in SCHEMA.md order.
  CHECK(text.find("  actor\n") < text.find("  meeting\n"));
  CHECK(text.find("  meeting\n") < text.find("  commitment\n"));

  std::ostringstream json;
  write_diff_json(diff, json);
  rapidjson::Document report;
  report.Parse(json.str().c_str());
  REQUIRE_FALSE(report.HasParseError());
  CHECK(std::string(report["old"]["source"].GetString()) == "round1.txt");
  CHECK(report["new"]["nodes"].GetInt() == 2);
  CHECK(std::string(report["nodes"]["added"][0]["id"].GetString()) == "actor:beta");
  CHECK(std::string(report["nodes"]["added"][0]["evidence"].GetString()) == "Beta joined the talks.");
  CHECK(report["nodes"]["added"][0]["aliases"].IsArray());
  CHECK(std::string(report["nodes"]["removed"][0]["id"].GetString()) == "commitment:alpha-share-data");
  const auto& date_change = report["nodes"]["changed"][0]["changes"]["date"];
  CHECK(std::string(date_change[0].GetString()) == "2024-05-08");
  CHECK(std::string(date_change[1].GetString()) == "2024-05-09");
  CHECK(std::string(report["edges"]["added"][0]["type"].GetString()) == "participates_in");
  CHECK(report["edges"]["removed"].Size() == 0);
  CHECK(json.str().find("\"weight\": 1,") != std::string::npos);  // 1, not 1.0

  const Graph marked = make_diff_graph(old_graph, new_graph);
  CHECK(marked.find_node("actor:beta")->attributes.at("diff") == "added");
  CHECK(marked.find_node("commitment:alpha-share-data")->attributes.at("diff") == "removed");
  CHECK(marked.find_node("meeting:talks-3")->attributes.at("diff") == "changed");
  CHECK(marked.find_node("meeting:talks-3")->attributes.at("changes") == "date: 2024-05-08 -> 2024-05-09");
  CHECK(marked.find_node("meeting:talks-3")->date == "2024-05-09");
  CHECK(marked.find_node("actor:beta")->attributes.at("color") == "44,160,44");
  CHECK(marked.find_edge("participates_in", "actor:beta", "meeting:talks-3")->attributes.at("diff") == "added");
}

TEST_CASE("the diff graph is coloured by state in GraphML and reads back with its states") {
  Graph old_graph, new_graph;
  old_graph.add_node(meeting("meeting:talks-1", "2024-05-08", "d1"));
  new_graph.add_node(meeting("meeting:talks-1", "2024-05-09", "d2"));
  new_graph.add_node(meeting("meeting:talks-2", "2024-06-01", "d2"));
  const Graph marked = make_diff_graph(old_graph, new_graph);
  std::ostringstream out;
  make_writer(Format::graphml)->write(marked, out);
  const std::string text = out.str();
  struct Case {
    std::string id;
    std::string state;
    std::string rgb;  // as written in the r, g and b keys
  };
  const Case cases[] = {
      {"meeting:talks-1", "changed", "<data key=\"r\">255</data>\n      <data key=\"g\">127</data>\n      <data key=\"b\">14</data>"},
      {"meeting:talks-2", "added", "<data key=\"r\">44</data>\n      <data key=\"g\">160</data>\n      <data key=\"b\">44</data>"},
  };
  std::istringstream in(text);
  const Graph back = read_graphml(in, "diff.graphml");
  for (const auto& c : cases) {
    CAPTURE(c.id);
    const auto node_start = text.find("<node id=\"" + c.id + "\">");
    REQUIRE(node_start != std::string::npos);
    CHECK(text.find(c.rgb, node_start) < text.find("</node>", node_start));
    CHECK(back.find_node(c.id)->attributes.at("diff") == c.state);
  }
}
