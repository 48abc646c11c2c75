// Relations: the edges of SCHEMA.md between the nodes of one document, each with the sentence
// that states it. Called by the extractor after the nodes are in the graph; edges whose ends
// made no node are not added.
//
// Evidence comes from three levels: sentence patterns over the resolved mentions (trigger words
// in data/kb/relations.json), the speaker's turn ("we" is the speaker's state; speakers take
// part in the briefing), and the document and knowledge base (rounds of a series, affiliations).
// Each edge gets one Graph::add_edge per sentence that states it, so its weight is the number of
// distinct sentences, whatever the number of rules that agree.
//
// Debugging: with PARLEY_DEBUG_RELATIONS set in the environment, the facts every rule reads (per
// sentence: its turn, meeting, acting actors and entity mentions; the briefing, the home state and
// each turn's speaker) are printed on stderr.
#pragma once

#include <vector>

#include "entities/entity_table.hpp"
#include "entities/knowledge_base_data.hpp"
#include "graph/shared_document_texts.hpp"
#include "mentions/lexicon.hpp"
#include "parley/document.hpp"
#include "parley/graph.hpp"
#include "relations/entity_ids.hpp"
#include "relations/relation_lists.hpp"

namespace parley::relations {

// `ids` are the table's; `vertices` each entity's node's vertex in `graph` (EdgeSink::kNoNode
// for none), as the extractor found them adding the nodes; `texts` are the document's name and
// sentences as the graph's nodes already share them; `lists` are the lexicon's (built once by the
// extractor's state).
void add_relations(const Document& document, const entities::EntityTable& table, const EntityIds& ids,
                   std::vector<Graph::Vertex> vertices, const KnowledgeBaseData& kb, const mentions::Lexicon& lexicon,
                   const RelationLists& lists, Graph& graph, SharedDocumentTexts& texts);

// The same, building the trigger-word lists from the knowledge base (for tests and callers
// without an Extractor::State).
void add_relations(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                   Graph& graph);

}  // namespace parley::relations
