// KbLinks: one list of entry indices per knowledge-base entry, the ids of one of its link fields
// (member_of) resolved to the entries they name once, when the knowledge base is indexed.
// Relation rules follow those links for every actor of every document: each id was a string of
// its own on the heap, read and hashed to find its entity (a cache miss or two per link), where
// an index names the entry at once. The lists are stored flat, one after another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace parley {

class KbLinks {
 public:
  // In place of an id that names no entry (the loader rejects those; entries set by hand may
  // have them): the id itself is then the only way to the entity it may name.
  static constexpr std::uint32_t kNotAnEntry = std::numeric_limits<std::uint32_t>::max();

  void clear() {
    ends_.clear();
    targets_.clear();
  }
  // Appends a link of the entry being added, then close() ends its list: entries are added in
  // order, each with a list (an empty one too).
  void add(std::uint32_t target) { targets_.push_back(target); }
  void close() { ends_.push_back(static_cast<std::uint32_t>(targets_.size())); }

  // The links of entry `entry`, in the order of its field's ids; empty for an entry never added.
  std::span<const std::uint32_t> of(std::size_t entry) const {
    if (entry >= ends_.size()) return {};
    const std::uint32_t begin = entry == 0 ? 0 : ends_[entry - 1];
    return {targets_.data() + begin, targets_.data() + ends_[entry]};
  }

  bool operator==(const KbLinks&) const = default;

 private:
  std::vector<std::uint32_t> ends_;     // per entry: one past its last link in targets_
  std::vector<std::uint32_t> targets_;  // entry indices, list after list
};

}  // namespace parley
