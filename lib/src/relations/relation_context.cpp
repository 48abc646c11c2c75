// RelationContext (see relation_context.hpp).
#include "relations/relation_context.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

namespace parley::relations {
namespace {

// The entity's "round" attribute as a number; 0 when it has none (or not a number).
long round_of(const entities::Entity& e) {
  auto found = e.attributes.find("round");
  if (found == e.attributes.end()) return 0;
  try {
    return std::stol(found->second);
  } catch (...) {
    return 0;
  }
}

// "us" and "we" as words, not "U.S." or "US" (whose key is also "us").
bool is_pronoun(const mentions::Token& token) {
  if (token.all_caps() || token.text.find('.') != std::string_view::npos) return false;
  return true;
}

// The lists whose starts the StartIndexer indexes, in the order of their bits: the lists rules
// scan every sentence for, then the verb lists. Lists asked of few sentences are left out: they
// would add common words ("the", "in") to every sentence's starts and slow every other scan.
// Lists without an annotation bit are scanned token by token. In place, not on the heap: every
// document's context asks for them.
using StartListArray = boost::container::static_vector<const mentions::WordList*, mentions::Lexicon::kMaxMarkedStarts>;
StartListArray indexed_start_lists(const RelationLists& lists) {
  const mentions::WordList* scanned[] = {
      &lists.relation_lead_words,    &lists.relation_participant_words, &lists.relation_delegation_words,
      &lists.relation_meeting_verbs, &lists.relation_discuss_words,     &lists.relation_target_words,
      &lists.relation_party_words,   &lists.relation_follow_words,      &lists.relation_counterpart_words,
      &lists.relation_produce_words, &lists.relation_clause_breaks};
  StartListArray starts;
  auto note = [&](const mentions::WordList* list) {
    if (starts.size() == mentions::Lexicon::kMaxMarkedStarts || list->annotation_index() >= mentions::kIndexedLists) return;
    if (std::find(starts.begin(), starts.end(), list) == starts.end()) starts.push_back(list);
  };
  for (const mentions::WordList* list : scanned) note(list);
  for (const mentions::WordList* list : lists.verbs) note(list);
  return starts;
}

}  // namespace

void mark_start_lists(mentions::Lexicon& lexicon) {
  const RelationLists lists(lexicon);
  const StartListArray starts = indexed_start_lists(lists);
  lexicon.mark_lists(std::vector<const mentions::WordList*>(starts.begin(), starts.end()), lists.first_person_plural);
}

// Indexes the starts of sentence after sentence (see compute_facts), from the marks
// Lexicon::annotate left beside the tokens for the lists of indexed_start_lists
// (mark_start_lists): four bytes a token, where it read each token (64 bytes, cold again by
// now) and its KeyLists line (through a cache of them by address). The marks also say whether
// the token may be a first person plural (says_we_). Most tokens start no list and are no "we",
// which one test of the marks tells; only the others are read.
class RelationContext::StartIndexer {
 public:
  explicit StartIndexer(RelationContext& c) : c_(c), we_(c.lists.first_person_plural) {
    // Marks for other lists (a lexicon mark_start_lists was not given) say nothing: every
    // token may then start every list, and the rules' scans ask each token in turn.
    const auto& marked = c.lexicon.marked_starts();
    marked_ = c.lexicon.marked_word() == &we_ && marked.size() == c.start_bits_.size() &&
              std::equal(marked.begin(), marked.end(), c.start_bits_.begin(),
                         [](const mentions::WordList* list, std::size_t bit) { return list->annotation_index() == bit; });
    c.starts_begin_.reserve(c.table.tokens.size() + 1);
    c.sentence_starts_.reserve(c.table.tokens.size());
    c.says_we_.reserve(c.table.tokens.size());
    // At most one start per token: room for them all at once (grown from none, the starts were
    // copied at each doubling).
    std::size_t token_count = 0;
    for (const auto& tokens : c.table.tokens) token_count += tokens.size();
    c.starts_.reserve(token_count);
    c.starts_begin_.push_back(0);
  }

