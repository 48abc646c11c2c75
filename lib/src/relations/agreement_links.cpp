// party_to and produced: who stands behind an agreement, and which meeting brought it out.
//  - "<actors> are parties to / signed / negotiated / issued <agreement>": the actors named
//    before the verb (a body's state with it) are parties;
//  - the states an agreement's name holds ("the U.S.-Japan treaty"), and actors named right after
//    it ("the treaty with X", "an agreement between A and B");
//  - the knowledge base's parties of an instrument, when the text names them;
//  - "<meeting> issued / adopted a joint statement", "a statement following <meeting>": a
//    statement, communique or declaration brought out with a produce verb is produced by the
//    meeting the sentence speaks of.
#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

void parties_in_sentence(RelationContext& c, std::size_t s) {
  if (!c.names(s, "agreement")) return;  // one test, before the trigger scan
  const auto triggers = c.triggers(s, c.lists.relation_party_words);
  if (triggers.empty()) return;
  const SentenceFacts& f = c.facts[s];
  const auto agreements = c.mentioned(s, "agreement", triggers.front().first);
  if (agreements.empty()) return;
  for (std::size_t actor : f.agents) {
    for (std::size_t agreement : agreements) {
      // States and bodies are parties; a person who speaks of an agreement commits their state.
      if (!c.is_actor_kind(actor, "person")) c.sink.add("party_to", actor, agreement, s, "parties_to");
      const std::size_t state = c.state_of(actor);
      if (state != entities::kNone) c.sink.add("party_to", state, agreement, s, "parties_to_state");
    }
  }
}

// States an agreement's own words name ("the U.S.-Japan Security Treaty"), and actors right after
// it ("the treaty with X", "an agreement between A and B"), are its parties.
void named_in_agreement(RelationContext& c, std::size_t s) {
  if (!c.names(s, "agreement")) return;  // most sentences, left before a look at their mentions
  const SentenceFacts& f = c.facts[s];
  const auto& tokens = c.table.tokens[s];
  const auto& linkers = c.lists.relation_agreement_linkers;
  for (const auto& m : f.mentions) {
    if (!c.is(m.entity, "agreement")) continue;
    for (const auto& a : f.mentions) {
      if (a.first >= m.first && a.last <= m.last && a.last > a.first && c.is_actor_kind(a.entity, "state"))
        c.sink.add("party_to", a.entity, m.entity, s, "named_in_agreement");
    }
    if (m.last < tokens.size() && linkers.match(tokens, m.last) > 0) {
      const std::size_t from = m.last + linkers.match(tokens, m.last);
      for (std::size_t actor : c.mentioned(s, "actor", from, object_end(c, s, from, 8)))
        c.sink.add("party_to", actor, m.entity, s, "named_after_agreement");
    }
  }
}

void produced_in_sentence(RelationContext& c, std::size_t s) {
  const SentenceFacts& f = c.facts[s];
  if (!c.names(s, "agreement") || !c.is(f.meeting, "meeting") || !c.has_trigger(s, c.lists.relation_produce_words))
    return;
  // A briefing brings out no agreement of its own unless the sentence says so by name.
  if (!f.meeting_named && c.entity(f.meeting).kind == "briefing") return;
  const auto& kinds = c.lists.relation_produced_kinds;
  for (std::size_t agreement : c.mentioned(s, "agreement")) {
    if (!kinds.contains(c.entity(agreement).kind)) continue;
    c.sink.add("produced", f.meeting, agreement, s, f.meeting_named ? "produced_at_named_meeting" : "produced_in_context");
  }
}

void known_parties(RelationContext& c) {
  for (std::size_t agreement = 0; agreement < c.table.entities.size(); ++agreement) {
    if (!c.is(agreement, "agreement")) continue;
    const KbEntry* entry = c.kb_entry(agreement);
    if (!entry) continue;
    for (const auto& party : entry->parties) {
      const std::size_t actor = c.entity_by_id(party);
      if (actor != entities::kNone) c.sink.add_implied("party_to", actor, agreement, "kb_parties");
    }
  }
}

}  // namespace

void add_agreement_links(RelationContext& c) {
  for (std::size_t s = 0; s < c.facts.size(); ++s) {
    parties_in_sentence(c, s);
    named_in_agreement(c, s);
    produced_in_sentence(c, s);
  }
  known_parties(c);
}

}  // namespace parley::relations
