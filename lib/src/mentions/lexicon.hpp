// The recognisers' trigger words (data/kb/lexicon.json, loaded into KnowledgeBaseData::lexicon),
// indexed for look-up over tokens: single words by key, multi-word phrases longest first.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <bitset>
#include <initializer_list>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "mentions/hashed_key.hpp"
#include "mentions/key_list_table.hpp"
#include "mentions/key_table.hpp"
#include "mentions/phrase_pairs.hpp"
#include "mentions/tokens.hpp"

namespace parley {
struct KnowledgeBaseData;
}

namespace parley::mentions {

class WordList {
 public:
  void add(std::string_view phrase);
  // Is the key (a token's) one of the single-word entries?
  bool contains(std::string_view key) const { return !words_.empty() && words_.find(0, key, string_hash(key)) != KeyTable::kNone; }
  bool contains(const Token& token) const {
    if (token.lists && indexed()) return token.lists->words[index_];
    return !words_.empty() && words_.find(0, token.key, token.hash) != KeyTable::kNone;
  }
  // Length in tokens of the longest entry that starts at tokens[at] (0: none). Rules ask it of
  // every token for many lists, and most tokens start no entry: the token's annotation says so
  // here, inline, before any look-up. So it does for most tokens whose key starts an entry of
  // several words ("the" of "the two sides") but whose next token's key cannot go on with it.
  std::size_t match(const TokenList& tokens, std::size_t at) const {
    if (at >= tokens.size()) return 0;
    const Token& token = tokens[at];
    if (const KeyLists* lists = token.lists; lists && indexed() && !(token.phrase_may_start && lists->phrase_firsts[index_]))
      return lists->words[index_] ? 1 : 0;
    return match_phrases(tokens, at);
  }
  // Length of the longest entry that ends at tokens[end - 1] (0: none).
  std::size_t match_ending(const TokenList& tokens, std::size_t end) const;
  bool empty() const { return words_.empty() && phrase_heads_.empty(); }
  // 1-based position of a one-word entry among the entries as written (0: absent): ordinals.
  std::size_t position(const Token& token) const {
    const std::size_t found = words_.empty() ? KeyTable::kNone : words_.find(0, token.key, token.hash);
    return found == KeyTable::kNone ? 0 : found;
  }
  // The list's bit in token annotations (KeyLists), or kIndexedLists when it has none.
  std::size_t annotation_index() const { return index_; }

 private:
  friend class Lexicon;
  friend class KindedLists;
  friend class ListGroup;
  bool indexed() const { return index_ < kIndexedLists; }
  std::size_t match_phrases(const TokenList& tokens, std::size_t at) const;
  std::size_t index_ = kIndexedLists;  // in its Lexicon; not indexed (looked up) by default

  KeyTable words_;  // the one-word entries -> their position (1-based) among all entries
  std::size_t entries_added_ = 0;  // add() calls so far, the position of the next entry
  // The multi-word entries (and the one-word ones, last of their first key's bucket), flat: a
  // look-up reads the table's slot and then the bucket's heads, side by side in one array, where
  // a vector of vectors of entries that each held two vectors made it follow four pointers.
  // An entry's head: its length, its second key's hash (most tries fail on the second word,
  // which this answers without reaching the keys), where its keys start in phrase_keys_, and
  // whether it ends its bucket. 16 bytes: four to a cache line.
  struct PhraseHead {
    std::uint16_t length = 0;  // in tokens (add() refuses longer entries: no trigger is)
    bool last_in_bucket = false;
    std::uint32_t first_key = 0;  // index in phrase_keys_ of keys[0]; keys[1..] follow it
    std::size_t second_hash = 0;  // 0 for a one-word entry
  };
  static_assert(sizeof(PhraseHead) == 16);
  // A key of an entry, with its string_hash: a token whose hash differs is not the key, which
  // answers most comparisons with one integer test.
  struct PhraseKey {
    std::size_t hash = 0;
    std::string key;
  };
  // Entries by first key, each bucket's heads together and longest first: phrase_index_ maps a
  // first key to the index in phrase_heads_ of its bucket's first head. (A std::unordered_map
  // paid an integer division and a chain walk per look-up.)
  KeyTable phrase_index_;
  std::vector<PhraseHead> phrase_heads_;
  std::vector<PhraseKey> phrase_keys_;
  // The first head of the entries starting with this token's key; null when none does.
  const PhraseHead* phrases_at(const Token& token) const {
    const std::size_t index = phrase_index_.find(0, token.key, token.hash);
    return index == KeyTable::kNone ? nullptr : &phrase_heads_[index];
  }
  // Are the entry's keys[1..] the tokens at at+1.. (keys[0] is known)?
  bool phrase_matches(const PhraseHead& head, const TokenList& tokens, std::size_t at) const;
  // Inserts an entry's head at `at` in phrase_heads_, and moves the index of each later bucket.
  void insert_head(std::size_t at, const PhraseHead& head);
};

class Lexicon {
 public:
  Lexicon() = default;
  explicit Lexicon(const KnowledgeBaseData& data);
  // Not copyable: the name index points into the lists (moves keep the nodes, so they are fine).
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  // The named list; an empty list when the knowledge base has none of that name.
  const WordList& list(std::string_view name) const;
  void add(const std::string& name, std::string_view phrase);
  // Names of the lists that start with this prefix ("title_country."), in name order.
  std::vector<std::string> lists_starting_with(const std::string& prefix) const;
  // Marks each token with the lists its key is in, for fast contains() and match(), and whether
  // a multi-word entry may start there (Token::phrase_may_start). Returns the union of the
  // lists that may start at some token, for ListGroup::may_start_any: each token's
  // KeyLists::firsts, or only its words where no multi-word entry may start.
  ListSet annotate(TokenList& tokens) const;

