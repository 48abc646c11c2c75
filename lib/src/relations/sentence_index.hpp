// SentenceIndex: which sentences name each entity, in order. Implied edges take as evidence the
// first sentence naming both ends, and memberships ask whether a sentence names two entities
// together, pair after pair: scanning the document for each pair is quadratic on a long one.
// Built in one pass over notes made in sentence order, and kept in one flat array.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "entities/entity_table.hpp"

namespace parley::relations {

class SentenceIndex {
 public:
  // `notes`: how many note() calls to make room for, when the caller knows (at most).
  explicit SentenceIndex(std::size_t entities, std::size_t notes = 0) : last_(entities, kNoSentence) {
    notes_.reserve(notes);
  }

  // Sentence s names entity e. Notes come in non-decreasing sentence order; repeats of the last
  // sentence noted for an entity, and entities out of range, are ignored.
  void note(std::size_t entity, std::size_t sentence) {
    if (entity >= last_.size() || last_[entity] == sentence) return;
    last_[entity] = static_cast<std::uint32_t>(sentence);
    notes_.push_back({static_cast<std::uint32_t>(entity), static_cast<std::uint32_t>(sentence)});
  }

  // After the last note: groups the sentences by entity (a counting sort, which keeps their order).
  void build() {
    begin_.assign(last_.size() + 1, 0);
    for (const auto& [entity, sentence] : notes_) ++begin_[entity + 1];
    for (std::size_t e = 0; e < last_.size(); ++e) begin_[e + 1] += begin_[e];
    sentences_.resize(notes_.size());
    std::vector<std::uint32_t> next(begin_.begin(), begin_.end() - 1);
    for (const auto& [entity, sentence] : notes_) sentences_[next[entity]++] = sentence;
    notes_.clear();
    notes_.shrink_to_fit();
  }

  // The sentences naming the entity, in order (none for one out of range).
  std::span<const std::uint32_t> of(std::size_t entity) const {
    if (entity >= last_.size() || begin_.empty()) return {};
    return {sentences_.data() + begin_[entity], sentences_.data() + begin_[entity + 1]};
  }

  // The first sentence naming both, entities::kNone when none does.
  std::size_t first_together(std::size_t a, std::size_t b) const {
    const auto left = of(a), right = of(b);
    auto i = left.begin(), j = right.begin();
    while (i != left.end() && j != right.end()) {
      if (*i == *j) return *i;
      if (*i < *j) ++i; else ++j;
    }
    return entities::kNone;
  }

 private:
  static constexpr std::uint32_t kNoSentence = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> last_;  // per entity: the last sentence noted
  std::vector<std::pair<std::uint32_t, std::uint32_t>> notes_;  // (entity, sentence), until build()
  std::vector<std::uint32_t> begin_;      // per entity: where its sentences begin; one more at the end
  std::vector<std::uint32_t> sentences_;  // entity after entity
};

}  // namespace parley::relations
