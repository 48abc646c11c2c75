// Extraction: a Document through the recognisers and resolution into the graph's nodes
// (segments -> mentions -> entities -> graph). Edges between them come from lib/src/relations/.
#include "parley/extractor.hpp"

#include <utility>

#include "entities/entity_resolver.hpp"
#include "entities/extraction_state.hpp"
#include "parley/knowledge_base.hpp"
#include "relations/relation_builder.hpp"

namespace parley {
namespace {

Evidence evidence_of(const Document& document, std::size_t sentence) {
  Evidence evidence;
  evidence.source = document.source;
  if (sentence >= document.sentences.size()) return evidence;
  const Sentence& s = document.sentences[sentence];
  evidence.text = s.text;
  evidence.start = s.span.begin;
  evidence.end = s.span.end;
  return evidence;
}

// The label, aliases, location and rule move into the node: relation rules never read them from
// the table (they read ids, types, kinds, countries, dates and attributes, which are copied), and
// the copies were a fifth of the allocations of building the nodes.
NodeData node_of(entities::Entity& entity, const Document& document) {
  NodeData node;
  node.id = entity.id;
  node.type = entity.type;
  node.kind = entity.kind;
  node.label = std::move(entity.label);
  node.aliases.reserve(entity.aliases.size());
  while (!entity.aliases.empty()) node.aliases.push_back(std::move(entity.aliases.extract(entity.aliases.begin()).value()));
  node.date = entity.date;
  node.location = std::move(entity.location);
  node.country = entity.country;
  node.evidence = evidence_of(document, entity.evidence_sentence);
  node.rule = std::move(entity.rule);
  node.support[document.source] = std::max<long>(entity.mentions, 1);
  for (const auto& [key, value] : entity.attributes) {
    if (key == "modality" || key == "series" || key == "round" || key == "title") node.attributes[key] = value;
  }
  return node;
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
  for (std::size_t e = 0; e < table.entities.size(); ++e) {
    entities::Entity& entity = table.entities[e];
    if (entity.mentions <= 0 || entity.id.empty()) continue;
    graph.add_node(node_of(entity, document));
  }
  resolving.stop();
  StageClock relating(times, Stage::relate);
  relations::add_relations(document, table, state.kb, state.lexicon, graph);
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
