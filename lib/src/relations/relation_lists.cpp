// Word lists of the relation rules, resolved once (see relation_lists.hpp).
#include "relations/relation_lists.hpp"

#include <iterator>

namespace parley::relations {
namespace {

const char* const kVerbLists[] = {
    "relation_meeting_verbs", "relation_discuss_words", "relation_target_words", "relation_party_words",
    "relation_produce_words", "relation_lead_words", "commitment_verbs.pledge", "commitment_verbs.agreement",
    "commitment_verbs.reaffirmation", "intention_markers", "relation_action_verbs",
};
static_assert(std::size(kVerbLists) == RelationLists::kVerbListCount);

}  // namespace

RelationLists::RelationLists(const mentions::Lexicon& lexicon)
    : first_person_plural(lexicon.list("first_person_plural")),
      first_person_singular(lexicon.list("first_person_singular")),
      intention_markers(lexicon.list("intention_markers")),
      relation_agreement_linkers(lexicon.list("relation_agreement_linkers")),
      relation_clause_breaks(lexicon.list("relation_clause_breaks")),
      relation_counterpart_words(lexicon.list("relation_counterpart_words")),
      relation_delegation_words(lexicon.list("relation_delegation_words")),
      relation_discuss_words(lexicon.list("relation_discuss_words")),
      relation_follow_words(lexicon.list("relation_follow_words")),
      relation_host_words(lexicon.list("relation_host_words")),
      relation_lead_words(lexicon.list("relation_lead_words")),
      relation_meeting_linkers(lexicon.list("relation_meeting_linkers")),
      relation_meeting_verbs(lexicon.list("relation_meeting_verbs")),
      relation_participant_words(lexicon.list("relation_participant_words")),
      relation_party_words(lexicon.list("relation_party_words")),
      relation_produce_words(lexicon.list("relation_produce_words")),
      relation_produced_kinds(lexicon.list("relation_produced_kinds")),
      relation_rank_words(lexicon.list("relation_rank_words")),
      relation_target_words(lexicon.list("relation_target_words")),
      relation_under_words(lexicon.list("relation_under_words")),
      relation_victim_markers(lexicon.list("relation_victim_markers")),
      third_person_plural(lexicon.list("third_person_plural")) {
  for (std::size_t k = 0; k < verbs.size(); ++k) verbs[k] = &lexicon.list(kVerbLists[k]);
}

}  // namespace parley::relations
