// What every relation rule reads: the document, its resolved entities, the trigger words, and
// per sentence the facts the rules share (its entity mentions in text order, who acts in it,
// which meeting it is about), so that each rule stays a short pattern over them.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>
#include <boost/container/static_vector.hpp>

#include "core/string_hash.hpp"
#include "entities/entity_table.hpp"
#include "entities/knowledge_base_data.hpp"
#include "mentions/lexicon.hpp"
#include "parley/document.hpp"
#include "relations/edge_sink.hpp"
#include "relations/relation_lists.hpp"

namespace parley::relations {

// A mention of an entity that made a node, at its token range in the sentence.
struct Mentioned {
  std::size_t entity = entities::kNone;
  std::size_t first = 0, last = 0;  // tokens [first, last)
  const entities::MentionSpan* mention = nullptr;
};

// A trigger phrase found in a sentence: tokens [first, first + length).
struct Trigger {
  std::size_t first = 0;
  std::size_t length = 0;
  std::size_t end() const { return first + length; }
};

// What triggers() and mentioned() answer: a sentence holds few of either, so they are kept in
// place, not on the heap (a vector was an allocation for every ask that found any).
using TriggerList = boost::container::small_vector<Trigger, 4>;
using EntityList = boost::container::small_vector<std::size_t, 8>;

struct SentenceFacts {
  // In text order: a view into RelationContext's one array of every sentence's mentions (a
  // vector per sentence was an allocation per sentence).
  std::span<const Mentioned> mentions;
  // Who acts: the actors named before the sentence's first verb of a relation, else the
  // speaker's state for "we", else the group last named for "they" / "both sides".
  // (A view into RelationContext::agents, as mentions are.)
  std::span<const std::size_t> agents;
  bool agents_named = false;         // the agents are named in this sentence (not a pronoun)
  // The states last named together as acting, as of this sentence: who "they" would be.
  // (An index for RelationContext::group(), entities::kNone for none: a group lasts many
  // sentences, and a copy per sentence was an allocation per sentence.)
  std::size_t group = entities::kNone;
  std::size_t meeting = entities::kNone;  // the meeting the sentence speaks of (named or in context)
  bool meeting_named = false;        // named in this sentence
  // Document::sentences[s].turn, kept beside the facts: rules ask it of sentence after sentence,
  // and a Sentence is a hundred bytes and more, most of them asked for nothing else here.
  int turn = -1;
  // The types its mentions are of: bit k for RelationContext's type code k (see names()).
  std::uint8_t types_named = 0;
};

// A meeting that is a round of a named series: the resolver's "series" and "round" attributes,
// read once for the two rule families that ask (a look-up in an entity's attribute map compares
// names byte by byte).
struct SeriesRound {
  std::string_view series;  // a view of the entity's attribute (never empty)
  long round = 0;           // 0 when the entity has no valid round
  std::size_t meeting = entities::kNone;
};

class RelationContext {
 public:
  RelationContext(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                  const mentions::Lexicon& lexicon, EdgeSink& sink);
  // The same with the lexicon's lists looked up already (RelationLists of this lexicon).
  RelationContext(const Document& document, const entities::EntityTable& table, const KnowledgeBaseData& kb,
                  const mentions::Lexicon& lexicon, const RelationLists& lists, EdgeSink& sink);
  // The facts' mentions and agents are views into this object's arrays: not to be copied.
  RelationContext(const RelationContext&) = delete;
  RelationContext& operator=(const RelationContext&) = delete;

