// The gazetteer: every name, demonym and metonym of the knowledge base in a token trie, matched
// longest-first over a sentence's tokens. Acronyms ("UK", "PRC") and every single-word name must
// match the case the knowledge base writes ("us" is not the U.S.; "chad" is not Chad); longer
// names match whatever their case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mentions/key_table.hpp"
#include "mentions/tokens.hpp"

namespace parley {
struct KnowledgeBaseData;
}

namespace parley::mentions {

enum class NameForm { name, demonym, metonym };

struct GazetteerTarget {
  std::size_t entry = 0;  // index in KnowledgeBaseData::entries
  NameForm form = NameForm::name;
  bool exact_case = false;
  std::vector<std::string> written;  // the tokens as the knowledge base writes them, dots dropped
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

  void add(std::string_view name, std::size_t entry, NameForm form);
  // Longest matches, left to right, not overlapping.
  std::vector<GazetteerHit> match(const TokenList& tokens) const;
  // The longest match starting at tokens[at], if any.
  GazetteerHit match_at(const TokenList& tokens, std::size_t at) const;

 private:
  struct Node {
    std::vector<GazetteerTarget> targets;
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

  // match_at's walk of the trie, for a token that passed its tests (match() has made them).
  GazetteerHit longest_from(const TokenList& tokens, std::size_t at) const;

  std::vector<Node> nodes_{Node{}};  // nodes_[0] is the root
  KeyTable edges_;  // (parent node, key) -> child node
  std::vector<std::uint64_t> first_words_ = std::vector<std::uint64_t>(kFilterWords, 0);
};

}  // namespace parley::mentions