  // Indexes every sentence before `end` not yet indexed.
  void index_through(std::size_t end) {
    for (std::size_t s = c_.sentence_starts_.size(); s < end && s < c_.table.tokens.size(); ++s) index(c_.table.tokens[s]);
  }

 private:
  // A token's marks: the lists it may start (as Start::lists), and kMaybeWe.
  static constexpr std::uint32_t kMaybeWe = mentions::Lexicon::kMarkedWord;  // in the list, or the list is not indexed
  static constexpr std::uint32_t kListBits = kMaybeWe - 1;
  static_assert(kMaxStartLists == mentions::Lexicon::kMaxMarkedStarts);

  void index(const mentions::TokenList& tokens) {
    std::uint32_t in_sentence = 0;
    bool says_we = false;
    // Not marked for these lists (or not annotated): every token may start every list, and
    // may be a "we".
    const std::uint32_t* const marks = marked_ ? tokens.marks() : nullptr;
    const std::uint32_t count = static_cast<std::uint32_t>(tokens.size());
    for (std::uint32_t at = 0; at < count; ++at) {
      const std::uint32_t word = marks ? marks[at] : ~std::uint32_t{0};
      if (word == 0) continue;  // most tokens
      if (const std::uint32_t starts = word & kListBits) {
        c_.starts_.push_back({at, starts});
        in_sentence |= starts;
      }
      if ((word & kMaybeWe) && !says_we) says_we = we_.contains(tokens[at]) && is_pronoun(tokens[at]);
    }
    c_.sentence_starts_.push_back(in_sentence);
    c_.says_we_.push_back(says_we);
    c_.starts_begin_.push_back(c_.starts_.size());
  }

