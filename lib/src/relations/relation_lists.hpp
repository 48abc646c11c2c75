// The word lists the relation rules ask about, looked up by name once (by the extractor's
// state, or once per document without one) instead of at every sentence and trigger: a look-up
// by name hashes and compares the name, and the names' table is cold by the relation stage.
// Members are named after the lexicon's lists (data/kb/lexicon.json).
#pragma once

#include <array>

#include "mentions/lexicon.hpp"

namespace parley::relations {

struct RelationLists {
  explicit RelationLists(const mentions::Lexicon& lexicon);

  const mentions::WordList& first_person_plural;
  const mentions::WordList& first_person_singular;
  const mentions::WordList& intention_markers;
  const mentions::WordList& relation_agreement_linkers;
  const mentions::WordList& relation_clause_breaks;
  const mentions::WordList& relation_counterpart_words;
  const mentions::WordList& relation_delegation_words;
  const mentions::WordList& relation_discuss_words;
  const mentions::WordList& relation_follow_words;
  const mentions::WordList& relation_host_words;
  const mentions::WordList& relation_lead_words;
  const mentions::WordList& relation_meeting_linkers;
  const mentions::WordList& relation_meeting_verbs;
  const mentions::WordList& relation_participant_words;
  const mentions::WordList& relation_party_words;
  const mentions::WordList& relation_produce_words;
  const mentions::WordList& relation_produced_kinds;
  const mentions::WordList& relation_rank_words;
  const mentions::WordList& relation_target_words;
  const mentions::WordList& relation_under_words;
  const mentions::WordList& relation_victim_markers;
  const mentions::WordList& third_person_plural;
  // The lists whose first match ends the stretch where a sentence names who acts.
  static constexpr std::size_t kVerbListCount = 11;
  std::array<const mentions::WordList*, kVerbListCount> verbs{};
};

// Tells the lexicon (Lexicon::mark_lists) which lists the relation stage indexes the starts of,
// so that annotate() marks them on every token: once, before any annotation (Extractor::State).
// Defined beside the index, in relation_context.cpp.
void mark_start_lists(mentions::Lexicon& lexicon);

}  // namespace parley::relations
