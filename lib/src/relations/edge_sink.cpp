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
  // Neither the entities nor the graph's nodes change while rules add edges: each entity's
  // answer is found once (a hash of its id per call was a good share of add()).
  if (usable_.size() != table_.entities.size()) usable_.assign(table_.entities.size(), -1);
  if (usable_[entity] < 0) {
    const auto& id = table_.entities[entity].id;
    usable_[entity] = !id.empty() && graph_.find_node(id) != nullptr;
  }
  return usable_[entity] == 1;
}

void EdgeSink::add(const std::string& type, std::size_t source, std::size_t target, std::size_t sentence,
                   const std::string& rule, const std::string& role) {
  if (source == target || !usable(source) || !usable(target)) return;
  if (sentence >= document_.sentences.size()) return;
  std::string_view from = table_.entities[source].id;
  std::string_view to = table_.entities[target].id;
  if (from == to) return;
  if (is_symmetric_edge_type(type) && to < from) std::swap(from, to);
  // The first rule to state an edge in a sentence names it; later rules only strengthen the role.
  // Looked up through views first: most statements repeat one already made, and the key's
  // strings are copied only for a new one.
  auto it = statements_.find(KeyView{type, from, to, sentence});
  if (it == statements_.end()) {
    statements_.emplace(Key{type, std::string(from), std::string(to), sentence}, Statement{rule, role});
  } else if (role_strength(role) > role_strength(it->second.role)) {
    it->second.role = role;
  }
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
  return std::any_of(statements_.begin(), statements_.end(), [&](const auto& statement) {
    return std::get<0>(statement.first) == type && std::get<1>(statement.first) == from && std::get<2>(statement.first) == to;
  });
}

void EdgeSink::write(Graph& graph) const {
  // Every statement of an edge carries the edge's strongest role, so the graph's combination of
  // roles cannot pick a weaker one. Statements are written in key order (type, source, target,
  // then sentence; keys are unique, so the order is total), where the statements of one edge are
  // neighbours: each run of them is scanned once for its strongest role before it is written.
  using Entry = std::pair<const Key, Statement>;
  std::vector<const Entry*> ordered;
  ordered.reserve(statements_.size());
  for (const Entry& entry : statements_) ordered.push_back(&entry);
  std::sort(ordered.begin(), ordered.end(), [](const Entry* a, const Entry* b) { return a->first < b->first; });
  const auto same_edge = [](const Key& a, const Key& b) {
    return std::get<0>(a) == std::get<0>(b) && std::get<1>(a) == std::get<1>(b) && std::get<2>(a) == std::get<2>(b);
  };
  const std::string* strongest = nullptr;  // of the current run
  auto run_end = ordered.begin();
  for (auto at = ordered.begin(); at != ordered.end(); ++at) {
    if (at == run_end) {
      static const std::string kNoRole;
      strongest = &kNoRole;
      for (run_end = at; run_end != ordered.end() && same_edge((*run_end)->first, (*at)->first); ++run_end) {
        if (role_strength((*run_end)->second.role) > role_strength(*strongest)) strongest = &(*run_end)->second.role;
      }
    }
    const auto& [key, statement] = **at;
    const auto& [type, from, to, sentence] = key;
    const Sentence& s = document_.sentences[sentence];
    EdgeData edge;
    edge.type = type;
    if (type == "participates_in") {
      edge.role = *strongest;
      if (edge.role.empty()) edge.role = "participant";
    }
    edge.rule = statement.rule;
    edge.evidence.text = s.text;
    edge.evidence.source = document_.source;
    edge.evidence.start = s.span.begin;
    edge.evidence.end = s.span.end;
    edge.support[document_.source] = 1.0;
    graph.add_edge(from, to, std::move(edge));  // a new edge takes it over, uncopied
  }
}

}  // namespace parley::relations
