// Word lists resolved once per knowledge base (see recogniser_lists.hpp).
#include "mentions/recogniser_lists.hpp"

#include <array>

namespace parley::mentions {
namespace {

constexpr std::array<const char*, 9> kAgreementKinds = {"treaty", "declaration", "resolution", "law", "communique",
                                                        "statement", "deal", "framework", "other"};
constexpr std::array<const char*, 7> kMeetingKinds = {"dialogue", "summit", "conference", "meeting", "visit", "call",
                                                      "briefing"};
constexpr std::array<const char*, 3> kCommitmentVerbKinds = {"pledge", "agreement", "reaffirmation"};

}  // namespace

RecogniserLists::RecogniserLists(const Lexicon& lexicon)
    : body_heads(lexicon.list("body_heads")),
      body_tails(lexicon.list("body_tails")),
      body_tails_inverted(lexicon.list("body_tails_inverted")),
      clause_openers(lexicon.list("clause_openers")),
      commitment_adverbs(lexicon.list("commitment_adverbs")),
      commitment_gap_words(lexicon.list("commitment_gap_words")),
      commitment_nouns(lexicon.list("commitment_nouns")),
      conditionals(lexicon.list("conditionals")),
      first_person_plural(lexicon.list("first_person_plural")),
      first_round_words(lexicon.list("first_round_words")),
      group_modifiers(lexicon.list("group_modifiers")),
      group_nouns(lexicon.list("group_nouns")),
      hedges(lexicon.list("hedges")),
      honorifics(lexicon.list("honorifics")),
      instrument_modifier_stops(lexicon.list("instrument_modifier_stops")),
      instrument_named_modifiers(lexicon.list("instrument_named_modifiers")),
      instrument_noun_breakers(lexicon.list("instrument_noun_breakers")),
      instrument_nouns(lexicon.list("instrument_nouns")),
      instrument_nouns_needing_body(lexicon.list("instrument_nouns_needing_body")),
      instrument_weak_modifiers(lexicon.list("instrument_weak_modifiers")),
      intention_markers(lexicon.list("intention_markers")),
      label_trailing_words(lexicon.list("label_trailing_words")),
      meeting_adjectives(lexicon.list("meeting_adjectives")),
      meeting_determiners(lexicon.list("meeting_determiners")),
      meeting_place_prepositions(lexicon.list("meeting_place_prepositions")),
      meeting_verbs(lexicon.list("meeting_verbs")),
      name_connectors(lexicon.list("name_connectors")),
      negations(lexicon.list("negations")),
      non_action_words(lexicon.list("non_action_words")),
      non_commitment_verbs(lexicon.list("non_commitment_verbs")),
      non_name_words(lexicon.list("non_name_words")),
      ordinals(lexicon.list("ordinals")),
      organization_tails(lexicon.list("organization_tails")),
      pair_phrases(lexicon.list("pair_phrases")),
      person_titles(lexicon.list("person_titles")),
      place_prepositions(lexicon.list("place_prepositions")),
      possessives(lexicon.list("possessives")),
      resolution_words(lexicon.list("resolution_words")),
      round_nouns(lexicon.list("round_nouns")),
      soft_clause_openers(lexicon.list("soft_clause_openers")),
      subject_skip_words(lexicon.list("subject_skip_words")),
      third_person_plural(lexicon.list("third_person_plural")),
      title_determiners(lexicon.list("title_determiners")),
      visit_verbs(lexicon.list("visit_verbs")),
      agreement_heads(lexicon, "agreement_heads.", kAgreementKinds),
      meeting_heads(lexicon, "meeting_heads.", kMeetingKinds),
      commitment_verbs(lexicon, "commitment_verbs.", kCommitmentVerbKinds),
      agreement_triggers({&resolution_words, &instrument_nouns}, {&agreement_heads}),
      body_triggers({&body_heads, &body_tails, &organization_tails}),
      verb_meeting_triggers({&visit_verbs, &meeting_verbs}),
      commitment_triggers({&commitment_nouns, &intention_markers}, {&commitment_verbs}),
      first_person_words({&first_person_plural}),
      group_triggers({&group_nouns}),
      meeting_head_triggers({}, {&meeting_heads}),
      person_triggers({&person_titles}) {
  for (const std::string& name : lexicon.lists_starting_with("title_country.")) {
    title_countries.emplace_back(name.substr(name.find('.') + 1), &lexicon.list(name));
  }
}

}  // namespace parley::mentions