  // TokenList::marks: the lists annotate() marks on every token from here on. Bit k of a mark is
  // starts[k] (kMaxMarkedStarts at most): an entry of it may start at the token (the key is a
  // one-word entry, or starts a longer one that the next token may go on with). kMarkedWord is
  // `word`: the key may be an entry of it (it starts one; the caller asks the list). A list
  // without an annotation bit is marked on every token (it may start anywhere). For a later stage that walks every
  // token for a fixed set of lists: set once, before any annotation.
  static constexpr std::size_t kMaxMarkedStarts = 31;
  static constexpr std::uint32_t kMarkedWord = std::uint32_t{1} << kMaxMarkedStarts;
  void mark_lists(const std::vector<const WordList*>& starts, const WordList& word);
  // The lists mark_lists() was given, so that a reader of the marks can tell they are its own.
  const std::vector<const WordList*>& marked_starts() const { return marked_starts_; }
  const WordList* marked_word() const { return marked_word_; }

 private:
  std::map<std::string, WordList, std::less<>> lists_;
  std::unordered_map<std::string, const WordList*, KeyHasher, KeyEqual> by_name_;  // list(): hashed, not compared
  // Which lists hold each key: annotate() asks about every token.
  KeyListTable key_lists_;
  // The first two keys of every indexed list's multi-word entries: annotate() asks it of the
  // tokens whose key starts one.
  PhrasePairs phrase_pairs_;
  // TokenList::marks, from a key's lists (annotate() has their line in the cache already).
  std::vector<const WordList*> marked_starts_;
  const WordList* marked_word_ = nullptr;  // null: nothing marked (TokenList::marks() stays null)
  ListSet marked_firsts_;                  // the marked start lists' annotation bits
  std::uint32_t always_marked_ = 0;        // the marks of lists without an annotation bit
  std::array<std::uint32_t, kIndexedLists> mark_of_first_{};  // by annotation bit: its marks
};

// Lists named <prefix><kind> looked up once, for recognisers that ask every token its kind
// ("meeting_heads.summit" -> "summit").
class KindedLists {
 public:
  template <typename Kinds>
  KindedLists(const Lexicon& lexicon, const std::string& prefix, const Kinds& kinds) {
    for (const char* kind : kinds) {
      const WordList& list = lexicon.list(prefix + kind);
      lists_.emplace_back(kind, &list);
      if (list.indexed()) {
        words_.set(list.index_);
      } else {
        all_indexed_ = false;
      }
    }
  }
  // The kind of the first list holding this token's key; empty when none does. Most words are
  // in none of the lists, which one test of the token's annotation shows (else the lists in turn).
  std::string_view kind_of(const Token& token) const {
    if (token.lists && all_indexed_ && (token.lists->words & words_).none()) return {};
    for (const auto& [kind, list] : lists_) {
      if (list->contains(token)) return kind;
    }
    return {};
  }

 private:
  friend class ListGroup;
  std::vector<std::pair<const char*, const WordList*>> lists_;
  ListSet words_;  // the lists' bits in KeyLists::words
  bool all_indexed_ = true;  // else a token's annotation cannot answer for every list
};

// The lists a rule's triggers come from, asked together: a rule that acts only where one of
// them has an entry starting turns most tokens away with one test of the token's annotation,
// instead of asking each list in turn.
class ListGroup {
 public:
  ListGroup(std::initializer_list<const WordList*> lists, std::initializer_list<const KindedLists*> kinded = {}) {
    for (const WordList* list : lists) add(*list);
    for (const KindedLists* lists_by_kind : kinded) {
      for (const auto& entry : lists_by_kind->lists_) add(*entry.second);
    }
  }
  // False only when no list of the group has an entry (one word or the first of several) that
  // starts with this token: then contains(), match() and kind_of() all say no for each list.
  bool may_start(const Token& token) const {
    if (!token.lists || !all_indexed_) return true;
    return (token.lists->firsts & firsts_).any();
  }
  // The same of a whole sentence, by the union of its tokens' KeyLists::firsts (all ones when a
  // token was not annotated): false only when may_start() is false for every token, so that a
  // recogniser skips the sentence without walking it.
  bool may_start_any(const ListSet& firsts) const { return !all_indexed_ || (firsts & firsts_).any(); }

 private:
  void add(const WordList& list) {
    if (list.indexed()) {
      firsts_.set(list.index_);
    } else if (!list.empty()) {
      all_indexed_ = false;
    }
  }
  ListSet firsts_;  // the lists' bits in KeyLists::firsts
  bool all_indexed_ = true;
};

}  // namespace parley::mentions
