// Knowledge-base names matched over tokens (see gazetteer.hpp).
#include "mentions/gazetteer.hpp"

#include <array>

#include "entities/knowledge_base_data.hpp"

namespace parley::mentions {
namespace {

std::string without_dots(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '.') out += c;
  }
  return out;
}

// The bytes a name may start with: those of a capitalised token (kCapitalBytes) and digits. A
// table, one load and test: asked of every word, most of them lowercase, which the two tests in
// turn answered only after three to five comparisons.
constexpr std::array<bool, 256> kNameOpeners = [] {
  std::array<bool, 256> table = kCapitalBytes;
  for (int c = '0'; c <= '9'; ++c) table[c] = true;
  return table;
}();

// Can a name start at this token? Every name must start with a capital or a digit, whatever its
// target: tested once per token, before the trie is walked (most words are lowercase).
bool may_open_name(const Token& token) {
  return !token.text.empty() && kNameOpeners[static_cast<unsigned char>(token.text[0])];
}

// Does the target accept tokens from `first` on (whose first token may_open_name)? Each token,
// its dots dropped, must be the next of the written words: compared in one pass over the
// written form (a search for each space was a call to memchr).
bool accepts(const GazetteerTarget& target, const TokenList& tokens, std::size_t first) {
  if (!target.exact_case) return true;
  const std::string_view written = target.written;
  // Nearly every exact-case name is one word, written as the text is.
  if (tokens[first].text.size() == written.size() && tokens[first].text == written) return true;
  std::size_t w = 0;
  for (std::size_t k = first;; ++k) {
    for (const char c : tokens[k].text) {
      if (c == '.') continue;
      if (w == written.size() || written[w] != c) return false;
      ++w;
    }
    if (w == written.size()) return true;
    if (written[w] != ' ') return false;
    ++w;
  }
}

}  // namespace

Gazetteer::Gazetteer(const KnowledgeBaseData& data) {
  for (std::size_t i = 0; i < data.entries.size(); ++i) {
    const KbEntry& entry = data.entries[i];
    GazetteerTarget target;
    target.entry = static_cast<std::uint32_t>(i);
    target.type = code_of(entry.type);
    target.kind = code_of(entry.kind);
    target.country = code_of(entry.country);
    target.has_date = !entry.date.empty();
    const auto add_as = [&](std::string_view name, NameForm form) {
      target.form = form;
      add_target(name, target);
    };
    add_as(entry.label, NameForm::name);
    for (const auto& name : entry.names) add_as(name, NameForm::name);
    for (const auto& name : entry.demonyms) add_as(name, NameForm::demonym);
    for (const auto& name : entry.metonyms) add_as(name, NameForm::metonym);
  }
}

std::uint16_t Gazetteer::code_of(std::string_view word) {
  // A scan, at construction only: the words are few.
  for (std::size_t code = 0; code < words_.size(); ++code) {
    if (words_[code] == word) return static_cast<std::uint16_t>(code);
  }
  words_.push_back(word);
  return static_cast<std::uint16_t>(words_.size() - 1);
}

void Gazetteer::add(std::string_view name, std::size_t entry, NameForm form) {
  GazetteerTarget target;
  target.entry = static_cast<std::uint32_t>(entry);
  target.form = form;
  add_target(name, std::move(target));
}

void Gazetteer::add_target(std::string_view name, GazetteerTarget target) {
  const TokenList tokens = tokenize(name);
  if (tokens.empty()) return;
  const std::uint32_t entry = target.entry;
  bool has_acronym = false;
  for (const auto& token : tokens) {
    if (!target.written.empty()) target.written += ' ';
    target.written += without_dots(token.text);
    if (token.all_caps() && token.key.size() <= 6) has_acronym = true;
  }
  target.exact_case = tokens.size() == 1 || (has_acronym && tokens.size() <= 2);
  std::size_t node = 0;
  first_words_[(tokens.front().hash >> 6) & kFilterMask] |= std::uint64_t{1} << (tokens.front().hash & 63);
  // The edge into `node` (from `parent`, by `via`), whose value repeats the node's flags: updated
  // when they change. None into the root.
  std::size_t parent = 0;
  const Token* via = nullptr;
  for (const auto& token : tokens) {
    const std::size_t edge = edges_.find(node, token.key, token.hash);
    std::size_t child;
    if (edge == KeyTable::kNone) {
      nodes_.push_back(Node{});
      child = nodes_.size() - 1;
      edges_.add(node, token.key, token.hash, edge_to(child));
      if (!nodes_[node].has_children) {
        nodes_[node].has_children = true;
        if (via) edges_.update(parent, via->key, via->hash, edge_to(node));
      }
    } else {
      child = edge >> kEdgeFlagBits;
    }
    parent = node;
    via = &token;
    node = child;
  }
  Node& end = nodes_[node];
  if (!end.has_target) {
    end.target = std::move(target);
    end.has_target = true;
    edges_.update(parent, via->key, via->hash, edge_to(node));
    return;
  }
  // Appended after the node's last target, unless the same entry is written so already.
  GazetteerTarget* last = &end.target;
  for (;;) {
    if (last->entry == entry && last->written == target.written) return;
    if (last->next == GazetteerTarget::kNoTarget) break;
    last = &further_targets_[last->next];
  }
  last->next = static_cast<std::uint32_t>(further_targets_.size());
  further_targets_.push_back(std::move(target));
}

GazetteerHit Gazetteer::match_at(const TokenList& tokens, std::size_t at) const {
  if (at >= tokens.size() || !may_open_name(tokens[at]) || !may_start(tokens[at].hash)) return {};
  return longest_from(tokens, at);
}

GazetteerHit Gazetteer::longest_from(const TokenList& tokens, std::size_t at) const {
  GazetteerHit best;
  std::size_t node = 0;
  for (std::size_t k = at; k < tokens.size(); ++k) {
    const std::size_t edge = edges_.find(node, tokens[k].key, tokens[k].hash);
    if (edge == KeyTable::kNone) break;
    node = edge >> kEdgeFlagBits;
    if (edge & kEdgeHasTarget) {
      for (const GazetteerTarget* target = &nodes_[node].target; target; target = next_target(*target)) {
        if (accepts(*target, tokens, at)) {
          best = {at, k + 1, target};
          break;
        }
      }
    }
    if (!(edge & kEdgeHasChildren)) break;
  }
  return best;
}

std::vector<GazetteerHit> Gazetteer::match(const TokenList& tokens) const {
  std::vector<GazetteerHit> hits;
  match_into(tokens, hits);
  return hits;
}

void Gazetteer::match_into(const TokenList& tokens, std::vector<GazetteerHit>& hits) const {
  hits.clear();
  std::size_t at = 0;
  while (at < tokens.size()) {
    // Most words start no name: lowercase ones cannot, and the filter turns most others away
    // here, without a call to match_at (which walked the trie from "the", "and" and "state"
    // only for every target to refuse a lowercase first word).
    if (!tokens[at].word || !may_open_name(tokens[at]) || !may_start(tokens[at].hash)) {
      ++at;
      continue;
    }
    GazetteerHit hit = longest_from(tokens, at);
    if (hit.target) {
      // Room for a sentence's names at the first: grown one at a time, the list was reallocated
      // for the second and third.
      if (hits.empty()) hits.reserve(8);
      hits.push_back(hit);
      at = hit.last;
    } else {
      ++at;
    }
  }
}

}  // namespace parley::mentions