  RelationContext& c_;
  const mentions::WordList& we_;
  bool marked_ = false;  // the tokens' marks are for this context's start lists
};


RelationContext::RelationContext(const Document& document_, const entities::EntityTable& table_,
                                 const KnowledgeBaseData& kb_, const mentions::Lexicon& lexicon_, EdgeSink& sink_)
    : RelationContext(document_, table_, kb_, lexicon_, RelationLists(lexicon_), sink_) {}

RelationContext::RelationContext(const Document& document_, const entities::EntityTable& table_,
                                 const KnowledgeBaseData& kb_, const mentions::Lexicon& lexicon_,
                                 const RelationLists& lists_, EdgeSink& sink_)
    : document(document_), table(table_), kb(kb_), lexicon(lexicon_), sink(sink_), lists(lists_) {
  node_codes_.reserve(table.entities.size());
  for (const auto& e : table.entities) {
    node_codes_.push_back(!e.id.empty() && e.mentions > 0 ? code_of(e.type) : kNoNode);
  }
  state_of_.assign(table.entities.size(), kUnknown);
  kb_entries_.assign(table.entities.size(), kUnknownEntry());
  participants.resize(table.entities.size());
  for (std::size_t i = 0; i < table.entities.size(); ++i) {
    if (is_actor_kind(i, "state")) state_by_country_.push_back({string_hash(table.entities[i].country), i});
    if (!has_code(i, kMeeting)) continue;
    const auto& attributes = table.entities[i].attributes;
    if (auto series = attributes.find("series"); series != attributes.end() && !series->second.empty())
      series_rounds.push_back({series->second, round_of(table.entities[i]), i});
  }
  std::sort(state_by_country_.begin(), state_by_country_.end(), [](const CountryState& a, const CountryState& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.state < b.state;
  });
  choose_indexed_lists();
  StartIndexer indexer(*this);
  compute_facts(indexer);
  indexer.index_through(table.tokens.size());  // sentences compute_facts did not come to
}

void RelationContext::choose_indexed_lists() {
  for (const mentions::WordList* list : indexed_start_lists(lists)) {
    start_masks_[list->annotation_index()] = std::uint32_t{1} << start_bits_.size();
    start_bits_.push_back(list->annotation_index());
  }
  verb_starts_indexed_ = std::all_of(lists.verbs.begin(), lists.verbs.end(),
                                     [&](const mentions::WordList* list) { return start_mask(*list) != 0; });
  for (const mentions::WordList* list : lists.verbs) {
    const std::uint32_t mask = start_mask(*list);
    verb_starts_ |= mask;
    if (mask != 0) verb_list_of_bit_[static_cast<std::size_t>(std::countr_zero(mask))] = list;
  }
}

TriggerList RelationContext::triggers(std::size_t s, std::string_view list) const {
  return triggers(s, lexicon.list(list));
}

TriggerList RelationContext::find_triggers(std::size_t s, const mentions::WordList& words, std::size_t before) const {
  TriggerList found;
  if (s >= table.tokens.size()) return found;
  const auto& tokens = table.tokens[s];
  if (const std::uint32_t mask = start_mask(words)) {
    // (triggers() has left out a sentence whose starts do not hold the list.)
    std::size_t next = 0;  // triggers do not overlap
    for (std::size_t i = starts_begin_[s]; i < starts_begin_[s + 1]; ++i) {
      const std::size_t at = starts_[i].token;
      if (at >= before) break;
      if (at < next || !(starts_[i].lists & mask)) continue;
      if (const std::size_t length = words.match(tokens, at); length > 0) {
        found.push_back({at, length});
        next = at + length;
      }
    }
    return found;
  }
  for (std::size_t at = 0; at < tokens.size() && at < before;) {
    const std::size_t length = words.match(tokens, at);
    if (length > 0) {
      found.push_back({at, length});
      at += length;
    } else {
      ++at;
    }
  }
  return found;
}

bool RelationContext::has_trigger(std::size_t s, std::string_view list) const {
  return has_trigger(s, lexicon.list(list));
}

Trigger RelationContext::find_first_trigger(std::size_t s, const mentions::WordList& words, std::size_t from,
                                            std::size_t to) const {
  if (s >= table.tokens.size()) return {};
  const auto& tokens = table.tokens[s];
  if (const std::uint32_t mask = start_mask(words)) {
    // (first_trigger() has left out a sentence whose starts do not hold the list.)
    for (std::size_t i = starts_begin_[s]; i < starts_begin_[s + 1]; ++i) {
      const std::size_t at = starts_[i].token;
      if (at >= to) break;
      if (at < from || !(starts_[i].lists & mask)) continue;
      if (const std::size_t length = words.match(tokens, at); length > 0) return {at, length};
    }
    return {};
  }
  for (std::size_t at = from; at < tokens.size() && at < to; ++at) {
    if (const std::size_t length = words.match(tokens, at); length > 0) return {at, length};
  }
  return {};
}

bool RelationContext::names_other_type(std::size_t s, std::string_view type) const {
  return !mentioned(s, type).empty();
}

std::size_t RelationContext::we_state(std::size_t s) const {
  if (s < facts.size()) {
    const int turn = facts[s].turn;
    if (turn >= 0 && static_cast<std::size_t>(turn) < table.turn_states.size()) {
      const std::size_t state = table.turn_states[static_cast<std::size_t>(turn)];
      if (has_node(state)) return state;
    }
  }
  return has_node(table.home_state) ? table.home_state : entities::kNone;
}

std::size_t RelationContext::speaker(std::size_t s) const {
  if (s >= facts.size()) return entities::kNone;
  const int turn = facts[s].turn;
  if (turn < 0 || static_cast<std::size_t>(turn) >= table.turn_speakers.size()) return entities::kNone;
  const std::size_t person = table.turn_speakers[static_cast<std::size_t>(turn)];
  if (!is(person, "actor")) return entities::kNone;
  const SpeakerRole role = document.turns[static_cast<std::size_t>(turn)].role;
  return role == SpeakerRole::questioner || role == SpeakerRole::moderator ? entities::kNone : person;
}

bool RelationContext::says_we(std::size_t s) const {
  return s < says_we_.size() && says_we_[s];
}

bool RelationContext::says_they(std::size_t s) const { return has_trigger(s, lists.third_person_plural); }

void RelationContext::participate(std::size_t actor, std::size_t meeting, std::size_t sentence,
                                  std::string_view rule, std::string_view role) {
  if (!is(actor, "actor") || !is(meeting, "meeting")) return;
  sink.add("participates_in", actor, meeting, sentence, rule, role);
  auto& actors = participants[meeting];
  if (actors.empty()) actors.reserve(4);  // a meeting has a few: room for them at once, not one at a time
  const auto at = std::lower_bound(actors.begin(), actors.end(), actor);
  if (at == actors.end() || *at != actor) actors.insert(at, actor);
}

std::size_t RelationContext::entity_by_id(const std::string& id) const {
  if (id.empty()) return entities::kNone;
  const std::size_t found = sink.ids().find(id);
  return has_node(found) ? found : entities::kNone;
}

std::size_t RelationContext::entity_of_entry(std::size_t entry) const {
  if (entity_of_entry_.empty()) entity_of_entry_.assign(kb.entries.size(), kUnknown);
  // Kept per entry: many of a document's actors link to the same few (the states to the
  // organisations they belong to), and each first answer reads the entry's id.
  if (entity_of_entry_[entry] == kUnknown) entity_of_entry_[entry] = entity_by_id(kb.entries[entry].id);
  return entity_of_entry_[entry];
}

std::size_t RelationContext::state_of(std::size_t actor) const {
  if (!is(actor, "actor")) return entities::kNone;
  // Rules ask it of the same actors again and again, and each answer looks the KB up by id.
  if (state_of_[actor] == kUnknown) state_of_[actor] = find_state_of(actor);
  return state_of_[actor];
}

std::size_t RelationContext::find_state_of(std::size_t actor) const {
  const auto& e = entity(actor);
  if (e.kind == "state") return actor;
  if (const KbEntry* entry = kb_entry(actor)) {
    const auto links = kb.member_of_entries(*entry);
    for (std::size_t i = 0; i < links.size(); ++i) {
      const std::size_t target = linked_entity(links[i], entry->member_of, i);
      if (is_actor_kind(target, "state")) return target;
    }
  }
  if (e.country.empty()) return entities::kNone;
  return state_of_country(e.country);
}

std::size_t RelationContext::state_of_country(std::string_view country) const {
  const std::size_t hash = string_hash(country);
  auto at = std::lower_bound(state_by_country_.begin(), state_by_country_.end(), hash,
                             [](const CountryState& entry, std::size_t key) { return entry.hash < key; });
  // The first in table order of that country: countries of one hash (rarely more than one) are
  // in table order among themselves.
  for (; at != state_by_country_.end() && at->hash == hash; ++at) {
    if (table.entities[at->state].country == country) return at->state;
  }
  return entities::kNone;
}

std::size_t RelationContext::first_verb(std::size_t s) const {
  // The first token where any list matches: the same as the smallest first trigger of each.
  const auto& tokens = table.tokens[s];
  if (verb_starts_indexed_) {
    if (!(sentence_starts_[s] & verb_starts_)) return tokens.size();
    for (std::size_t i = starts_begin_[s]; i < starts_begin_[s + 1]; ++i) {
      // Only the lists that may start here, bit by bit: any of them matching answers, whichever
      // it is (a pass over every list per start was most of the scan).
      std::uint32_t may_start = starts_[i].lists & verb_starts_;
      if (!may_start) continue;
      const mentions::Token& token = tokens[starts_[i].token];
      for (; may_start != 0; may_start &= may_start - 1) {
        const mentions::WordList& list = *verb_list_of_bit_[static_cast<std::size_t>(std::countr_zero(may_start))];
        // A one-word entry is a match, known from the annotation without looking up phrases.
        if (list.contains(token) || list.match(tokens, starts_[i].token) > 0) return starts_[i].token;
      }
    }
    return tokens.size();
  }
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    for (const mentions::WordList* list : lists.verbs) {
      if (list->match(tokens, at) > 0) return at;
    }
  }
  return tokens.size();
}

