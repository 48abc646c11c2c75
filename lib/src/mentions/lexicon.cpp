// Word lists of the recognisers (see lexicon.hpp).
#include "mentions/lexicon.hpp"

#include <algorithm>

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
  std::size_t bucket_index = phrase_index_.find(0, keys.front(), first_hash);
  if (bucket_index == KeyTable::kNone) {
    bucket_index = phrases_.size();
    phrases_.emplace_back();
    phrase_index_.add(0, keys.front(), first_hash, bucket_index);
  }
  auto& bucket = phrases_[bucket_index];
  if (std::any_of(bucket.begin(), bucket.end(), [&](const Phrase& known) { return known.keys == keys; })) return;
  Phrase entry;
  for (const auto& key : keys) entry.hashes.push_back(string_hash(key));
  entry.length = keys.size();
  entry.second_hash = entry.length > 1 ? entry.hashes[1] : 0;
  entry.keys = std::move(keys);
  bucket.push_back(std::move(entry));
  std::stable_sort(bucket.begin(), bucket.end(), [](const Phrase& a, const Phrase& b) { return a.keys.size() > b.keys.size(); });
}

bool WordList::Phrase::matches(const TokenList& tokens, std::size_t at) const {
  if (at + keys.size() > tokens.size()) return false;
  for (std::size_t k = 1; k < keys.size(); ++k) {
    const Token& token = tokens[at + k];
    // The bytes compared inline (same_bytes): the hash has matched, so they nearly always agree,
    // and the string comparison was a call to memcmp.
    if (token.hash != hashes[k] || token.key.size() != keys[k].size() || !same_bytes(token.key.data(), keys[k].data(), keys[k].size())) {
      return false;
    }
  }
  return true;
}

std::size_t WordList::match_phrases(const TokenList& tokens, std::size_t at) const {
  if (phrases_.empty()) return 0;
  const std::vector<Phrase>* found = phrases_at(tokens[at]);
  if (!found) return 0;
  const bool has_next = at + 1 < tokens.size();
  const std::size_t next_hash = has_next ? tokens[at + 1].hash : 0;
  for (const auto& phrase : *found) {
    if (phrase.length == 1) return 1;  // the one-word entry, last of its bucket
    if (!has_next || phrase.second_hash != next_hash) continue;
    if (phrase.matches(tokens, at)) return phrase.length;
  }
  return 0;
}

std::size_t WordList::match_ending(const TokenList& tokens, std::size_t end) const {
  std::size_t best = 0;
  if (phrases_.empty()) return 0;
  for (std::size_t length = 1; length <= std::min<std::size_t>(end, 6); ++length) {
    const std::size_t at = end - length;
    // The annotation says, for most words, that they start no entry: no look-up then.
    if (tokens[at].lists && indexed() && !tokens[at].lists->firsts[index_]) continue;
    const std::vector<Phrase>* found = phrases_at(tokens[at]);
    if (!found) continue;
    for (const auto& phrase : *found) {
      if (phrase.length != length) continue;
      // The second key's hash first, as match_phrases asks it (`at + 1 < end` when length > 1).
      if (length > 1 && phrase.second_hash != tokens[at + 1].hash) continue;
      if (phrase.matches(tokens, at)) best = length;
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
      }
    }
  }
}

ListSet Lexicon::annotate(TokenList& tokens) const {
  static const KeyLists in_none;
  ListSet firsts;
  for (Token& token : tokens) {
    const KeyLists* found = key_lists_.find(token.key, token.hash);
    token.lists = found ? found : &in_none;
    firsts |= token.lists->firsts;
  }
  return firsts;
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
