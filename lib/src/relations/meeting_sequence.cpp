// follows: which meeting continues which.
//  - rounds of one series (the resolver's `series` and `round` attributes): round n follows
//    round n - 1 whenever the text names both;
//  - "<meeting> ..., following / continuing from <earlier meeting>": the meeting named first
//    follows the one named after the trigger.
#include <algorithm>
#include <tuple>
#include <vector>

#include "relations/relation_rules.hpp"

namespace parley::relations {
namespace {

// Round n of a series follows round n - 1. The rounds by series and number, the first in table
// order of each: the context's rounds, sorted (a map took a node per round), where the round
// before a round, when the text names it, is the one just before it.
void rounds_of_series(RelationContext& c) {
  std::vector<SeriesRound> rounds;
  for (const SeriesRound& r : c.series_rounds) {
    if (r.round > 0) rounds.push_back(r);
  }
  if (rounds.empty()) return;
  const auto same_round = [](const SeriesRound& a, const SeriesRound& b) {
    return a.series == b.series && a.round == b.round;
  };
  // (Table order breaks ties: the order a stable sort would keep, with std::sort's smaller code.)
  std::sort(rounds.begin(), rounds.end(), [](const SeriesRound& a, const SeriesRound& b) {
    return std::tie(a.series, a.round, a.meeting) < std::tie(b.series, b.round, b.meeting);
  });
  rounds.erase(std::unique(rounds.begin(), rounds.end(), same_round), rounds.end());
  for (std::size_t i = 1; i < rounds.size(); ++i) {
    const SeriesRound& earlier = rounds[i - 1];
    if (earlier.series == rounds[i].series && earlier.round == rounds[i].round - 1)
      c.sink.add_implied("follows", rounds[i].meeting, earlier.meeting, "series_round");
  }
}

void following_in_sentence(RelationContext& c, std::size_t s) {
  if (!c.names(s, "meeting")) return;  // one test, before the trigger scan
  for (const Trigger& t : c.triggers(s, c.lists.relation_follow_words)) {
    const auto before = c.mentioned(s, "meeting", 0, t.first);
    const auto after = c.mentioned(s, "meeting", t.end(), object_end(c, s, t.end(), 12));
    if (before.empty() || after.empty()) continue;
    if (before.front() != after.front()) c.sink.add("follows", before.front(), after.front(), s, "following");
  }
}

}  // namespace

void add_meeting_sequence(RelationContext& c) {
  rounds_of_series(c);
  for (std::size_t s = 0; s < c.facts.size(); ++s) following_in_sentence(c, s);
}

}  // namespace parley::relations