  const Document& document;
  const entities::EntityTable& table;
  const KnowledgeBaseData& kb;
  const mentions::Lexicon& lexicon;
  EdgeSink& sink;
  const RelationLists lists;  // the lexicon's lists the rules use, looked up once (a copy: pointers)
  std::vector<SentenceFacts> facts;  // parallel to Document::sentences
  std::vector<Mentioned> mentions;   // SentenceFacts::mentions, sentence after sentence
  std::vector<std::size_t> agents;   // SentenceFacts::agents, sentence after sentence
  // The states of SentenceFacts::group: that group's, in the order named.
  std::span<const std::size_t> group(std::size_t index) const {
    return {group_members_.data() + group_begin_[index], group_begin_[index + 1] - group_begin_[index]};
  }
  // Who takes part in each meeting, as the participation rules found it: per entity (a meeting),
  // its actors in increasing order. (A map of sets took a node per actor, and the lists are short.)
  std::vector<std::vector<std::size_t>> participants;
  // The actors taking part in a meeting (none for kNone), in increasing order.
  std::span<const std::size_t> participants_of(std::size_t meeting) const {
    if (meeting >= participants.size()) return {};
    return participants[meeting];
  }
  // The meetings (with nodes) that belong to a series, in table order.
  std::vector<SeriesRound> series_rounds;
  bool takes_part(std::size_t actor, std::size_t meeting) const {
    const auto actors = participants_of(meeting);
    return std::binary_search(actors.begin(), actors.end(), actor);
  }

  // Rule and role are literals (the sink keeps views of them).
  void participate(std::size_t actor, std::size_t meeting, std::size_t sentence, std::string_view rule,
                   std::string_view role);

  const entities::Entity& entity(std::size_t index) const { return table.entities[index]; }
  bool has_node(std::size_t index) const { return index < node_codes_.size() && node_codes_[index] != kNoNode; }
  // Asked tens of times per mention: the answers are kept per entity, the types rules ask about
  // most as codes. Rules name the type with a literal, whose code the compiler works out: the
  // answer is one comparison of bytes (comparing the names called memcmp whenever their sizes
  // matched, as they do for the answer yes).
  bool is(std::size_t index, std::string_view type) const {
    const NodeCode code = code_of(type);
    if (code != kOtherType) return has_code(index, code);
    return index < node_codes_.size() && node_codes_[index] != kNoNode && table.entities[index].type == type;
  }
  bool is_actor_kind(std::size_t index, std::string_view kind) const {
    return is(index, "actor") && table.entities[index].kind == kind;
  }
  // Every trigger of the named list in sentence s, left to right, not overlapping; with
  // `before`, those that start before that token (the same first ones: a rule that needs a name
  // after its trigger can stop at the last name).
  TriggerList triggers(std::size_t s, std::string_view list) const;
  TriggerList triggers(std::size_t s, const mentions::WordList& words,
                      std::size_t before = static_cast<std::size_t>(-1)) const {
    if (starts_none(s, words)) return {};
    return find_triggers(s, words, before);
  }
  // The first of them (length 0 when there is none): rules that read only the first need not
  // find the others. With `from` and `to`, the first that starts in tokens [from, to).
  Trigger first_trigger(std::size_t s, const mentions::WordList& words, std::size_t from = 0,
                        std::size_t to = static_cast<std::size_t>(-1)) const {
    if (starts_none(s, words)) return {};
    return find_first_trigger(s, words, from, to);
  }
  bool has_trigger(std::size_t s, std::string_view list) const;
  bool has_trigger(std::size_t s, const mentions::WordList& words) const { return first_trigger(s, words).length > 0; }
  // The entities of `type` mentioned in sentence s within tokens [from, to). Inline, so that
  // is() works out the code of the literal type once, not per mention.
  EntityList mentioned(std::size_t s, std::string_view type, std::size_t from = 0,
                       std::size_t to = static_cast<std::size_t>(-1)) const {
    EntityList found;
    if (s >= facts.size()) return found;
    for (const auto& m : facts[s].mentions) {
      if (m.first < from || m.first >= to || !is(m.entity, type)) continue;
      if (std::find(found.begin(), found.end(), m.entity) == found.end()) found.push_back(m.entity);
    }
    return found;
  }
  // Sentence s names an entity of `type` (one with a node). One test of a bit, kept per
  // sentence: a rule that needs a type named leaves most sentences before reading their mentions.
  bool names(std::size_t s, std::string_view type) const {
    const NodeCode code = code_of(type);
    if (code == kOtherType) return names_other_type(s, type);
    return s < facts.size() && (facts[s].types_named >> code & 1) != 0;
  }
  // The state a first-person plural means in sentence s: the speaker's state, else the
  // document's; kNone when neither is known.
  std::size_t we_state(std::size_t s) const;
  bool says_we(std::size_t s) const;
  // The person speaking sentence s (a named speaker's turn; not questioners or the moderator).
  std::size_t speaker(std::size_t s) const;
  bool says_they(std::size_t s) const;
  // The state entity of an actor: itself for a state, else the document's state entity with the
  // actor's country (or the KB body it serves); kNone when there is none.
  std::size_t state_of(std::size_t actor) const;
  std::size_t entity_by_id(const std::string& id) const;
  // entity_by_id of the id of KB entry `entry` (an index in kb.entries), for the KB's links
  // (kb.member_of_links): the answer is kept per entry.
  std::size_t entity_of_entry(std::size_t entry) const;
  // The entity a KB link names: by its entry when it is one, else by the id `ids[at]`.
  std::size_t linked_entity(std::uint32_t entry, const std::vector<std::string>& ids, std::size_t at) const {
    return entry != KbLinks::kNotAnEntry ? entity_of_entry(entry) : entity_by_id(ids[at]);
  }
  // The knowledge base's entry for an entity: the one it was made from, else the entry of its id
  // (an entity of a mention no recogniser linked to the KB may still bear a KB id); null when
  // none. Asked of an actor by state_of and again by the memberships: the answer is kept per entity.
  const KbEntry* kb_entry(std::size_t index) const {
    if (kb_entries_[index] == kUnknownEntry()) {
      const auto& e = entity(index);
      kb_entries_[index] = e.kb_entry ? e.kb_entry : kb.find(e.id);
    }
    return kb_entries_[index];
  }

