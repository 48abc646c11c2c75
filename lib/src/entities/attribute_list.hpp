// AttributeList: an entity's attributes (modality, series, round, title, ...), name -> value, in
// name order in one vector, with the part of std::map's interface that resolution and relation
// rules use. An entity has a few attributes or none: a std::map made a tree node (an allocation)
// per attribute, its code was instantiated in several places, and freeing the table walked each
// tree. Here an entity's attributes are one block, searched by a short scan.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::entities {

class AttributeList {
 public:
  using value_type = std::pair<std::string, std::string>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  // Replaces the attributes with those of `map`, which iterates in name order (a std::map of
  // strings, as a Mention's attributes).
  template <typename Map>
  void assign(const Map& map) {
    entries_.assign(map.begin(), map.end());
  }

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }

  // The attribute named `name`, or end().
  iterator find(std::string_view name) { return std::find_if(entries_.begin(), entries_.end(), Named{name}); }
  const_iterator find(std::string_view name) const { return std::find_if(entries_.begin(), entries_.end(), Named{name}); }
  std::size_t count(std::string_view name) const { return find(name) != end() ? 1 : 0; }

  // Adds `name` = `value` unless `name` has a value; as std::map::try_emplace, the attribute and
  // whether it was added.
  std::pair<iterator, bool> try_emplace(std::string_view name, std::string_view value) {
    const auto at = lower_bound(name);
    if (at != entries_.end() && at->first == name) return {at, false};
    return {entries_.emplace(at, std::string(name), std::string(value)), true};
  }
  // The value of `name`, added empty when there is none (as std::map::operator[]).
  std::string& operator[](std::string_view name) { return try_emplace(name, {}).first->second; }

  bool operator==(const AttributeList&) const = default;

 private:
  // Is an attribute's name `name`? (Compared by size first, as std::string's ==.)
  struct Named {
    std::string_view name;
    bool operator()(const value_type& entry) const { return entry.first == name; }
  };
  // The first attribute whose name is not before `name`: a scan, as find()'s (a binary search
  // of a few names mispredicted more than it saved).
  iterator lower_bound(std::string_view name) {
    return std::find_if(entries_.begin(), entries_.end(), [name](const value_type& entry) { return !(std::string_view(entry.first) < name); });
  }

  std::vector<value_type> entries_;  // by name, each name once
};

}  // namespace parley::entities
