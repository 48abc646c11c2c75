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

// Some sentence names both the state and the organisation, a first person plural naming the
// speaker's state. Asked of the sink's index of the sentences naming each entity (which implied
// edges build anyway: an index of its own cost this rule as much as the rest of it), with the
// sentences where "we" means one of the two looked for on the other's list.
bool named_together(const RelationContext& c, const SentenceIndex& naming, std::size_t state, std::size_t organisation) {
  if (naming.first_together(state, organisation) != entities::kNone) return true;
  const auto says_we_of = [&](std::size_t named, std::size_t meant) {
    for (const std::uint32_t s : naming.of(named)) {
      if (c.says_we(s) && c.we_state(s) == meant) return true;
    }
    return false;
  };
  return says_we_of(organisation, state) || says_we_of(state, organisation);
}

}  // namespace

void add_membership(RelationContext& c) {
  const SentenceIndex& naming = c.sink.sentences_naming();
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
        if (e.kind == "state" && !named_together(c, naming, actor, target)) continue;
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
