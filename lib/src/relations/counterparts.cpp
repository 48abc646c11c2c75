// counterpart_of: the person (or body) in the matching role on the other side.
//  - "<person> ... his/her/my (<state>) counterpart(,) <person>": the person named (or
//    speaking) before the trigger and the one named after it;
//  - a meeting where exactly two persons take part, not of one state: they are each other's
//    counterparts when both titles are known and name the same rank.
#include <algorithm>
#include <string>
#include <vector>

#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

std::size_t speaker_of(const RelationContext& c, std::size_t s) {
  const int turn = c.facts[s].turn;
  if (turn < 0 || static_cast<std::size_t>(turn) >= c.table.turn_speakers.size()) return entities::kNone;
  const std::size_t speaker = c.table.turn_speakers[static_cast<std::size_t>(turn)];
  return c.is(speaker, "actor") ? speaker : entities::kNone;
}

void counterpart_in_sentence(RelationContext& c, std::size_t s) {
  if (!c.names(s, "actor")) return;  // a counterpart is a person named: one test, before the trigger scan
  for (const Trigger& t : c.triggers(s, c.lists.relation_counterpart_words)) {
    const auto after = c.mentioned(s, "actor", t.end(), object_end(c, s, t.end(), 8));
    std::vector<std::size_t> persons_after;
    for (std::size_t a : after) {
      if (c.is_actor_kind(a, "person")) persons_after.push_back(a);
    }
    const auto before_all = c.mentioned(s, "actor", 0, t.first);
    std::size_t before = entities::kNone;
    for (std::size_t b : before_all) {
      if (c.is_actor_kind(b, "person")) before = b;  // the nearest person before the trigger
    }
    if (before == entities::kNone) before = speaker_of(c, s);
    if (before == entities::kNone || persons_after.empty()) continue;
    c.sink.add("counterpart_of", before, persons_after.front(), s, "counterpart");
  }
}

// Do two titles name the same rank ("Foreign Secretary" and "Secretary of State" share
// "secretary")? Without both titles, nothing says the two are opposite numbers.
bool titles_match(const RelationContext& c, std::size_t a, std::size_t b) {
  auto title = [&](std::size_t e) {
    auto found = c.entity(e).attributes.find("title");
    return found == c.entity(e).attributes.end() ? std::string() : found->second;
  };
  const auto left = mentions::token_keys(title(a));
  const auto right = mentions::token_keys(title(b));
  if (left.empty() || right.empty()) return false;
  const auto& ranks = c.lists.relation_rank_words;
  for (const auto& word : left) {
    if (ranks.contains(word) && std::find(right.begin(), right.end(), word) != right.end()) return true;
  }
  return false;
}

void bilateral_meetings(RelationContext& c) {
  for (const auto& actors : c.participants) {  // meeting after meeting, as a map by meeting would
    std::vector<std::size_t> persons;
    for (std::size_t a : actors) {
      if (c.is_actor_kind(a, "person")) persons.push_back(a);
    }
    if (persons.size() != 2) continue;
    const std::size_t left = c.state_of(persons[0]);
    const std::size_t right = c.state_of(persons[1]);
    // Two persons of one state are colleagues; of unknown states, the titles decide.
    if (left != entities::kNone && left == right) continue;
    if (!titles_match(c, persons[0], persons[1])) continue;
    c.sink.add_implied("counterpart_of", persons[0], persons[1], "bilateral_meeting");
  }
}

}  // namespace

void add_counterparts(RelationContext& c) {
  for (std::size_t s = 0; s < c.facts.size(); ++s) counterpart_in_sentence(c, s);
  bilateral_meetings(c);
}

}  // namespace parley::relations
