// Word lists of the recognisers (see lexicon.hpp).
#include "mentions/lexicon.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <stdexcept>

#include "entities/knowledge_base_data.hpp"

namespace parley::mentions {

void WordList::add(std::string_view phrase) {
  const std::size_t position = ++entries_added_;
  std::vector<std::string> keys = token_keys(phrase);
  if (keys.empty()) return;
  const std::size_t first_hash = string_hash(keys.front());
  if (keys.size() == 1 && words_.find(0, keys.front(), first_hash) == KeyTable::kNone) {
    words_.add(0, keys.front(), first_hash, position);
  }
  // Longer than PhraseHead counts: no trigger is.
  if (keys.size() > std::numeric_limits<std::uint16_t>::max()) return;
  PhraseHead head;
  head.length = static_cast<std::uint16_t>(keys.size());
  head.first_key = static_cast<std::uint32_t>(phrase_keys_.size());
  head.second_hash = keys.size() > 1 ? string_hash(keys[1]) : 0;
  const std::size_t bucket = phrase_index_.find(0, keys.front(), first_hash);
  if (bucket == KeyTable::kNone) {
    // A new bucket, at the end.
    head.last_in_bucket = true;
    phrase_index_.add(0, keys.front(), first_hash, phrase_heads_.size());
    phrase_heads_.push_back(head);
  } else {
    // After the entries at least as long (longest first, in the order added), unless known.
    std::size_t at = bucket;
    for (;; ++at) {
      const PhraseHead& known = phrase_heads_[at];
      if (known.length == keys.size() &&
          std::equal(keys.begin(), keys.end(), phrase_keys_.begin() + known.first_key,
                     [](const std::string& key, const PhraseKey& stored) { return key == stored.key; })) {
        return;
      }
      if (known.length < keys.size()) break;
      if (known.last_in_bucket) {
        // The new entry ends the bucket in its place.
        phrase_heads_[at].last_in_bucket = false;
        head.last_in_bucket = true;
        ++at;
        break;
      }
    }
    insert_head(at, head);
  }
  for (auto& key : keys) {
    const std::size_t hash = string_hash(key);
    phrase_keys_.push_back(PhraseKey{hash, std::move(key)});
  }
}

void WordList::insert_head(std::size_t at, const PhraseHead& head) {
  phrase_heads_.insert(phrase_heads_.begin() + static_cast<std::ptrdiff_t>(at), head);
  // Every bucket after the new head starts one later now: its index in the table moves. (The
  // lexicon is built once, from a few hundred entries.)
  for (std::size_t later = at + 1; later < phrase_heads_.size(); ++later) {
    if (!phrase_heads_[later - 1].last_in_bucket) continue;
    const PhraseKey& first = phrase_keys_[phrase_heads_[later].first_key];
    phrase_index_.update(0, first.key, first.hash, later);
  }
}

bool WordList::phrase_matches(const PhraseHead& head, const TokenList& tokens, std::size_t at) const {
  if (at + head.length > tokens.size()) return false;
  const PhraseKey* keys = &phrase_keys_[head.first_key];
  for (std::size_t k = 1; k < head.length; ++k) {
    const Token& token = tokens[at + k];
    const std::string& key = keys[k].key;
    // The bytes compared inline (same_bytes): the hash has matched, so they nearly always agree,
    // and the string comparison was a call to memcmp.
    if (token.hash != keys[k].hash || token.key.size() != key.size() || !same_bytes(token.key.data(), key.data(), key.size())) {
      return false;
    }
  }
  return true;
}

std::size_t WordList::match_phrases(const TokenList& tokens, std::size_t at) const {
  if (phrase_heads_.empty()) return 0;
  const PhraseHead* head = phrases_at(tokens[at]);
  if (!head) return 0;
  const bool has_next = at + 1 < tokens.size();
  const std::size_t next_hash = has_next ? tokens[at + 1].hash : 0;
  for (;; ++head) {
    if (head->length == 1) return 1;  // the one-word entry, last of its bucket
    if (has_next && head->second_hash == next_hash && phrase_matches(*head, tokens, at)) return head->length;
    if (head->last_in_bucket) return 0;
  }
}

std::size_t WordList::match_ending(const TokenList& tokens, std::size_t end) const {
  std::size_t best = 0;
  if (phrase_heads_.empty()) return 0;
  for (std::size_t length = 1; length <= std::min<std::size_t>(end, 6); ++length) {
    const std::size_t at = end - length;
    // The annotation says, for most words, that they start no entry: no look-up then.
    if (tokens[at].lists && indexed() && !tokens[at].lists->firsts[index_]) continue;
    const PhraseHead* head = phrases_at(tokens[at]);
    if (!head) continue;
    for (;; ++head) {
      // The second key's hash first, as match_phrases asks it (`at + 1 < end` when length > 1).
      if (head->length == length && (length == 1 || head->second_hash == tokens[at + 1].hash) && phrase_matches(*head, tokens, at)) {
        best = length;
      }
      if (head->last_in_bucket) break;
    }
  }
  return best;
}

Lexicon::Lexicon(const KnowledgeBaseData& data) {
  for (const auto& [name, phrases] : data.lexicon) {
    for (const auto& phrase : phrases) add(name, phrase);
  }
}

void Lexicon::add(const std::string& name, std::string_view phrase) {
  WordList& list = lists_[name];
  if (!by_name_.count(name)) {
    list.index_ = std::min(by_name_.size(), kIndexedLists);  // lists past the bitset are looked up
    by_name_[name] = &list;  // std::map nodes stay put
  }
  list.add(phrase);
  if (list.indexed()) {
    const auto phrase_keys = token_keys(phrase);
    if (!phrase_keys.empty()) {
      KeyLists& first = key_lists_.add(phrase_keys.front(), string_hash(phrase_keys.front()));
      first.firsts.set(list.index_);
      if (phrase_keys.size() == 1) {
        first.words.set(list.index_);
      } else {
        first.phrase_firsts.set(list.index_);
        phrase_pairs_.add(string_hash(phrase_keys[0]), string_hash(phrase_keys[1]));
      }
    }
  }
}

ListSet Lexicon::annotate(TokenList& tokens) const {
  static const KeyLists in_none;
  static const ListSet kLowWord(~0ULL);
  // The marks' inputs in locals: the stores to the 32-bit marks might otherwise be stores to
  // the 32-bit members, and each token read them again. (With nothing marked, the marks are
  // written all the same, without a test per token, and not published.)
  const std::uint32_t marks_of_none = always_marked_;
  const ListSet marked_firsts = marked_firsts_;
  const std::uint32_t* const mark_of_first = mark_of_first_.data();
  ListSet firsts;
  tokens.marked_ = marked_word_ != nullptr;
  std::uint32_t* const token_marks = tokens.marks_data();
  const std::size_t count = tokens.size();
  for (std::size_t t = 0; t < count; ++t) {
    Token& token = tokens[t];
    const KeyLists* found = key_lists_.find(token.key, token.hash);
    if (!found) {  // most tokens
      token.lists = &in_none;
      token.phrase_may_start = false;
      token_marks[t] = marks_of_none;
      continue;
    }
    token.lists = found;
    // The lists that may start here: the key's one-word entries, and its longer ones only if
    // the next token may go on with them. Most tokens that start a listed phrase ("the", "in")
    // are not followed by its second word, and every scan of those lists then passes them by.
    token.phrase_may_start = found->phrase_firsts.any() && t + 1 < count && phrase_pairs_.may_hold(token.hash, tokens[t + 1].hash);
    const ListSet& may_start = token.phrase_may_start ? found->firsts : found->words;
    firsts |= may_start;
    // Most keys start none of the marked lists: one test of all their bits, and for the
    // others a look per bit set (one or two), not per list.
    std::uint32_t marks = marks_of_none;
    if (const ListSet started = may_start & marked_firsts; started.any()) {
      for (std::uint64_t low = (started & kLowWord).to_ullong(); low != 0; low &= low - 1) marks |= mark_of_first[std::countr_zero(low)];
      for (std::uint64_t high = (started >> 64).to_ullong(); high != 0; high &= high - 1) marks |= mark_of_first[64 + std::countr_zero(high)];
    }
    token_marks[t] = marks;
  }
  return firsts;
}

void Lexicon::mark_lists(const std::vector<const WordList*>& starts, const WordList& word) {
  if (starts.size() > kMaxMarkedStarts) throw std::length_error("Lexicon::mark_lists: too many start lists");
  marked_starts_ = starts;
  marked_word_ = &word;
  marked_firsts_.reset();
  mark_of_first_.fill(0);
  always_marked_ = kMarkedWord;
  if (word.indexed()) {
    // By the entries the key starts, a superset of the one-word entries it is: a bit per list
    // for both kinds of mark.
    always_marked_ = 0;
    marked_firsts_.set(word.index_);
    mark_of_first_[word.index_] |= kMarkedWord;
  }
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::uint32_t mark = std::uint32_t{1} << k;
    if (starts[k]->indexed()) {
      marked_firsts_.set(starts[k]->index_);
      mark_of_first_[starts[k]->index_] |= mark;
    } else {
      always_marked_ |= mark;
    }
  }
}

std::vector<std::string> Lexicon::lists_starting_with(const std::string& prefix) const {
  std::vector<std::string> names;
  for (auto it = lists_.lower_bound(prefix); it != lists_.end() && it->first.starts_with(prefix); ++it) names.push_back(it->first);
  return names;
}

const WordList& Lexicon::list(std::string_view name) const {
  static const WordList none;
  auto found = by_name_.find(name);
  return found == by_name_.end() ? none : *found->second;
}

}  // namespace parley::mentions
