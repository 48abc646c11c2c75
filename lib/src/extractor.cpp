// Extraction: a Document through the recognisers and resolution into the graph's nodes
// (segments -> mentions -> entities -> graph). Edges between them come from lib/src/relations/.
#include "parley/extractor.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "entities/entity_resolver.hpp"
#include "entities/extraction_state.hpp"
#include "graph/shared_document_texts.hpp"
#include "parley/knowledge_base.hpp"
#include "relations/edge_sink.hpp"
#include "relations/entity_ids.hpp"
#include "relations/relation_builder.hpp"

namespace parley {
namespace {

// Filled in place: a returned Evidence was moved into the node, two strings more per node.
void set_evidence(Evidence& evidence, const Document& document, SharedDocumentTexts& shared, std::size_t sentence) {
  evidence.source = shared.source();
  if (sentence >= document.sentences.size()) return;
  const Sentence& s = document.sentences[sentence];
  evidence.text = shared.sentence(sentence);
  evidence.start = s.span.begin;
  evidence.end = s.span.end;
}

// The attributes a node carries (the rest is the resolver's own). By length first: compared with
// C strings, each test measured the literal and called memcmp.
bool is_node_attribute(std::string_view key) {
  using namespace std::string_view_literals;
  switch (key.size()) {
    case 8: return key == "modality"sv;
    case 6: return key == "series"sv;
    case 5: return key == "round"sv || key == "title"sv;
    default: return false;
  }
}

// The label, aliases, location and rule move into the node: relation rules never read them from
// the table (they read ids, types, kinds, countries, dates and attributes, which are copied), and
// the copies were a fifth of the allocations of building the nodes. The node is the graph's
// empty one for a new id (see Graph::add_node_filled): every field is set in place.
void fill_node(NodeData& node, entities::Entity& entity, const Document& document, SharedDocumentTexts& shared) {
  node.type = entity.type;
  node.kind = entity.kind;
  node.label = std::move(entity.label);
  node.aliases = std::move(entity.aliases);  // each once; Graph::add_node_filled sorts them
  // Copied only when set: most nodes have no date, and many no country (an assignment is a call
  // even of an empty string).
  if (!entity.date.empty()) node.date = entity.date;
  node.location = std::move(entity.location);
  if (!entity.country.empty()) node.country = entity.country;
  set_evidence(node.evidence, document, shared, entity.evidence_sentence);
  node.rule = std::move(entity.rule);
  node.support.emplace_hint(node.support.end(), shared.source(), std::max<long>(entity.mentions, 1));  // empty: no search
  for (const auto& [key, value] : entity.attributes) {
    if (is_node_attribute(key)) node.attributes.emplace_hint(node.attributes.end(), key, value);  // in key order
  }
}

}  // namespace

Graph extract_graph(const Extractor::State& state, const Document& document, StageTimes* times) {
  Graph graph;
  graph.info.source = document.source;
  graph.info.title = document.title;
  graph.info.date = document.date;
  entities::EntityTable table = entities::resolve_entities(document, state.context, times);
  StageClock resolving(times, Stage::resolve);
  graph.reserve(table.entities.size(), 0);
  SharedDocumentTexts shared(document);  // the nodes' and the edges'
  // One node per id. The table's own index of ids (which the relation rules use too) tells the
  // first entity of each: a node new to the graph is added with no look-up in the graph's index
  // of ids (see Graph::add_new_node_filled), and each entity's vertex, noted here, is where the
  // relations find its node.
  const relations::EntityIds ids(table);
  std::vector<Graph::Vertex> vertices(table.entities.size(), relations::EdgeSink::kNoNode);
  for (std::size_t e = 0; e < table.entities.size(); ++e) {
    entities::Entity& entity = table.entities[e];
    if (entity.mentions <= 0 || entity.id.empty()) continue;
    const auto fill = [&](NodeData& node) { fill_node(node, entity, document, shared); };
    Graph::Vertex& vertex = vertices[ids.first_of(e)];
    if (vertex == relations::EdgeSink::kNoNode) {
      vertex = graph.add_new_node_filled(entity.id, fill);
    } else {
      graph.add_node_filled(entity.id, fill);  // a later entity of the id: combined with its node
    }
  }
  // Every entity of an id (those without mentions too) has the node of its first.
  for (std::size_t e = 0; e < table.entities.size(); ++e) vertices[e] = vertices[ids.first_of(e)];
  resolving.stop();
  StageClock relating(times, Stage::relate);
  relations::add_relations(document, table, ids, std::move(vertices), state.kb, state.lexicon, state.relation_lists, graph,
                           shared);
  return graph;
}

Extractor::Extractor(const KnowledgeBase& knowledge_base) : state_(std::make_unique<const State>(knowledge_base.data())) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Graph Extractor::extract(const Document& document, StageTimes* times) const {
  return extract_graph(*state_, document, times);
}

}  // namespace parley
