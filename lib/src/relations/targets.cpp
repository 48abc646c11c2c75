// targets: whom sanctions, export controls or pressure are aimed at.
//  "<actor> imposed sanctions on <actor>", "actions targeting <actor>", "costs on <actor>",
//  "prevent <actor> from ...": the actors after the trigger (up to the clause's end) are targets;
//  the source is who acts in the sentence (named, "we", or the group last named for "they"),
//  and every commitment the sentence states.
#include <algorithm>
#include <vector>

#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

// "the war on X", "aggression against X": X suffers the act; it is not what sanctions target.
bool victim(const RelationContext& c, std::size_t s, std::size_t actor, std::size_t from) {
  const auto& markers = c.lists.relation_victim_markers;
  for (const auto& m : c.facts[s].mentions) {
    if (m.entity != actor || m.first < from) continue;
    if (markers.match_ending(c.table.tokens[s], m.first) > 0) return true;
  }
  return false;
}

}  // namespace

void add_targets(RelationContext& c) {
  for (std::size_t s = 0; s < c.facts.size(); ++s) {
    // Targets are actors named after a trigger: a sentence naming none is left before a look at
    // its mentions, and the scan for triggers stops at the last actor named.
    if (!c.names(s, "actor")) continue;
    const SentenceFacts& f = c.facts[s];
    std::size_t last_actor = 0;
    for (const auto& m : f.mentions) {
      if (c.is(m.entity, "actor")) last_actor = std::max(last_actor, m.first);
    }
    const auto triggers = c.triggers(s, c.lists.relation_target_words, last_actor);
    if (triggers.empty()) continue;
    EntityList targets;
    for (const Trigger& t : triggers) {
      // Target lists run long ("X, Y and Z commanders and backers, and the networks that arm W").
      for (std::size_t actor : c.mentioned(s, "actor", t.end(), object_end(c, s, t.end(), 24))) {
        if (victim(c, s, actor, t.end())) continue;
        if (std::find(f.agents.begin(), f.agents.end(), actor) != f.agents.end()) continue;
        if (std::find(targets.begin(), targets.end(), actor) == targets.end()) targets.push_back(actor);
      }
    }
    if (targets.empty()) continue;
    // Sanctions are a state's acts: a body or official that imposes them stands for its state.
    EntityList sources;
    for (std::size_t agent : f.agents) {
      const std::size_t state = c.state_of(agent);
      if (c.is_actor_kind(agent, "person") && state != entities::kNone) {
        sources.push_back(state);
        continue;
      }
      if (!c.is_actor_kind(agent, "organization") || state == entities::kNone) sources.push_back(agent);
      if (state != entities::kNone && state != agent) sources.push_back(state);
    }
    // "This commitment is reflected in actions targeting X": no one named acts, so the states
    // last named as acting do.
    if (sources.empty() && f.turn < 0 && f.group != entities::kNone)
      sources.assign(c.group(f.group).begin(), c.group(f.group).end());
    if (sources.empty() && c.we_state(s) != entities::kNone && f.turn < 0)
      sources.push_back(c.we_state(s));
    for (std::size_t commitment : c.mentioned(s, "commitment")) sources.push_back(commitment);
    for (std::size_t source : sources) {
      for (std::size_t target : targets) c.sink.add("targets", source, target, s, "sanctions_on");
    }
  }
}

}  // namespace parley::relations
