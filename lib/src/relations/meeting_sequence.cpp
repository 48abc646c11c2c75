// follows: which meeting continues which.
//  - rounds of one series (the resolver's `series` and `round` attributes): round n follows
//    round n - 1 whenever the text names both;
//  - "<meeting> ..., following / continuing from <earlier meeting>": the meeting named first
//    follows the one named after the trigger.
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

long round_of(const entities::Entity& e) {
  auto found = e.attributes.find("round");
  if (found == e.attributes.end()) return 0;
  try {
    return std::stol(found->second);
  } catch (...) {
    return 0;
  }
}

void rounds_of_series(RelationContext& c) {
  // Keyed by views of the entities' series names, which outlive the map: no copy of a name per round.
  std::map<std::pair<std::string_view, long>, std::size_t> by_round;
  for (std::size_t m = 0; m < c.table.entities.size(); ++m) {
    if (!c.is(m, "meeting")) continue;
    auto series = c.entity(m).attributes.find("series");
    const long round = round_of(c.entity(m));
    if (series == c.entity(m).attributes.end() || series->second.empty() || round <= 0) continue;
    by_round.emplace(std::pair<std::string_view, long>(series->second, round), m);
  }
  for (const auto& [key, meeting] : by_round) {
    auto earlier = by_round.find({key.first, key.second - 1});
    if (earlier != by_round.end()) c.sink.add_implied("follows", meeting, earlier->second, "series_round");
  }
}

void following_in_sentence(RelationContext& c, std::size_t s) {
  const SentenceFacts& f = c.facts[s];
  for (const Trigger& t : c.triggers(s, c.lists.relation_follow_words)) {
    const auto before = c.mentioned(s, "meeting", 0, t.first);
    const auto after = c.mentioned(s, "meeting", t.end(), object_end(c, s, t.end(), 12));
    if (before.empty() || after.empty()) continue;
    if (before.front() != after.front()) c.sink.add("follows", before.front(), after.front(), s, "following");
  }
  (void)f;
}

}  // namespace

void add_meeting_sequence(RelationContext& c) {
  rounds_of_series(c);
  for (std::size_t s = 0; s < c.facts.size(); ++s) following_in_sentence(c, s);
}

}  // namespace parley::relations
