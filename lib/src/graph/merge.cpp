// Merging graphs by id; the rules are documented in parley/merge.hpp.
#include "parley/merge.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace parley {
namespace {

constexpr const char* kSeriesRoundRule = "merge:series-round";

std::set<std::string> document_set(const Graph& graph) {
  std::set<std::string> names;
  std::string::size_type start = 0;
  const std::string& source = graph.info.source;
  while (!source.empty()) {
    auto bar = source.find(" | ", start);
    names.insert(source.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 3;
  }
  for (const NodeData* node : graph.sorted_nodes()) {
    for (const auto& [name, count] : node->support) names.insert(name.str());
  }
  for (const auto& edge : graph.sorted_edges()) {
    for (const auto& [name, count] : edge.data().support) names.insert(name.str());
  }
  names.erase("");
  return names;
}

bool all_digits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string last_segment(const std::string& text) {
  auto dash = text.rfind('-');
  return dash == std::string::npos ? text : text.substr(dash + 1);
}

// "eu-japan-dialogue-3" -> ("eu-japan-dialogue", 3); nothing for dated ids and non-rounds.
std::optional<std::pair<std::string, int>> series_round(const std::string& id) {
  const std::string prefix = "meeting:";
  if (id.rfind(prefix, 0) != 0) return std::nullopt;
  const std::string rest = id.substr(prefix.size());
  auto dash = rest.rfind('-');
  if (dash == std::string::npos || dash == 0) return std::nullopt;
  const std::string number = rest.substr(dash + 1);
  if (!all_digits(number) || number.size() > 3 || number[0] == '0') return std::nullopt;
  const std::string series = rest.substr(0, dash);
  const std::string tail = last_segment(series);
  if (all_digits(tail) && tail.size() == 4) return std::nullopt;  // ...-2023-07: a month
  if (all_digits(tail) && tail.size() == 2) {
    auto before = series.substr(0, series.size() - tail.size());
    if (!before.empty()) before.pop_back();
    const std::string year = last_segment(before);
    if (all_digits(year) && year.size() == 4) return std::nullopt;  // ...-2023-12-04: a day
  }
  return std::make_pair(series, std::stoi(number));
}

GraphInfo combined_info(const GraphInfo& into, const GraphInfo& from, const std::set<std::string>& documents) {
  GraphInfo info;
  if (documents.size() > 1) {
    for (const auto& name : documents) info.source += (info.source.empty() ? "" : " | ") + name;
    info.title = "Merged graph";
    return info;
  }
  for (const GraphInfo* side : {&into, &from}) {
    if (info.source.empty() || (!side->source.empty() && side->source < info.source)) {
      if (!side->source.empty()) info.source = side->source;
    }
    const std::string& title = side->title;
    if (!title.empty() && (info.title.empty() || title.size() > info.title.size() ||
                           (title.size() == info.title.size() && title < info.title))) {
      info.title = title;
    }
    info.date = std::max(info.date, side->date);
  }
  return info;
}

}  // namespace

void stamp_seen(NodeData& node, const std::string& date) {
  auto& first = node.attributes["first_seen"];
  if (first.empty() || date < first) first = date;
  auto& last = node.attributes["last_seen"];
  if (last.empty() || date > last) last = date;
}

std::vector<std::string> graph_documents(const Graph& graph) {
  const auto names = document_set(graph);
  return {names.begin(), names.end()};
}

void link_series_rounds(Graph& graph) {
  std::vector<std::pair<std::string, std::string>> links;
  for (const NodeData* node : graph.sorted_nodes()) {
    auto round = series_round(node->id);
    if (!round || round->second < 2) continue;
    const std::string previous = "meeting:" + round->first + "-" + std::to_string(round->second - 1);
    if (graph.find_node(previous)) links.emplace_back(node->id, previous);
  }
  for (const auto& [later, earlier] : links) {
    EdgeData follows;
    follows.type = "follows";
    follows.rule = kSeriesRoundRule;
    graph.merge_edge(later, earlier, follows);
  }
}

// The date a graph stamps on its nodes as first_seen / last_seen: that of a graph of one dated
// document, else nothing.
std::optional<std::string> stamp_date(const Graph& graph, const std::set<std::string>& documents) {
  if (graph.info.date.empty() || documents.size() > 1) return std::nullopt;
  return graph.info.date;
}

void merge_elements(Graph& into, const Graph& from, const std::optional<std::string>& from_date) {
  for (const NodeData* node : from.sorted_nodes()) {
    if (!from_date) {
      into.merge_node(*node);
      continue;
    }
    NodeData stamped = *node;
    stamp_seen(stamped, *from_date);
    into.merge_node(stamped);
  }
  for (const auto& edge : from.sorted_edges()) into.merge_edge(edge.source().id, edge.target().id, edge.data());
}

// The same, taking `from`'s elements over: a node or edge new to `into` is moved, not copied.
// Elements go in storage order, not by id: the combining rules do not depend on order, and
// every writer and merge reads a graph by sorted ids.
void merge_elements(Graph& into, Graph&& from, const std::optional<std::string>& from_date) {
  from.drain(
      [&](NodeData&& node) {
        if (from_date) stamp_seen(node, *from_date);
        into.merge_node(std::move(node));
      },
      [&](const std::string& source_id, const std::string& target_id, EdgeData&& edge) {
        into.merge_edge(source_id, target_id, std::move(edge));
      });
}

void merge_graph(Graph& into, const Graph& from) {
  std::set<std::string> documents = document_set(into);
  const std::set<std::string> from_documents = document_set(from);
  if (auto date = stamp_date(into, documents)) {
    std::vector<std::string> ids;
    for (const NodeData* node : into.sorted_nodes()) ids.push_back(node->id);
    for (const auto& id : ids) stamp_seen(*into.find_node(id), *date);
  }
  documents.insert(from_documents.begin(), from_documents.end());
  const GraphInfo info = combined_info(into.info, from.info, documents);
  merge_elements(into, from, stamp_date(from, from_documents));
  into.info = info;
  link_series_rounds(into);
}

namespace {

// What every GraphMerger::add does first: records the documents `graph` holds and, while the merge
// holds at most one, folds its info (smallest source, longest title, latest date; a result of
// several documents lists them all, which finish() does once). Returns the date to stamp its
// nodes with, as merge_graph would.
std::optional<std::string> note_documents(const Graph& graph, std::set<std::string>& all, GraphInfo& info) {
  const std::set<std::string> documents = document_set(graph);
  all.insert(documents.begin(), documents.end());
  if (all.size() <= 1) info = combined_info(info, graph.info, all);
  return stamp_date(graph, documents);
}

}  // namespace

void GraphMerger::add(const Graph& graph) {
  const auto date = note_documents(graph, documents_, info_);
  merge_elements(graph_, graph, date);
}

void GraphMerger::add(Graph&& graph) {
  const auto date = note_documents(graph, documents_, info_);
  if (graph_.node_count() != 0 || graph_.edge_count() != 0) {
    merge_elements(graph_, std::move(graph), date);
    return;
  }
  // Into an empty graph, merge_elements copies every element unchanged but for the stamp, so the
  // stamp is put on in place and the graph moved. (Storage order differs; nothing reads it: every
  // writer and merge goes by sorted ids.)
  if (date) {
    std::vector<std::string> ids;
    ids.reserve(graph.node_count());
    for (const NodeData* node : graph.sorted_nodes()) ids.push_back(node->id);
    for (const auto& id : ids) stamp_seen(*graph.find_node(id), *date);
  }
  graph_ = std::move(graph);
}

Graph GraphMerger::finish() {
  graph_.info = documents_.size() > 1 ? combined_info({}, {}, documents_) : info_;
  link_series_rounds(graph_);
  Graph result = std::move(graph_);
  *this = GraphMerger();
  return result;
}

}  // namespace parley
