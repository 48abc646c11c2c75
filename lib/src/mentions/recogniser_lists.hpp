// The word lists the recognisers ask about, looked up by name once per knowledge base (in
// Extractor::State) instead of once per sentence: a look-up by name hashes and compares the
// name, and the recognisers asked for some sixty lists per sentence (the kinded lists building
// each name anew). Members are named after the lexicon's lists (data/kb/lexicon.json).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mentions/lexicon.hpp"

namespace parley::mentions {

struct RecogniserLists {
  explicit RecogniserLists(const Lexicon& lexicon);
  RecogniserLists(const RecogniserLists&) = delete;
  RecogniserLists& operator=(const RecogniserLists&) = delete;

  const WordList& body_heads;
  const WordList& body_tails;
  const WordList& body_tails_inverted;
  const WordList& clause_openers;
  const WordList& commitment_adverbs;
  const WordList& commitment_gap_words;
  const WordList& commitment_nouns;
  const WordList& conditionals;
  const WordList& first_person_plural;
  const WordList& first_round_words;
  const WordList& group_modifiers;
  const WordList& group_nouns;
  const WordList& hedges;
  const WordList& honorifics;
  const WordList& instrument_modifier_stops;
  const WordList& instrument_named_modifiers;
  const WordList& instrument_noun_breakers;
  const WordList& instrument_nouns;
  const WordList& instrument_nouns_needing_body;
  const WordList& instrument_weak_modifiers;
  const WordList& intention_markers;
  const WordList& label_trailing_words;
  const WordList& meeting_adjectives;
  const WordList& meeting_determiners;
  const WordList& meeting_place_prepositions;
  const WordList& meeting_verbs;
  const WordList& name_connectors;
  const WordList& negations;
  const WordList& non_action_words;
  const WordList& non_commitment_verbs;
  const WordList& non_name_words;
  const WordList& ordinals;
  const WordList& organization_tails;
  const WordList& pair_phrases;
  const WordList& person_titles;
  const WordList& place_prepositions;
  const WordList& possessives;
  const WordList& resolution_words;
  const WordList& round_nouns;
  const WordList& soft_clause_openers;
  const WordList& subject_skip_words;
  const WordList& third_person_plural;
  const WordList& title_determiners;
  const WordList& visit_verbs;

  // Head words by kind: agreement_heads.<kind>, meeting_heads.<kind>, commitment_verbs.<kind>.
  KindedLists agreement_heads;
  KindedLists meeting_heads;
  KindedLists commitment_verbs;
  // Every list whose entries start a rule's match, by recogniser (see ListGroup): a token none
  // of them starts with is passed over at once.
  ListGroup agreement_triggers;    // numbered resolutions, named heads, instrument nouns
  ListGroup body_triggers;         // body heads and tails, organisation tails
  ListGroup verb_meeting_triggers; // visit and meeting verbs
  ListGroup commitment_triggers;   // commitment verbs and nouns, intention markers
  ListGroup first_person_words;    // first_person_plural: "we're going to" needs one
  ListGroup group_triggers;        // group nouns
  ListGroup meeting_head_triggers; // meeting heads of every kind
  ListGroup person_triggers;       // person titles
  // title_country.<alpha-3>, in name order: (alpha-3, list).
  std::vector<std::pair<std::string, const WordList*>> title_countries;
};

}  // namespace parley::mentions
