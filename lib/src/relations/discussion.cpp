// discussed: what a meeting was about.
//  - "<meeting> / <participants> discussed / reviewed / talked about <actor or agreement>": the
//    actors and agreements named after the trigger, other than those who act in the sentence, are
//    subjects of the meeting the sentence speaks of;
//  - a briefing (press conference, call with reporters) is about what its speakers talk of: every
//    actor and agreement named in a speaker's turn, other than the speakers, their states and
//    those taking part, is a subject of the briefing (persons aside). Questioners' words are left out.
#include <algorithm>
#include <cstdint>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "relations/relation_rules.hpp"
#include "relations/sentence_index.hpp"

namespace parley::relations {

namespace {

constexpr std::size_t kMinimumSentences = 2;

// A set of the table's entities, as a flag per entity: asked per mention, and built with no sort
// (sorted vectors asked by bisection sorted twice per document, and each ask was a search).
class EntitySet {
 public:
  explicit EntitySet(std::size_t entities) : flags_(entities, 0) {}
  void add(std::size_t entity) {  // entities::kNone, or any index out of the table, is left out
    if (entity < flags_.size()) flags_[entity] = 1;
  }
  bool holds(std::size_t entity) const { return entity < flags_.size() && flags_[entity] != 0; }

 private:
  std::vector<char> flags_;
};

// What a briefing is not about: those taking part, its speakers, and the speakers' own side (their
// states, and those states' officials and bodies).
EntitySet not_briefing_subjects(const RelationContext& c) {
  const std::size_t entities = c.table.entities.size();
  EntitySet own_states(entities);
  EntitySet excluded(entities);
  for (std::size_t actor : c.participants_of(c.table.briefing)) excluded.add(actor);
  for (std::size_t speaker : c.table.turn_speakers) {
    excluded.add(speaker);
    own_states.add(c.state_of(speaker));
  }
  for (std::size_t state : c.table.turn_states) own_states.add(state);  // kNone for a turn without one
  own_states.add(c.table.home_state);
  for (std::size_t e = 0; e < entities; ++e) {
    if (own_states.holds(e) || (c.is(e, "actor") && own_states.holds(c.state_of(e)))) excluded.add(e);
  }
  return excluded;
}

// Sentence s is in a speaker's turn, not a questioner's, the moderator's or the operator's.
bool spoken_by_speaker(const RelationContext& c, std::size_t s) {
  const int turn = c.facts[s].turn;
  if (turn < 0 || static_cast<std::size_t>(turn) >= c.document.turns.size()) return false;
  const SpeakerRole role = c.document.turns[static_cast<std::size_t>(turn)].role;
  return role != SpeakerRole::questioner && role != SpeakerRole::moderator && role != SpeakerRole::operator_;
}

// Every state, body, group and agreement named in a speaker's turn is a subject of the briefing;
// persons are left out (a briefing names many officials it is not about). The sentences naming
// each are the edge sink's index's (built for the implied edges anyway; an index of its own, of
// the speakers' sentences alone, was most of this rule's cost), those in speakers' turns kept.
void briefing_subjects(RelationContext& c, const EntitySet& excluded) {
  const std::size_t briefing = c.table.briefing;
  if (!c.is(briefing, "meeting") || c.entity(briefing).kind != "briefing" || c.document.turns.empty()) return;
  const SentenceIndex& naming = c.sink.sentences_naming();
  boost::container::small_vector<std::size_t, 16> spoken;
  for (std::size_t subject = 0; subject < c.table.entities.size(); ++subject) {
    if (!(c.is(subject, "actor") || c.is(subject, "agreement"))) continue;
    if (excluded.holds(subject) || c.is_actor_kind(subject, "person")) continue;
    spoken.clear();
    for (const std::uint32_t s : naming.of(subject)) {
      if (s < c.facts.size() && spoken_by_speaker(c, s)) spoken.push_back(s);
    }
    // A subject is what speakers come back to: named in two sentences at least, not in passing.
    if (spoken.size() < kMinimumSentences) continue;
    for (std::size_t s : spoken) c.sink.add("discussed", briefing, subject, s, "briefing_subject");
  }
}

}  // namespace

void add_discussion(RelationContext& c) {
  const EntitySet excluded = not_briefing_subjects(c);
  for (std::size_t s = 0; s < c.facts.size(); ++s) {
    const SentenceFacts& f = c.facts[s];
    if (!c.is(f.meeting, "meeting")) continue;
    // Most sentences name no actor or agreement to be a subject: they are skipped before the
    // trigger scan.
    if (!c.names(s, "actor") && !c.names(s, "agreement")) continue;
    const Trigger trigger = c.first_trigger(s, c.lists.relation_discuss_words);
    if (trigger.length == 0) continue;
    const std::size_t from = trigger.end();
    for (const char* type : {"actor", "agreement"}) {
      for (std::size_t subject : c.mentioned(s, type, from)) {
        if (std::find(f.agents.begin(), f.agents.end(), subject) != f.agents.end()) continue;
        if (f.meeting == c.table.briefing && excluded.holds(subject)) continue;
        // Who takes part in a meeting is not what it discusses.
        if (c.takes_part(subject, f.meeting)) continue;
        c.sink.add("discussed", f.meeting, subject, s, "discussed");
      }
    }
  }
  briefing_subjects(c, excluded);
}

}  // namespace parley::relations


