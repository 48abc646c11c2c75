// The resolved entities of one document, and per sentence the mentions that refer to them: what
// the graph builder turns into nodes, and what relation patterns (lib/src/relations/) match over.
//
// How to use it for relations: walk `sentences[i]` (a span per Document::sentences[i], of its
// mentions in text order; see flat_lists.hpp); each ResolvedMention points to what the table
// keeps of the recogniser's Mention (type, token range, surface: a MentionSpan) and
// `entity`, an index into `entities` (kNone when resolution found no entity: such mentions make
// no node). Tokens of the sentence
// are in `tokens[i]`. Speakers of turns are in `turn_speakers` (person entity or kNone) and
// `turn_states` (their state); the document itself as a meeting is `briefing`.
// Commitments list their makers (entity indices) in Entity::makers.
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/attribute_list.hpp"
#include "entities/flat_lists.hpp"
#include "mentions/mention.hpp"
#include "mentions/sentence_analysis.hpp"
#include "mentions/tokens.hpp"

namespace parley::entities {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Entity {
  std::string id;        // node id (parley/ids.hpp); a KB entry's id when it is one
  // actor, agreement, meeting, commitment; and the kind: views, as a Mention's, of literals, KB
  // entries' fields or lexicon list names, which outlive the table (a string each was 64 bytes
  // of the record, copied into place).
  std::string_view type;
  std::string_view kind;
  std::string label;
  // The knowledge-base entry it was made from, null for an entity of no KB mention (the knowledge
  // base outlives the table). Relation rules read the entry's links from it: looking it up again
  // by id was a hash probe and a few cache misses per actor.
  const KbEntry* kb_entry = nullptr;
  // A view, as type and kind: of a KB entry's or lexicon list's alpha-3.
  std::string_view country;  // actors: alpha-3
  std::string date;      // meetings, agreements, commitments
  std::string location;  // meetings
  // The recogniser of its first naming mention: a view, as a Mention's rule, of a literal or of a
  // name from mentions::rule_name(), which outlive the table (a string was a copy per entity,
  // most rule names too long to be kept in place).
  std::string_view rule;
  // Surface forms the text used, each once, in the order first used: the graph sorts a node's
  // aliases as it adds the node. (A std::set made a tree node per alias, and the node builder
  // took the set apart again into the node's vector.) Added through add_alias().
  std::vector<std::string> aliases;
  long mentions = 0;
  std::size_t evidence_sentence = kNone;  // Document::sentences index of the first mention
  AttributeList attributes;  // modality, series, round, title, ...
  std::vector<std::size_t> makers;  // commitments: actor entities that make it

  // Adds `alias` unless it is there. A linear search: an entity has a few surface forms, where a
  // tree's node per form cost more than comparing them. Room for a few at the first, as most
  // entities have one to four (grown one by one, most additions reallocated the vector).
  template <typename Alias>
  void add_alias(Alias&& alias) {
    constexpr std::size_t kFirstRoom = 4;
    if (std::find(aliases.begin(), aliases.end(), alias) != aliases.end()) return;
    if (aliases.empty()) aliases.reserve(kFirstRoom);
    aliases.emplace_back(std::forward<Alias>(alias));
  }
};

// What the table keeps of a recogniser's Mention: what it is and where (all that relations read).
// Views and integers only, so that the table frees them in one block: the Mentions themselves (a
// dozen strings, a map and two vectors) stay with the resolver, which destroys them as it ends,
// soon after its passes read them. Destroyed with the table, after relations and the graph, each
// was read again from memory only to free it (most of the cache misses of freeing a document).
struct MentionSpan {
  std::string_view type;            // as Mention's: a view of a literal or a KB field
  std::size_t first = 0, last = 0;  // token range in the sentence
  std::string_view surface;         // the words as written: a view into the document's text
  mentions::Reference reference = mentions::Reference::name;
};

struct ResolvedMention {
  // Points into EntityTable::mentions.
  const MentionSpan* mention = nullptr;
  std::size_t entity = kNone;
};

struct EntityTable {
  std::vector<Entity> entities;
  FlatLists<ResolvedMention> sentences;  // parallel to Document::sentences: a list of spans
  // The mentions that `sentences` points to, in the same order. Never resized once `sentences`
  // is built.
  std::vector<MentionSpan> mentions;
  std::vector<mentions::TokenList> tokens;                 // parallel to Document::sentences
  std::vector<std::size_t> turn_speakers;  // parallel to Document::turns: person entity or kNone
  std::vector<std::size_t> turn_states;    // parallel to Document::turns: the speaker's state or kNone
  std::size_t briefing = kNone;            // the meeting that the document itself records
  std::size_t home_state = kNone;          // the state the document speaks for ("we" outside turns)

  EntityTable() = default;
  // A copy would point into the original's mentions: a table is only ever moved.
  EntityTable(const EntityTable&) = delete;
  EntityTable& operator=(const EntityTable&) = delete;
  EntityTable(EntityTable&&) noexcept = default;
  EntityTable& operator=(EntityTable&&) noexcept = default;
  // The sentences' token lists go back to the recognisers' store, for the next document's.
  ~EntityTable() {
    for (auto& list : tokens) mentions::keep_token_list(list);
  }

  std::size_t find(const std::string& id) const {
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (entities[i].id == id) return i;
    }
    return kNone;
  }
};

}  // namespace parley::entities
