// add_relations (see relation_builder.hpp): runs the rule families in order.
#include "relations/relation_builder.hpp"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "relations/edge_sink.hpp"
#include "relations/relation_context.hpp"
#include "relations/relation_rules.hpp"

namespace parley::relations {

namespace {

// PARLEY_DEBUG_RELATIONS (see relation_builder.hpp), read once: getenv scans the whole
// environment, and each document asked it again.
bool debugging_relations() {
  static const bool debugging = std::getenv("PARLEY_DEBUG_RELATIONS") != nullptr;
  return debugging;
}

// The facts every rule reads, on stderr. Out of line and cold: a debugging aid, its code kept
// off the lines the rules' code is fetched in document after document.
[[gnu::cold, gnu::noinline]] void print_facts(const Document& document, const entities::EntityTable& table,
                                              const RelationContext& context) {
  for (std::size_t i = 0; i < context.facts.size(); ++i) {
    std::fprintf(stderr, "[%zu] turn=%d meeting=%s agents=", i, document.sentences[i].turn,
                 context.facts[i].meeting == entities::kNone ? "-" : table.entities[context.facts[i].meeting].id.c_str());
    for (auto a : context.facts[i].agents) std::fprintf(stderr, "%s,", table.entities[a].id.c_str());
    std::fprintf(stderr, " :: %s\n", document.sentences[i].text.c_str());
    for (const auto& m : context.facts[i].mentions)
      std::fprintf(stderr, "     %zu-%zu %s %.*s\n", m.first, m.last, table.entities[m.entity].id.c_str(),
                   static_cast<int>(m.mention->surface.size()), m.mention->surface.data());
  }
  std::fprintf(stderr, "briefing=%s home=%s\n", table.briefing == entities::kNone ? "-" : table.entities[table.briefing].id.c_str(),
               table.home_state == entities::kNone ? "-" : table.entities[table.home_state].id.c_str());
  for (std::size_t t = 0; t < table.turn_speakers.size(); ++t)
    std::fprintf(stderr, "turn %zu speaker=%s state=%s\n", t,
                 table.turn_speakers[t] == entities::kNone ? "-" : table.entities[table.turn_speakers[t]].id.c_str(),
                 t < table.turn_states.size() && table.turn_states[t] != entities::kNone ? table.entities[table.turn_states[t]].id.c_str() : "-");
}

}  // namespace

void add_relations(const Document& document, const entities::EntityTable& table, const EntityIds& ids,
                   std::vector<Graph::Vertex> vertices, const KnowledgeBaseData& kb, const mentions::Lexicon& lexicon,
                   const RelationLists& lists, Graph& graph, SharedDocumentTexts& texts) {
  EdgeSink sink(document, table, ids, std::move(vertices));
  RelationContext context(document, table, kb, lexicon, lists, sink);
  if (debugging_relations()) [[unlikely]] print_facts(document, table, context);
  add_participation(context);
  add_commitment_links(context);   // after participation: makers take part in the meeting
  add_agreement_links(context);
  add_meeting_sequence(context);
  add_membership(context);
  add_counterparts(context);       // after participation: reads who met whom
  add_targets(context);
  add_discussion(context);
  sink.write(graph, texts);
}

void add_relations(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                   Graph& graph) {
  const mentions::Lexicon lexicon(kb);
  SharedDocumentTexts texts(document);
  const EntityIds ids(table);
  add_relations(document, table, ids, EdgeSink::entity_vertices(table, ids, graph), kb, lexicon, RelationLists(lexicon),
                graph, texts);
}

}  // namespace parley::relations
