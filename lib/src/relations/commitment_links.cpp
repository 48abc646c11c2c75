// makes, made_at, under: what is known of each commitment.
//  - makes: the makers resolution found ("we" is the speaker's state); a person or body that
//    makes a commitment also commits its state, which SCHEMA.md names as the maker of "we";
//  - made_at: the meeting named in the commitment's sentence, else the briefing for what a
//    speaker says, else the meeting the text is speaking of; its makers take part in it;
//  - under: an agreement named in the commitment's sentence ("deliver on the commitment under
//    <agreement>", "... based on <agreement>"); its makers are then parties to that agreement.
#include <cstdint>
#include <vector>

#include "relations/relation_rules.hpp"
#include "relations/sentence_index.hpp"

namespace parley::relations {
void add_commitment_links(RelationContext& c) {
  // The sentences naming each commitment: the edge sink's index of the sentences naming each
  // entity, which implied edges build anyway (an index of the commitments' own cost as much).
  const SentenceIndex& naming = c.sink.sentences_naming();
  std::vector<std::size_t> sentences;
  for (std::size_t commitment = 0; commitment < c.table.entities.size(); ++commitment) {
    if (!c.is(commitment, "commitment")) continue;
    sentences.clear();
    for (const std::uint32_t s : naming.of(commitment)) {
      if (s < c.facts.size()) sentences.push_back(s);
    }
    if (sentences.empty() && c.entity(commitment).evidence_sentence < c.facts.size())
      sentences.push_back(c.entity(commitment).evidence_sentence);
    if (sentences.empty()) continue;
    const std::size_t first = sentences.front();

    EntityList makers;
    for (std::size_t maker : c.entity(commitment).makers) {
      if (!c.is(maker, "actor")) continue;
      makers.push_back(maker);
      const std::size_t state = c.state_of(maker);
      if (state != entities::kNone && state != maker) makers.push_back(state);
    }
    for (std::size_t s : sentences) {
      for (std::size_t maker : c.entity(commitment).makers) c.sink.add("makes", maker, commitment, s, "commitment_maker");
    }
    for (std::size_t maker : makers) c.sink.add("makes", maker, commitment, first, "commitment_maker_state");

    const SentenceFacts& f = c.facts[first];
    // Unnamed in a speaker's turn, the meeting is the briefing, or the meeting the speaker was
    // telling of when the commitment is "theirs" (see RelationContext).
    const std::size_t meeting = f.meeting;
    if (c.is(meeting, "meeting")) {
      c.sink.add("made_at", commitment, meeting, first, f.meeting_named ? "made_at_named_meeting" : "made_at_context_meeting");
      for (std::size_t maker : makers) c.participate(maker, meeting, first, "commitment_maker_at_meeting", "participant");
    }

    for (std::size_t s : sentences) {
      for (std::size_t agreement : c.mentioned(s, "agreement")) {
        c.sink.add("under", commitment, agreement, s, c.has_trigger(s, c.lists.relation_under_words) ? "under" : "under_same_sentence");
        for (std::size_t maker : makers) {
          if (!c.is_actor_kind(maker, "person")) c.sink.add("party_to", maker, agreement, s, "maker_under_agreement");
        }
      }
    }
  }
}

}  // namespace parley::relations