 private:
  // The starts are indexed sentence by sentence as compute_facts comes to each: its tokens are
  // then still in the cache for first_verb and pronoun_after (indexed in a pass of their own,
  // every token was a cache miss twice, once per pass).
  class StartIndexer;
  void compute_facts(StartIndexer& indexer);
  std::size_t main_meeting() const;
  std::size_t pronoun_after(std::size_t s, std::size_t from, std::size_t to, bool* plural_they) const;
  std::size_t first_verb(std::size_t s) const;
  // No token of sentence s may start an entry of the list, as its starts' index tells: most
  // sentences, for most lists. Inline, before the call to scan (the call was most of an ask).
  bool starts_none(std::size_t s, const mentions::WordList& words) const {
    const std::uint32_t mask = start_mask(words);
    return mask != 0 && (s >= sentence_starts_.size() || !(sentence_starts_[s] & mask));
  }
  TriggerList find_triggers(std::size_t s, const mentions::WordList& words, std::size_t before) const;
  Trigger find_first_trigger(std::size_t s, const mentions::WordList& words, std::size_t from, std::size_t to) const;
  void choose_indexed_lists();
  // The bit of the list in Start::lists, 0 when its starts are not indexed.
  std::uint32_t start_mask(const mentions::WordList& words) const {
    const std::size_t bit = words.annotation_index();
    return bit < start_masks_.size() ? start_masks_[bit] : 0;
  }

