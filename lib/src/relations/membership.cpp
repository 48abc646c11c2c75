// member_of from the knowledge base's affiliations and the actors' countries:
//  - a person serves the state of their country, and the body their KB role names at the
//    document's date;
//  - a body belongs to its state (KB member_of, else its country);
//  - a state belongs to the organisations the KB lists for it, only those a sentence of the
//    document names with it.
// Only entities that made nodes are linked: the graph says what this document concerns.
#include <vector>

#include "relations/relation_rules.hpp"
#include "relations/sentence_index.hpp"

namespace parley::relations {
namespace {

bool role_valid_at(const KbRole& role, const std::string& date) {
  if (date.empty()) return role.to.empty();
  if (!role.from.empty() && date < role.from.substr(0, date.size())) return false;
  if (!role.to.empty() && date > role.to) return false;
  return true;
}

// The sentences that name each entity (a first person plural names the speaker's state), in
// order: built once, since asking sentence by sentence for every (state, organisation) pair is
// quadratic on a long document.
SentenceIndex sentences_naming(const RelationContext& c) {
  SentenceIndex naming(c.table.entities.size(), c.mentions.size() + c.facts.size());
  for (std::size_t s = 0; s < c.facts.size(); ++s) {
    if (c.says_we(s) && c.we_state(s) != entities::kNone) naming.note(c.we_state(s), s);
    for (const auto& m : c.facts[s].mentions) naming.note(m.entity, s);
  }
  naming.build();
  return naming;
}

}  // namespace

void add_membership(RelationContext& c) {
  const auto naming = sentences_naming(c);
  for (std::size_t actor = 0; actor < c.table.entities.size(); ++actor) {
    if (!c.is(actor, "actor")) continue;
    const auto& e = c.entity(actor);
    const KbEntry* entry = c.kb_entry(actor);
    if (e.kind == "person") {
      if (entry) {
        for (const auto& role : entry->roles) {
          if (!role_valid_at(role, c.document.date)) continue;
          const std::size_t body = c.entity_by_id(role.body);
          if (body != entities::kNone) c.sink.add_implied("member_of", actor, body, "kb_role");
        }
      }
      const std::size_t state = c.state_of(actor);
      if (state != entities::kNone) c.sink.add_implied("member_of", actor, state, "person_country");
      continue;
    }
    bool linked = false;
    if (entry) {
      const auto links = c.kb.member_of_entries(*entry);
      for (std::size_t i = 0; i < links.size(); ++i) {
        const std::size_t target = c.linked_entity(links[i], entry->member_of, i);
        if (target == entities::kNone || !c.is(target, "actor")) continue;
        // A state's memberships are many; the document concerns those it names the state with.
        if (e.kind == "state" && naming.first_together(actor, target) == entities::kNone) continue;
        c.sink.add_implied("member_of", actor, target, "kb_member_of");
        linked = true;
      }
    }
    if (!linked && e.kind != "state") {
      const std::size_t state = c.state_of(actor);
      if (state != entities::kNone) c.sink.add_implied("member_of", actor, state, "body_country");
    }
  }
}

}  // namespace parley::relations