// The meeting a document is about: the one it records (a briefing), else the meeting it names
// most often (the first named among equals).
std::size_t RelationContext::main_meeting() const {
  if (has_node(table.briefing)) return table.briefing;
  std::size_t best = entities::kNone;
  long best_count = 0;
  std::vector<long> counts(table.entities.size(), 0);
  for (std::size_t s = 0; s < table.sentences.size(); ++s) {
    for (const auto& resolved : table.sentences[s]) {
      if (!has_code(resolved.entity, kMeeting)) continue;
      if (++counts[resolved.entity] > best_count) {
        best_count = counts[resolved.entity];
        best = resolved.entity;
      }
    }
  }
  return best;
}

// Where a first or third person plural stands in tokens [from, to) of sentence s (the token
// index), or the sentence's length when none does.
std::size_t RelationContext::pronoun_after(std::size_t s, std::size_t from, std::size_t to, bool* plural_they) const {
  const auto& tokens = table.tokens[s];
  const auto& they = lists.third_person_plural;
  const auto& we = lists.first_person_plural;
  for (std::size_t at = from; at < to && at < tokens.size(); ++at) {
    if (they.match(tokens, at) > 0) {
      *plural_they = true;
      return at;
    }
    // The list bits first: is_pronoun reads the text, and most tokens are in neither list.
    if ((we.contains(tokens[at]) || lists.first_person_singular.contains(tokens[at])) &&
        is_pronoun(tokens[at])) {
      *plural_they = false;
      return at;
    }
  }
  return tokens.size();
}

