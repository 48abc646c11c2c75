// The recognisers' trigger words (data/kb/lexicon.json, loaded into KnowledgeBaseData::lexicon),
// indexed for look-up over tokens: single words by key, multi-word phrases longest first.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mentions/tokens.hpp"

namespace parley {
struct KnowledgeBaseData;
}

namespace parley::mentions {

class WordList {
 public:
  void add(std::string_view phrase);
  // Is the token key one of the single-word entries?
  bool contains(const std::string& key) const { return words_.count(key) != 0; }
  // Length in tokens of the longest entry that starts at tokens[at] (0: none).
  std::size_t match(const std::vector<Token>& tokens, std::size_t at) const;
  // Length of the longest entry that ends at tokens[end - 1] (0: none).
  std::size_t match_ending(const std::vector<Token>& tokens, std::size_t end) const;
  bool empty() const { return words_.empty() && phrases_.empty(); }

 private:
  std::unordered_set<std::string> words_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrases_;  // by first key
};

class Lexicon {
 public:
  Lexicon() = default;
  explicit Lexicon(const KnowledgeBaseData& data);
  // The named list; an empty list when the knowledge base has none of that name.
  const WordList& list(const std::string& name) const;
  void add(const std::string& name, std::string_view phrase);
  // Names of the lists that start with this prefix ("title_country."), in name order.
  std::vector<std::string> lists_starting_with(const std::string& prefix) const;
  // 1-based position of a one-word entry in the named list as written (0: absent): ordinals.
  std::size_t position(const std::string& name, const std::string& key) const;

 private:
  std::map<std::string, WordList> lists_;
  std::map<std::string, std::vector<std::string>> order_;
};

// Lists named <prefix><kind> looked up once, for recognisers that ask every token its kind
// ("meeting_heads.summit" -> "summit").
class KindedLists {
 public:
  template <typename Kinds>
  KindedLists(const Lexicon& lexicon, const std::string& prefix, const Kinds& kinds) {
    for (const char* kind : kinds) lists_.emplace_back(kind, &lexicon.list(prefix + kind));
  }
  // The kind of the first list holding this token key; empty when none does.
  std::string kind_of(const std::string& key) const {
    for (const auto& [kind, list] : lists_) {
      if (list->contains(key)) return kind;
    }
    return {};
  }

 private:
  std::vector<std::pair<const char*, const WordList*>> lists_;
};

}  // namespace parley::mentions
