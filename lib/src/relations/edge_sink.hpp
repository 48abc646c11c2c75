// EdgeSink: where relation rules put the edges they find, before they reach the Graph. It keeps
// one statement per (edge, sentence), so an edge's support counts the distinct sentences that
// state it however many rules agree, and gives each edge the strongest role any sentence gave.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "entities/entity_table.hpp"
#include "graph/shared_document_texts.hpp"
#include "parley/document.hpp"
#include "parley/graph.hpp"
#include "relations/entity_ids.hpp"
#include "relations/sentence_index.hpp"

namespace parley::relations {

// The entity table and the graph's nodes must not change while the sink is in use (each
// entity's node is found when the sink is made).
//
// Types, rules and roles are string literals (or other strings that outlive the sink): the sink
// keeps views of them, since rules state edges by the thousand and copying a name each time was
// a good share of the stage.
class EdgeSink {
 public:
  static constexpr Graph::Vertex kNoNode = static_cast<Graph::Vertex>(-1);
  // `vertices`: each entity's node's vertex, kNoNode for an entity whose id made no node (as the
  // extractor knows them from adding the nodes).
  EdgeSink(const Document& document, const entities::EntityTable& table, const EntityIds& ids,
           std::vector<Graph::Vertex> vertices);
  // The same, each entity's node found in `graph` (see entity_vertices).
  EdgeSink(const Document& document, const entities::EntityTable& table, const EntityIds& ids, const Graph& graph);
  static std::vector<Graph::Vertex> entity_vertices(const entities::EntityTable& table, const EntityIds& ids,
                                                    const Graph& graph);

  // One sentence (Document::sentences index) states `type` from entity `source` to entity
  // `target`. Edges whose ends made no node, and loops, are dropped.
  void add(std::string_view type, std::size_t source, std::size_t target, std::size_t sentence,
           std::string_view rule, std::string_view role = {});

  // An edge implied by the document or the knowledge base rather than one sentence: its evidence
  // is the first sentence naming both ends, else the first naming the source.
  void add_implied(std::string_view type, std::size_t source, std::size_t target, std::string_view rule,
                   std::string_view role = {});

  const EntityIds& ids() const { return ids_; }
  // The sentences (Document::sentences indexes) naming each entity, where implied edges find
  // their evidence; built at the first ask.
  const SentenceIndex& sentences_naming() const;

  // Writes every edge into the graph: one add_edge per edge, carrying what one add_edge per
  // (edge, sentence) would have combined to (see write()). `graph` is the one the sink was made
  // with: edges name its vertices. Each edge's evidence and support take their texts from `texts`,
  // shared with the document's nodes.
  void write(Graph& graph, SharedDocumentTexts& texts) const;

 private:
  // An edge stated by one sentence. Ends are entity indices, each the first entity of its id (so
  // that entities sharing an id state one edge), ordered as the graph stores them.
  // A role counts only by its strength (an edge keeps the strongest role's name, and roles of no
  // strength are never kept): the strength is kept rather than the name, in 32 bytes a statement
  // (write() reads them all twice, and its runs read each statement's role again).
  struct Statement {
    std::uint16_t type;      // index in types_
    std::uint8_t strength;   // role_strength of the role
    std::uint32_t from;
    std::uint32_t to;
    std::uint32_t sentence;
    std::string_view rule;
  };
  static_assert(sizeof(Statement) == 32);

  bool usable(std::size_t entity) const { return vertex(entity) != kNoNode; }
  Graph::Vertex vertex(std::size_t entity) const {  // its node's, or kNoNode
    return entity < vertices_.size() ? vertices_[entity] : kNoNode;  // kNone too
  }
  // A rule states edges of one type in runs: the last type answers most, here, before the call.
  std::uint32_t type_code(std::string_view type) {
    if (last_type_ < types_.size() && types_[last_type_].name.data() == type.data() &&
        types_[last_type_].name.size() == type.size())
      return last_type_;
    return other_type_code(type);
  }
  std::uint32_t other_type_code(std::string_view type);
  std::size_t sentence_naming_both(std::size_t source, std::size_t target) const;

  const Document& document_;
  const entities::EntityTable& table_;
  const EntityIds& ids_;
  // Every statement in the order rules made them: write() sorts them once, and the first
  // statement of an edge in a sentence names its rule. A vector appended to is cheaper than a
  // table keyed by strings that most statements only looked up.
  std::vector<Statement> statements_;
  static constexpr std::size_t kStatementsPerSentence = 4;  // the room made for them at first
  struct Type {
    std::string_view name;
    bool symmetric = false;  // is_symmetric_edge_type, asked once per type
  };
  // In order of first use. A dozen types in all: kept in place (grown from none, the vector was
  // reallocated four or five times per document).
  boost::container::small_vector<Type, 16> types_;
  std::uint32_t last_type_ = 0;  // the code type_code() last answered
  mutable std::optional<SentenceIndex> naming_;  // built at the first implied edge
  std::vector<Graph::Vertex> vertices_;  // per entity: its node's vertex, or kNoNode
};

// Roles of participates_in from weakest to strongest; an edge keeps the strongest it was given.
int role_strength(std::string_view role);

}  // namespace parley::relations