void RelationContext::compute_facts(StartIndexer& indexer) {
  facts.assign(document.sentences.size(), SentenceFacts{});
  for (std::size_t s = 0; s < facts.size(); ++s) facts[s].turn = document.sentences[s].turn;
  const std::size_t main = main_meeting();
  std::size_t turn_meeting = entities::kNone;  // the last meeting other than the briefing named in this turn
  int current_turn = -2;
  std::vector<std::size_t> acting;        // this sentence's agents, before they join agents
  std::vector<std::size_t> agents_begin;  // per sentence, where its agents begin in agents
  agents_begin.reserve(facts.size() + 1);
  const std::size_t all_mentions = table.sentences.all().size();
  mentions.reserve(all_mentions);  // never reallocated: the sentences' views stay valid
  agents.reserve(all_mentions + facts.size());  // mostly named ones, else a pronoun's one or two
  for (std::size_t s = 0; s < facts.size() && s < table.sentences.size(); ++s) {
    indexer.index_through(s + 1);
    SentenceFacts& f = facts[s];
    const std::size_t begin = mentions.size();
    for (const auto& resolved : table.sentences[s]) {
      if (!has_node(resolved.entity)) continue;
      mentions.push_back({resolved.entity, resolved.mention->first, resolved.mention->last, resolved.mention});
      f.types_named |= static_cast<std::uint8_t>(1u << node_codes_[resolved.entity]);
    }
    // Mostly in text order already: the stable sort (and its buffer) only when they are not.
    const auto in_text_order = [](const Mentioned& a, const Mentioned& b) { return a.first < b.first; };
    const auto first = mentions.begin() + static_cast<std::ptrdiff_t>(begin);
    if (!std::is_sorted(first, mentions.end(), in_text_order)) std::stable_sort(first, mentions.end(), in_text_order);
    f.mentions = std::span<const Mentioned>(mentions.data() + begin, mentions.size() - begin);
    // The states last named together as the ones acting: the last group.
    if (group_count() > 0) f.group = group_count() - 1;

    acting.clear();
    const std::size_t verb = first_verb(s);
    // The looks at the mentions below are for actors and for a meeting: most sentences name
    // neither, which their types' bits tell without reading the mentions.
    const bool names_actor = (f.types_named >> kActor & 1) != 0;
    std::size_t last_named_end = 0;
    if (names_actor) {
      for (const auto& m : f.mentions) {
        if (m.first < verb && has_code(m.entity, kActor)) last_named_end = std::max(last_named_end, m.last);
      }
    }
    // "In response to X's war, they imposed ...": a pronoun between the names and the verb is
    // the subject, and the names belong to a leading phrase.
    // "The two ministers condemned ... Russia": a pronoun that opens the sentence is its subject.
    bool plural_they = false;
    const std::size_t opening = std::min<std::size_t>(verb, 2);
    bool pronoun = pronoun_after(s, 0, opening, &plural_they) < verb;
    // The opening tokens hold none, just seen: the second look starts past them.
    if (!pronoun) pronoun = pronoun_after(s, std::max(last_named_end, opening), verb, &plural_they) < verb;
    if (!pronoun && names_actor) {
      for (const auto& m : f.mentions) {  // mentioned(s, "actor", 0, verb), without its vector
        if (m.first < verb && has_code(m.entity, kActor) &&
            std::find(acting.begin(), acting.end(), m.entity) == acting.end())
          acting.push_back(m.entity);
      }
    }
    f.agents_named = !acting.empty();
    if (pronoun && plural_they) {
      acting.clear();
      if (group_count() > 0) {
        const auto last = group(group_count() - 1);
        acting.assign(last.begin(), last.end());
      }
    }
    if (pronoun && !plural_they && we_state(s) != entities::kNone) acting.push_back(we_state(s));
    // "I met with ...", "we cohost ...": in a turn, the speaker acts too.
    if (pronoun && !plural_they && speaker(s) != entities::kNone) acting.push_back(speaker(s));
    if (f.agents_named && acting.size() >= 2) {
      // "Both nations" and "they" refer back to states: a body named as acting stands for its state.
      // Gathered at the end of the groups' array, and kept as a group only if two or more.
      const std::size_t first = group_members_.size();
      for (std::size_t agent : acting) {
        std::size_t state = is_actor_kind(agent, "person") ? entities::kNone : state_of(agent);
        if (state == entities::kNone) state = agent;
        const auto members = group_members_.begin() + static_cast<std::ptrdiff_t>(first);
        if (std::find(members, group_members_.end(), state) == group_members_.end()) group_members_.push_back(state);
      }
      if (group_members_.size() - first >= 2) {
        group_begin_.push_back(group_members_.size());
      } else {
        group_members_.resize(first);
      }
    }
    agents_begin.push_back(agents.size());
    if (!acting.empty()) agents.insert(agents.end(), acting.begin(), acting.end());

    if (f.turn != current_turn) {
      current_turn = f.turn;
      turn_meeting = entities::kNone;
    }
    if (f.types_named >> kMeeting & 1) {
      f.meeting = std::find_if(f.mentions.begin(), f.mentions.end(), [&](const Mentioned& m) {
                    return has_code(m.entity, kMeeting);
                  })->entity;  // the first named
      f.meeting_named = true;
      if (current_turn >= 0 && f.meeting != table.briefing) turn_meeting = f.meeting;
    } else if (current_turn >= 0 && pronoun && plural_they && turn_meeting != entities::kNone) {
      // A speaker telling of a meeting: "the two sides discussed X" is about that meeting.
      f.meeting = turn_meeting;
    } else {
      // Inside a speaker's turn an unnamed meeting is the briefing itself; outside, the meeting
      // the document is about.
      f.meeting = f.turn >= 0 && has_node(table.briefing) ? table.briefing : main;
    }
  }
  // The views last, once agents no longer grows.
  agents_begin.push_back(agents.size());
  for (std::size_t s = 0; s + 1 < agents_begin.size(); ++s)
    facts[s].agents = std::span<const std::size_t>(agents.data() + agents_begin[s], agents_begin[s + 1] - agents_begin[s]);
}

}  // namespace parley::relations
