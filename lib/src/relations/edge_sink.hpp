// EdgeSink: where relation rules put the edges they find, before they reach the Graph. It keeps
// one statement per (edge, sentence), so an edge's support counts the distinct sentences that
// state it however many rules agree, and gives each edge the strongest role any sentence gave.
#pragma once

#include <cstddef>
#include <functional>
#include <unordered_map>
#include <vector>
#include <string>
#include <string_view>
#include <tuple>

#include "entities/entity_table.hpp"
#include "parley/document.hpp"
#include "parley/graph.hpp"

namespace parley::relations {

// The entity table and the graph's nodes must not change while the sink is in use (the
// answer to "does this entity have a node?" is kept per entity).
class EdgeSink {
 public:
  EdgeSink(const Document& document, const entities::EntityTable& table, const Graph& graph)
      : document_(document), table_(table), graph_(graph) {}

  // One sentence (Document::sentences index) states `type` from entity `source` to entity
  // `target`. Edges whose ends made no node, and loops, are dropped.
  void add(const std::string& type, std::size_t source, std::size_t target, std::size_t sentence,
           const std::string& rule, const std::string& role = "");

  // An edge implied by the document or the knowledge base rather than one sentence: its evidence
  // is the first sentence naming both ends, else the first naming the source.
  void add_implied(const std::string& type, std::size_t source, std::size_t target, const std::string& rule,
                   const std::string& role = "");

  // Is there already a statement of this edge (any sentence)?
  bool has(const std::string& type, std::size_t source, std::size_t target) const;

  // Writes every edge into the graph: one add_edge per (edge, sentence).
  void write(Graph& graph) const;

 private:
  struct Statement {
    std::string rule;
    std::string role;
  };
  using Key = std::tuple<std::string, std::string, std::string, std::size_t>;  // type, source, target, sentence
  // The same key as views, to find a statement without copying the ids.
  using KeyView = std::tuple<std::string_view, std::string_view, std::string_view, std::size_t>;
  static KeyView view(const Key& key) { return {std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key)}; }
  static KeyView view(const KeyView& key) { return key; }
  struct KeyHash {
    using is_transparent = void;
    template <typename K>
    std::size_t operator()(const K& key) const {
      const auto [type, from, to, sentence] = view(key);
      std::size_t h = std::hash<std::string_view>{}(type);
      h = h * 31 + std::hash<std::string_view>{}(from);
      h = h * 31 + std::hash<std::string_view>{}(to);
      return h * 31 + sentence;
    }
  };
  struct KeyEqual {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const { return view(a) == view(b); }
  };

  bool usable(std::size_t entity) const;
  std::size_t sentence_naming_both(std::size_t source, std::size_t target) const;

  const Document& document_;
  const entities::EntityTable& table_;
  const Graph& graph_;
  // A hash table: rules state the same edges many times, and an ordered map compared three
  // strings at every level of the tree; write() sorts the statements once instead.
  std::unordered_map<Key, Statement, KeyHash, KeyEqual> statements_;
  mutable std::unordered_map<std::size_t, std::vector<std::size_t>> naming_;  // entity -> sentences naming it
  mutable bool naming_built_ = false;
  mutable std::vector<signed char> usable_;  // per entity: -1 not yet known, else 0 or 1
};

// Roles of participates_in from weakest to strongest; an edge keeps the strongest it was given.
int role_strength(const std::string& role);

}  // namespace parley::relations
