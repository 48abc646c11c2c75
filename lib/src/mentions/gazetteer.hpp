// The gazetteer: every name, demonym and metonym of the knowledge base in a token trie, matched
// longest-first over a sentence's tokens. Acronyms ("UK", "PRC") and every single-word name must
// match the case the knowledge base writes ("us" is not the U.S.; "chad" is not Chad); longer
// names match whatever their case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mentions/key_table.hpp"
#include "mentions/tokens.hpp"

namespace parley {
struct KnowledgeBaseData;
}

namespace parley::mentions {

enum class NameForm { name, demonym, metonym };

struct GazetteerTarget {
  static constexpr std::uint32_t kNoTarget = static_cast<std::uint32_t>(-1);
  std::uint32_t entry = 0;  // index in KnowledgeBaseData::entries
  // The next target of the same name (an index among the gazetteer's further targets), or
  // kNoTarget: a name rarely has two.
  std::uint32_t next = kNoTarget;
  // The entry's type, kind and country as codes of Gazetteer::word() (0: empty, and for a
  // target added without its entry), and whether it has a date: what the recogniser makes a
  // mention of, or skips a hit for. The entries are cold (a few lines each, one per hit), the
  // target was read anyway; in the padding of the fields before, they cost no room.
  std::uint16_t type = 0;
  std::uint16_t kind = 0;
  std::uint16_t country = 0;
  NameForm form = NameForm::name;
  bool exact_case = false;
  bool has_date = false;
  // The tokens as the knowledge base writes them, dots dropped, joined by spaces (no token holds
  // one). One string, short enough for most names to stay in place: a vector of strings put
  // two more dependent cache misses between a matched name and its test of case.
  std::string written;
};

struct GazetteerHit {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  const GazetteerTarget* target = nullptr;
};

class Gazetteer {
 public:
  Gazetteer() = default;
  explicit Gazetteer(const KnowledgeBaseData& data);

  // A name of entry `entry` (whose type, kind and country the target then leaves empty: the
  // constructor sets them).
  void add(std::string_view name, std::size_t entry, NameForm form);
  // The string of a target's type, kind or country code: a view of the first entry's string of
  // that value (the knowledge base outlives the gazetteer and its mentions). Those few entries
  // are read by every hit and stay in cache; each hit's own entry need not be read.
  std::string_view word(std::uint16_t code) const { return words_[code]; }
  // Longest matches, left to right, not overlapping.
  std::vector<GazetteerHit> match(const TokenList& tokens) const;
  // The same into `hits` (emptied first), whose storage a caller reuses from one sentence to the
  // next: a new list for every sentence with a name was an allocation there.
  void match_into(const TokenList& tokens, std::vector<GazetteerHit>& hits) const;
  // The longest match starting at tokens[at], if any.
  GazetteerHit match_at(const TokenList& tokens, std::size_t at) const;

 private:
  // A trie node, and the first target of the name that ends there in place: a match reads the
  // node it reached and nothing else, where a vector of targets was another block to reach. The
  // edge into a node carries its two flags as well (see Edge), so that the walk reads the node
  // only where a name ends.
  struct Node {
    GazetteerTarget target;
    bool has_target = false;
    // Does a longer name continue from here? Most names end at a leaf, where the walk stops
    // without asking the edge table about the next token (a probe that fails).
    bool has_children = false;
  };
  // Might a token with this key hash start a name? A bit per hash bucket of the first words of
  // names: 4 KB that stay in the first-level cache, where the edge table would not, so that the
  // many words that start no name are turned away without a probe of the table.
  bool may_start(std::size_t hash) const { return (first_words_[(hash >> 6) & kFilterMask] >> (hash & 63)) & 1; }
  static constexpr std::size_t kFilterWords = 512;  // 32768 bits
  static constexpr std::size_t kFilterMask = kFilterWords - 1;

  // The value of an edge in edges_: the child node, shifted, over the child's has_target and
  // has_children. Many nodes a walk reaches end no name ("The", "United"): their flags come
  // with the edge, on the line its probe read, and the node's own line (a cache miss, as often
  // as not) is not read.
  static constexpr std::size_t kEdgeHasTarget = 2;
  static constexpr std::size_t kEdgeHasChildren = 1;
  static constexpr unsigned kEdgeFlagBits = 2;
  std::size_t edge_to(std::size_t node) const {
    return node << kEdgeFlagBits | (nodes_[node].has_target ? kEdgeHasTarget : 0) | (nodes_[node].has_children ? kEdgeHasChildren : 0);
  }

  // add()'s work, for a target whose entry, form and entry codes are set.
  void add_target(std::string_view name, GazetteerTarget target);
  // The code of `word` in words_, added if new.
  std::uint16_t code_of(std::string_view word);

  // match_at's walk of the trie, for a token that passed its tests (match() has made them).
  GazetteerHit longest_from(const TokenList& tokens, std::size_t at) const;

  // The targets of a node after its first, each linked from the one before.
  const GazetteerTarget* next_target(const GazetteerTarget& target) const {
    return target.next == GazetteerTarget::kNoTarget ? nullptr : &further_targets_[target.next];
  }

  // nodes_[0] is the root. Hits point at targets in place: add() may move them, and so
  // invalidates the hits of earlier matches.
  std::vector<Node> nodes_{Node{}};
  std::vector<GazetteerTarget> further_targets_;
  KeyTable edges_;  // (parent node, key) -> edge_to(child node)
  std::vector<std::uint64_t> first_words_ = std::vector<std::uint64_t>(kFilterWords, 0);
  // The entries' distinct types, kinds and countries (a few hundred), word(0) empty.
  std::vector<std::string_view> words_{std::string_view()};
};

}  // namespace parley::mentions