  // The groups of states named acting together, group after group in one array, and where each
  // begins (one more at the end): a vector per group was an allocation, and more as it grew.
  std::vector<std::size_t> group_members_;
  std::vector<std::size_t> group_begin_{0};
  std::size_t group_count() const { return group_begin_.size() - 1; }
  // Where a trigger of the rules' lists may start: per sentence, the tokens whose annotation
  // says that some of those lists has an entry starting with their key (or that are not
  // annotated), and which lists. Rules scan a sentence for a dozen lists; most tokens start none,
  // and each scan of a list then asks only the few tokens that may start one of its entries.
  // Lists without an annotation bit (past the lexicon's indexed lists) are scanned token by token.
  struct Start {
    std::uint32_t token;
    std::uint32_t lists;  // bit k: the list of annotation bit start_bits_[k] may start here
  };
  static constexpr std::size_t kMaxStartLists = 31;  // the StartIndexer keeps the last bit for itself
  boost::container::static_vector<std::size_t, kMaxStartLists> start_bits_;  // the indexed lists' annotation bits
  // By annotation bit (a list's own): its bit in Start::lists, 0 for none. Rules alternate
  // between lists sentence after sentence, and a scan of the lists per ask was a tenth of
  // triggers(); annotation bits are unique to a list.
  std::array<std::uint32_t, mentions::kIndexedLists> start_masks_{};
  std::vector<Start> starts_;                            // sentence after sentence
  std::vector<std::size_t> starts_begin_;                // per sentence, where its tokens begin in starts_
  // Per sentence, the lists any of its tokens may start: most sentences start few of them, and a
  // scan for a list no token starts is then skipped whole.
  std::vector<std::uint32_t> sentence_starts_;
  bool verb_starts_indexed_ = false;                     // every list of lists.verbs is
  std::uint32_t verb_starts_ = 0;                        // their bits in Start::lists
  // By bit of Start::lists: the verb list of that bit (null for the others), so that a start
  // asks only the lists its bits name.
  std::array<const mentions::WordList*, 32> verb_list_of_bit_{};
  // The state entities (with nodes) by country, each the first in the table: rules ask for them
  // per entity and per KB link, and scanning the table made that quadratic (entities by id are
  // the sink's EntityIds). Sorted by the country's hash and then by table order, and searched by
  // it: a hash map took a node per state (a document names a few dozen), and sorting by the
  // countries themselves compared their bytes.
  struct CountryState {
    std::size_t hash;  // string_hash of the country
    std::size_t state;
  };
  std::vector<CountryState> state_by_country_;
  std::size_t state_of_country(std::string_view country) const;
  // Per sentence: it has a first person plural ("we", "us"). Found while the starts are indexed,
  // from the same annotations, rather than by a second scan of every sentence.
  std::vector<char> says_we_;
  enum NodeCode : std::uint8_t { kNoNode, kActor, kMeeting, kAgreement, kCommitment, kOtherType };
  static constexpr NodeCode code_of(std::string_view type) {
    if (type == "actor") return kActor;
    if (type == "meeting") return kMeeting;
    if (type == "agreement") return kAgreement;
    if (type == "commitment") return kCommitment;
    return kOtherType;
  }
  // is() of a type with a code, for the context's own loops: compute_facts asked is() of every
  // mention, and GCC called a copy of it out of line there, comparing the type's bytes each time.
  bool has_code(std::size_t index, NodeCode code) const {
    return index < node_codes_.size() && node_codes_[index] == code;
  }
  // Per entity: kNoNode unless it has an id and a mention, else its type's code.
  std::vector<NodeCode> node_codes_;
  mutable std::vector<std::size_t> state_of_;          // per entity: state_of, kUnknown until asked
  mutable std::vector<const KbEntry*> kb_entries_;     // per entity: kb_entry, kUnknownEntry until asked
  // Per KB entry: entity_of_entry, kUnknown until asked; empty until it is first asked.
  mutable std::vector<std::size_t> entity_of_entry_;
  // Not asked yet: an address no entry can have (null means asked, and none).
  static const KbEntry* kUnknownEntry() { return reinterpret_cast<const KbEntry*>(alignof(KbEntry)); }
  static constexpr std::size_t kUnknown = entities::kNone - 1;
  std::size_t find_state_of(std::size_t actor) const;
  // names() for a type without a code, out of line: with the look at the mentions inline, GCC
  // left names() itself out of line, working out the type's code at run time at every ask.
  bool names_other_type(std::size_t s, std::string_view type) const;
};

}  // namespace parley::relations
