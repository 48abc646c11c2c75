// add_relations (see relation_builder.hpp): runs the rule families in order.
#include "relations/relation_builder.hpp"

#include "relations/edge_sink.hpp"
#include "relations/relation_context.hpp"
#include "relations/relation_rules.hpp"

namespace parley::relations {

void add_relations(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                   const mentions::Lexicon& lexicon, Graph& graph) {
  EdgeSink sink(document, table, graph);
  RelationContext context(document, table, kb, lexicon, sink);
  add_participation(context);
  add_commitment_links(context);   // after participation: makers take part in the meeting
  add_agreement_links(context);
  add_meeting_sequence(context);
  add_membership(context);
  add_counterparts(context);       // after participation: reads who met whom
  add_targets(context);
  add_discussion(context);
  sink.write(graph);
}

void add_relations(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                   Graph& graph) {
  const mentions::Lexicon lexicon(kb);
  add_relations(document, table, kb, lexicon, graph);
}

}  // namespace parley::relations
