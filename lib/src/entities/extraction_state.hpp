// Extractor::State: what is built once from the knowledge base and shared, read-only, by every
// extraction (so one Extractor serves several threads).
#pragma once

#include "entities/knowledge_base_data.hpp"
#include "mentions/gazetteer.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/person_index.hpp"
#include "mentions/sentence_analysis.hpp"
#include "parley/extractor.hpp"
#include "relations/relation_lists.hpp"

namespace parley {

struct Extractor::State {
  explicit State(const KnowledgeBaseData& data)
      : kb(data), gazetteer(data), lexicon(marked(data)), persons(data), lists(lexicon), context{kb, gazetteer, lexicon, persons, lists},
        relation_lists(lexicon) {}
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  const KnowledgeBaseData& kb;
  mentions::Gazetteer gazetteer;
  mentions::Lexicon lexicon;
  mentions::PersonIndex persons;
  mentions::RecogniserLists lists;
  mentions::RecogniserContext context;
  relations::RelationLists relation_lists;  // looked up once, not per document

 private:
  // The lexicon, marking the relation stage's start lists on the tokens it annotates.
  static mentions::Lexicon marked(const KnowledgeBaseData& data) {
    mentions::Lexicon lexicon(data);
    relations::mark_start_lists(lexicon);
    return lexicon;
  }
};

// The graph of one document given the knowledge base's data: what Extractor::extract runs, open
// to tests that build their data in memory.
Graph extract_graph(const Extractor::State& state, const Document& document, StageTimes* times = nullptr);

}  // namespace parley
