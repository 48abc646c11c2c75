// EdgeSink (see edge_sink.hpp).
#include "relations/edge_sink.hpp"

#include <algorithm>
#include <utility>

namespace parley::relations {

int role_strength(const std::string& role) {
  if (role == "lead") return 4;
  if (role == "host") return 3;
  if (role == "counterpart") return 2;
  if (role == "participant") return 1;
  return 0;
}

bool EdgeSink::usable(std::size_t entity) const {
  if (entity == entities::kNone || entity >= table_.entities.size()) return false;
  const auto& id = table_.entities[entity].id;
  return !id.empty() && graph_.find_node(id) != nullptr;
}

void EdgeSink::add(const std::string& type, std::size_t source, std::size_t target, std::size_t sentence,
                   const std::string& rule, const std::string& role) {
  if (source == target || !usable(source) || !usable(target)) return;
  if (sentence >= document_.sentences.size()) return;
  std::string from = table_.entities[source].id;
  std::string to = table_.entities[target].id;
  if (from == to) return;
  if (is_symmetric_edge_type(type) && to < from) std::swap(from, to);
  // The first rule to state an edge in a sentence names it; later rules only strengthen the role.
  auto [it, inserted] = statements_.emplace(Key{type, from, to, sentence}, Statement{rule, role});
  if (!inserted && role_strength(role) > role_strength(it->second.role)) it->second.role = role;
}

std::size_t EdgeSink::sentence_naming_both(std::size_t source, std::size_t target) const {
  // The sentences naming each entity, in order, indexed once: scanning the document for every
  // implied edge is quadratic on a long one.
  if (!naming_built_) {
    for (std::size_t s = 0; s < table_.sentences.size(); ++s) {
      for (const auto& mention : table_.sentences[s]) {
        auto& sentences = naming_[mention.entity];
        if (sentences.empty() || sentences.back() != s) sentences.push_back(s);
      }
    }
    naming_built_ = true;
  }
  const auto of_source = naming_.find(source);
  if (of_source == naming_.end()) return table_.entities[source].evidence_sentence;
  if (const auto of_target = naming_.find(target); of_target != naming_.end()) {
    auto i = of_source->second.begin(), j = of_target->second.begin();
    while (i != of_source->second.end() && j != of_target->second.end()) {
      if (*i == *j) return *i;
      if (*i < *j) ++i; else ++j;
    }
  }
  return of_source->second.front();  // the first sentence naming the source
}

void EdgeSink::add_implied(const std::string& type, std::size_t source, std::size_t target, const std::string& rule,
                           const std::string& role) {
  if (source == target || !usable(source) || !usable(target)) return;
  add(type, source, target, sentence_naming_both(source, target), rule, role);
}

bool EdgeSink::has(const std::string& type, std::size_t source, std::size_t target) const {
  if (!usable(source) || !usable(target)) return false;
  std::string from = table_.entities[source].id;
  std::string to = table_.entities[target].id;
  if (is_symmetric_edge_type(type) && to < from) std::swap(from, to);
  auto it = statements_.lower_bound(Key{type, from, to, 0});
  return it != statements_.end() && std::get<0>(it->first) == type && std::get<1>(it->first) == from &&
         std::get<2>(it->first) == to;
}

void EdgeSink::write(Graph& graph) const {
  // Every statement of an edge carries the edge's strongest role, so the graph's combination of
  // roles cannot pick a weaker one.
  std::map<std::tuple<std::string, std::string, std::string>, std::string> roles;
  for (const auto& [key, statement] : statements_) {
    auto& role = roles[{std::get<0>(key), std::get<1>(key), std::get<2>(key)}];
    if (role_strength(statement.role) > role_strength(role)) role = statement.role;
  }
  for (const auto& [key, statement] : statements_) {
    const auto& [type, from, to, sentence] = key;
    const Sentence& s = document_.sentences[sentence];
    EdgeData edge;
    edge.type = type;
    if (type == "participates_in") {
      edge.role = roles.at({type, from, to});
      if (edge.role.empty()) edge.role = "participant";
    }
    edge.rule = statement.rule;
    edge.evidence.text = s.text;
    edge.evidence.source = document_.source;
    edge.evidence.start = s.span.begin;
    edge.evidence.end = s.span.end;
    edge.support[document_.source] = 1.0;
    graph.add_edge(from, to, edge);
  }
}

}  // namespace parley::relations
