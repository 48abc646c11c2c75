// A small seeded generator of graphs for the property tests of merge, diff and the readers:
// document graphs over a shared pool of ids, so that generated graphs overlap and disagree
// (conflicting labels, kinds and dates, tied evidence offsets, series rounds, dated meetings).
// Uses its own arithmetic on std::mt19937 output, whose sequence the standard fixes, so a seed
// gives the same graph with every standard library.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "parley/graph.hpp"

namespace parley::testing {

class RandomGraphs {
 public:
  explicit RandomGraphs(unsigned seed) : engine_(seed) {}

  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

  // The graph of one briefing named `document`, dated `date` (possibly empty).
  Graph document(const std::string& document, const std::string& date) {
    Graph graph;
    graph.info = {document, pick(titles_), date};
    std::vector<std::string> ids;
    for (const auto& id : pool_) {
      if (!chance(55)) continue;
      graph.add_node(random_node(id, document));
      ids.push_back(id);
    }
    if (ids.size() < 2) return graph;
    const std::size_t edges = 2 + below(ids.size() * 2);
    for (std::size_t i = 0; i < edges; ++i) {
      const std::string& from = pick(ids);
      const std::string& to = pick(ids);
      if (from == to) continue;
      EdgeData edge;
      edge.type = pick(edge_types_);
      if (edge.type == "participates_in") edge.role = pick(roles_);
      edge.rule = pick(rules_);
      edge.evidence = random_evidence(document);
      edge.support[document] = 1 + static_cast<double>(below(3));
      if (chance(20)) edge.attributes["modality"] = pick(std::vector<std::string>{"stated", "reported"});
      graph.add_edge(from, to, edge);
    }
    return graph;
  }

 private:
  NodeData random_node(const std::string& id, const std::string& document) {
    NodeData node;
    node.id = id;
    node.type = id.substr(0, id.find(':'));
    node.label = pick(labels_);
    node.kind = pick(kinds_);
    if (chance(60)) node.date = pick(dates_);
    if (chance(30)) node.location = pick(locations_);
    if (chance(30)) node.country = pick(countries_);
    for (const auto& alias : aliases_) {
      if (chance(30)) node.aliases.push_back(alias);
    }
    node.evidence = random_evidence(document);
    node.rule = pick(rules_);
    node.support[document] = 1 + static_cast<long>(below(4));
    if (chance(25)) node.attributes["modality"] = pick(std::vector<std::string>{"stated", "reported"});
    return node;
  }

  // Offsets from a small set, texts from another: different sentences often tie on position.
  Evidence random_evidence(const std::string& document) {
    const std::size_t start = 10 * below(3);
    return {pick(sentences_), document, start, start + 20};
  }

  std::mt19937 engine_;
  const std::vector<std::string> pool_ = {
      "actor:alpha",          "actor:beta",           "actor:ministry-of-trade-fra", "agreement:accord",
      "meeting:talks-1",      "meeting:talks-2",      "meeting:talks-3",             "meeting:call-2023-12-03",
      "meeting:call-2023-12-04", "commitment:alpha-beta-share-data", "location:geneva"};
  const std::vector<std::string> titles_ = {"Round one", "Round two", "Readout", "Press briefing, \"live\""};
  const std::vector<std::string> labels_ = {"Alpha", "alpha", "Beta & Co", "The <Accord>", "Zeta", "Gamma Talks"};
  const std::vector<std::string> kinds_ = {"state", "person", "dialogue", "treaty", "pledge", "organization"};
  const std::vector<std::string> dates_ = {"2023", "2023-07", "2023-07-05", "2023-07-06", "2024-01-15"};
  const std::vector<std::string> locations_ = {"Geneva", "Tokyo", "Brussels"};
  const std::vector<std::string> countries_ = {"FRA", "JPN", "USA"};
  const std::vector<std::string> aliases_ = {"A.", "the Alpha side", "Beta & Gamma", "Ünïcode"};
  const std::vector<std::string> rules_ = {"kb-name", "capitalised-phrase", "pattern:pledge"};
  const std::vector<std::string> sentences_ = {"Alpha met Beta.", "They agreed to share data.",
                                               "The \"talks\" resumed <today> & ended."};
  const std::vector<std::string> edge_types_ = {"participates_in", "party_to", "makes", "follows",
                                                "counterpart_of", "discussed", "targets"};
  const std::vector<std::string> roles_ = {"lead", "host", "participant", "counterpart"};
};

}  // namespace parley::testing
