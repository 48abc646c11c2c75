// participates_in: who takes part in a meeting, and in what role.
//  - "the <state> delegation was led by <body>": the body leads, the state takes part;
//    "with (senior) officials from <body>", "<actor> attended as an observer": participants;
//  - "<actor> (and <actor>) met / held / hosted <meeting>", "<actor> met with <actor>": the
//    actors before the verb take part (hosts for "hosted"), those after "with" are counterparts;
//  - the actors a meeting's name holds or that own it ("Secretary Smith's visit to Paris"), and
//    those named right after it ("between A and B", "with A", "to <capital>");
//  - the states of one round of a series take part in its other rounds;
//  - a transcript's speakers take part in the briefing it records (the moderator hosts it);
//    questioners are of low interest and left out.
#include <algorithm>
#include <tuple>
#include <vector>

#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

void delegations(RelationContext& c, std::size_t s) {
  const SentenceFacts& f = c.facts[s];
  if (f.meeting == entities::kNone) return;
  // Every rule here makes a named actor take part: a sentence naming none is left before its
  // three trigger scans.
  if (!c.names(s, "actor")) return;
  const auto& tokens = c.table.tokens[s];
  for (const Trigger& t : c.triggers(s, c.lists.relation_lead_words)) {
    const std::size_t end = object_end(c, s, t.end(), 8);
    const char* role = c.lists.relation_host_words.match(tokens, t.first) > 0 ? "host" : "lead";
    for (std::size_t actor : c.mentioned(s, "actor", t.end(), end)) c.participate(actor, f.meeting, s, "led_by", role);
  }
  for (const Trigger& t : c.triggers(s, c.lists.relation_participant_words)) {
    // "with officials from X": the actors follow; "X also participating": they come before.
    for (std::size_t actor : c.mentioned(s, "actor", t.end(), object_end(c, s, t.end(), 10)))
      c.participate(actor, f.meeting, s, "officials_from", "participant");
  }
  for (const Trigger& t : c.triggers(s, c.lists.relation_delegation_words)) {
    for (const auto& m : f.mentions) {
      if (m.last == t.first && c.is(m.entity, "actor")) c.participate(m.entity, f.meeting, s, "delegation_of", "participant");
    }
  }
}

void meeting_verbs(RelationContext& c, std::size_t s) {
  const SentenceFacts& f = c.facts[s];
  // A meeting verb with no meeting named in a speaker's turn speaks of some other encounter than
  // the briefing; leave it. Asked before the verbs are scanned for: it is cheaper.
  if (!f.meeting_named && f.turn >= 0) return;
  if (f.meeting == entities::kNone) return;
  const auto verbs = c.triggers(s, c.lists.relation_meeting_verbs);
  if (verbs.empty()) return;
  const auto& tokens = c.table.tokens[s];
  // "..., as we cohost the conference", "I will join the summit": a first person right before a
  // later meeting verb makes the speaker (and their state) take part in the meeting it names.
  for (const Trigger& later : verbs) {
    if (later.first == 0) continue;
    std::size_t before = later.first - 1;
    if (before > 0 && c.lists.intention_markers.contains(tokens[before])) --before;
    const auto& we = c.lists.first_person_plural;
    const auto& i = c.lists.first_person_singular;
    if (!we.contains(tokens[before]) && !i.contains(tokens[before])) continue;
    if (tokens[before].all_caps() || tokens[before].text.find('.') != std::string_view::npos) continue;
    const auto named = c.mentioned(s, "meeting", later.end(), object_end(c, s, later.end(), 10));
    const std::size_t meeting = named.empty() ? f.meeting : named.front();
    if (named.empty() && !f.meeting_named) continue;
    if (c.speaker(s) != entities::kNone) c.participate(c.speaker(s), meeting, s, "we_meet", "participant");
    if (we.contains(tokens[before]) && c.we_state(s) != entities::kNone)
      c.participate(c.we_state(s), meeting, s, "we_meet", "participant");
  }
  const Trigger& verb = verbs.front();
  const bool hosting = c.lists.relation_host_words.match(tokens, verb.first) > 0;
  if (f.agents_named) {
    for (std::size_t actor : f.agents) c.participate(actor, f.meeting, s, "met", hosting ? "host" : "participant");
  }
  // "met with X", "spoke with X", "held talks with X": X is the other side; "hosted X": X is a guest.
  const std::size_t end = object_end(c, s, verb.end(), 12);
  std::size_t from = end;
  if (tokens[verb.end() - 1].key == "with" || hosting) {
    from = verb.end();
  } else {
    for (std::size_t at = verb.end(); at < end; ++at) {
      if (tokens[at].key == "with") {
        from = at + 1;
        break;
      }
    }
  }
  for (std::size_t actor : c.mentioned(s, "actor", from, end))
    c.participate(actor, f.meeting, s, "met_with", hosting ? "participant" : "counterpart");
}

// Actors a meeting's own words name: "the U.S.-UK Dialogue", "Secretary Smith's trip to
// Beijing", "the meeting between President A and President B", "a meeting of the leaders of X".
void named_in_meeting(RelationContext& c, std::size_t s) {
  if (!c.names(s, "meeting")) return;  // most sentences, left before a look at their mentions
  const SentenceFacts& f = c.facts[s];
  const auto& tokens = c.table.tokens[s];
  const auto& linkers = c.lists.relation_meeting_linkers;
  for (const auto& m : f.mentions) {
    if (!c.is(m.entity, "meeting")) continue;
    for (const auto& a : f.mentions) {
      if (!c.is(a.entity, "actor")) continue;
      const bool inside = a.first >= m.first && a.last <= m.last && a.last > a.first;
      const bool owner = a.last < m.first && a.last < tokens.size() && tokens[a.last].key == "'s" && m.first - a.last <= 3;
      if (inside || owner) c.participate(a.entity, m.entity, s, "named_in_meeting", owner ? "lead" : "participant");
    }
    // The linker may come a few words on ("talks in Oslo, as expected between A and B"), but
    // not past another entity.
    std::size_t link = m.last;
    while (link < tokens.size() && link < m.last + 6 && linkers.match(tokens, link) == 0) ++link;
    bool entity_between = false;
    for (const auto& other : f.mentions) entity_between |= other.first >= m.last && other.first < link;
    if (link < tokens.size() && link < m.last + 6 && !entity_between) {
      const std::size_t from = link + linkers.match(tokens, link);
      const bool to_place = tokens[link].key == "to";
      for (std::size_t actor : c.mentioned(s, "actor", from, object_end(c, s, from, 10))) {
        if (to_place && !c.is_actor_kind(actor, "state")) continue;
        c.participate(actor, m.entity, s, "named_after_meeting", to_place ? "host" : "participant");
      }
    }
  }
}

void speakers(RelationContext& c) {
  if (!c.is(c.table.briefing, "meeting")) return;
  const std::size_t turns = std::min(c.document.turns.size(), c.table.turn_speakers.size());
  // The first sentence of each turn, in one pass (a pass per turn was quadratic in a transcript).
  std::vector<std::size_t> first_sentence(turns, entities::kNone);
  for (std::size_t s = c.facts.size(); s-- > 0;) {
    const int turn = c.facts[s].turn;
    if (turn >= 0 && static_cast<std::size_t>(turn) < turns) first_sentence[static_cast<std::size_t>(turn)] = s;
  }
  for (std::size_t turn = 0; turn < turns; ++turn) {
    const SpeakerRole role = c.document.turns[turn].role;
    if (role == SpeakerRole::questioner || role == SpeakerRole::operator_) continue;
    const std::size_t speaker = c.table.turn_speakers[turn];
    if (!c.is(speaker, "actor") || first_sentence[turn] == entities::kNone) continue;
    c.participate(speaker, c.table.briefing, first_sentence[turn], "speaker",
                  role == SpeakerRole::moderator ? "host" : "participant");
  }
}

// The states that take part in one round of a series take part in its other rounds: the
// "U.S.-UK Dialogue" is between the same two states at every round. Series by name, each with its
// meetings in table order: the context's rounds, sorted (a map by name took a node and a copy of
// the name per series, and a set a node per state).
void series_states(RelationContext& c) {
  if (c.series_rounds.empty()) return;
  std::vector<SeriesRound> rounds = c.series_rounds;
  // (Table order breaks ties: the order a stable sort would keep, with std::sort's smaller code.)
  std::sort(rounds.begin(), rounds.end(), [](const SeriesRound& a, const SeriesRound& b) {
    return std::tie(a.series, a.meeting) < std::tie(b.series, b.meeting);
  });
  EntityList states;
  for (auto begin = rounds.begin(); begin != rounds.end();) {
    const auto end = std::find_if(begin, rounds.end(), [&](const SeriesRound& r) { return r.series != begin->series; });
    states.clear();
    for (auto r = begin; r != end; ++r) {
      for (std::size_t actor : c.participants_of(r->meeting)) {
        if (c.is_actor_kind(actor, "state")) states.push_back(actor);
      }
    }
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    for (auto r = begin; r != end; ++r) {
      const std::size_t evidence = c.entity(r->meeting).evidence_sentence;
      if (evidence >= c.facts.size()) continue;
      for (std::size_t state : states) c.participate(state, r->meeting, evidence, "series_participant", "participant");
    }
    begin = end;
  }
}

}  // namespace

void add_participation(RelationContext& context) {
  for (std::size_t s = 0; s < context.facts.size(); ++s) {
    delegations(context, s);
    named_in_meeting(context, s);
    meeting_verbs(context, s);
  }
  speakers(context);
  series_states(context);
}

}  // namespace parley::relations
