// SupportMap: counts per document (document name -> count), in name order, with the part of
// std::map's interface the graph's users need. Names are SharedStrings: a document's graph holds
// its name once for all its nodes and edges.
//
// Most elements are supported by one document (every element of a document's graph is): that
// entry is kept in place, and a std::map is made at the second one. A std::map for every element
// was a heap node per node and edge of every document's graph, made and freed again. Past one
// entry it is the std::map, so combining the support of thousands of documents stays O(log n)
// per entry.
//
// Moving a map takes its names' references over (SharedString::take), and clear(releaser) gives
// them to a SharedString::Releaser: a name is counted again only when a map is copied or given it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <utility>

#include "parley/shared_string.hpp"

namespace parley {

template <typename Count>
class SupportMap {
 public:
  using key_type = SharedString;
  using mapped_type = Count;
  using value_type = std::pair<const SharedString, Count>;
  using size_type = std::size_t;

 private:
  using Many = std::map<SharedString, Count, std::less<>>;

  // The only entry (`one` set) or an entry of the map (`one` null). The end of a single entry is
  // the default map iterator, which compares equal to any other default one.
  template <bool Const>
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = SupportMap::value_type;
    using difference_type = std::ptrdiff_t;
    using reference = std::conditional_t<Const, const value_type&, value_type&>;
    using pointer = std::conditional_t<Const, const value_type*, value_type*>;
    using ManyIterator = std::conditional_t<Const, typename Many::const_iterator, typename Many::iterator>;

    Iterator() = default;
    Iterator(pointer one, ManyIterator many) : one_(one), many_(many) {}
    template <bool OtherConst>
      requires(Const && !OtherConst)
    Iterator(const Iterator<OtherConst>& other) : one_(other.one_), many_(other.many_) {}  // NOLINT: implicit, as std::map's

    reference operator*() const { return one_ != nullptr ? *one_ : *many_; }
    pointer operator->() const { return &**this; }
    Iterator& operator++() {
      if (one_ != nullptr) {
        one_ = nullptr;
      } else {
        ++many_;
      }
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const Iterator& a, const Iterator& b) { return a.one_ == b.one_ && a.many_ == b.many_; }

   private:
    template <bool>
    friend class Iterator;
    pointer one_ = nullptr;
    ManyIterator many_{};
  };

 public:
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  SupportMap() = default;
  SupportMap(std::initializer_list<std::pair<SharedString, Count>> entries) {
    for (const auto& [source, count] : entries) try_emplace(source, count);
  }
  SupportMap(const SupportMap& other) { *this = other; }
  SupportMap(SupportMap&& other) noexcept { *this = std::move(other); }
  SupportMap& operator=(const SupportMap& other) {
    if (this == &other) return *this;
    clear();
    if (other.one_) one_.emplace(*other.one_);
    if (other.many_) many_ = std::make_unique<Many>(*other.many_);
    return *this;
  }
  SupportMap& operator=(SupportMap&& other) noexcept {
    if (this == &other) return *this;
    clear();
    // The entry in place is made again here: its name's reference is taken over, not counted
    // again (see SharedString::take).
    if (other.one_) one_.emplace(SharedString::take(other.one_->first), other.one_->second);
    many_ = std::move(other.many_);
    other.clear();
    return *this;
  }
  ~SupportMap() = default;

  size_type size() const { return many_ ? many_->size() : one_ ? 1 : 0; }
  bool empty() const { return !one_ && !many_; }
  void clear() {
    one_.reset();
    many_.reset();
  }
  // clear(), with the names' references given to `releaser` (see SharedString::Releaser), for an
  // owner that lets many maps go together.
  void clear(SharedString::Releaser& releaser) {
    for (const value_type& entry : *this) releaser.release(SharedString::take(entry.first));
    clear();
  }

  iterator begin() { return many_ ? iterator(nullptr, many_->begin()) : iterator(one_ ? &*one_ : nullptr, {}); }
  iterator end() { return many_ ? iterator(nullptr, many_->end()) : iterator(); }
  const_iterator begin() const {
    return many_ ? const_iterator(nullptr, many_->cbegin()) : const_iterator(one_ ? &*one_ : nullptr, {});
  }
  const_iterator end() const { return many_ ? const_iterator(nullptr, many_->cend()) : const_iterator(); }

  // Keys are anything a std::string_view is made from (a SharedString, a std::string, a literal).
  template <typename Key>
  iterator find(const Key& key) {
    if (many_) return {nullptr, many_->find(std::string_view(key))};
    return one_ && one_->first == std::string_view(key) ? iterator(&*one_, {}) : end();
  }
  template <typename Key>
  const_iterator find(const Key& key) const {
    if (many_) return {nullptr, many_->find(std::string_view(key))};
    return one_ && one_->first == std::string_view(key) ? const_iterator(&*one_, {}) : end();
  }
  template <typename Key>
  const Count& at(const Key& key) const {
    const auto found = find(key);
    if (found == end()) throw std::out_of_range("SupportMap::at: no such source");
    return found->second;
  }

  // As std::map's: an entry already there is left as it is.
  template <typename Key>
  std::pair<iterator, bool> try_emplace(Key&& key, Count count) {
    // The first entry here, in line: every element of a document's graph adds one; the rest apart.
    if (!one_ && !many_) {
      one_.emplace(SharedString(std::forward<Key>(key)), count);
      return {iterator(&*one_, {}), true};
    }
    return try_emplace_more(SharedString(std::forward<Key>(key)), count);
  }
  template <typename Key>
  std::pair<iterator, bool> emplace(Key&& key, Count count) {
    return try_emplace(std::forward<Key>(key), count);
  }
  // The hint is not needed: a single entry is not searched, and a map looks up its own.
  template <typename Key>
  iterator emplace_hint(const_iterator /*hint*/, Key&& key, Count count) {
    return try_emplace(std::forward<Key>(key), count).first;
  }
  template <typename Key>
  Count& operator[](Key&& key) {
    return try_emplace(std::forward<Key>(key), Count{}).first->second;
  }

  friend bool operator==(const SupportMap& a, const SupportMap& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const value_type& x, const value_type& y) {
             return x.first == y.first && x.second == y.second;
           });
  }

 private:
  // try_emplace into a map that has an entry.
  std::pair<iterator, bool> try_emplace_more(SharedString name, Count count) {
    if (many_) {
      auto [at, added] = many_->try_emplace(std::move(name), count);
      return {iterator(nullptr, at), added};
    }
    if (one_->first == name) return {iterator(&*one_, {}), false};
    many_ = std::make_unique<Many>();
    many_->emplace(SharedString::take(one_->first), one_->second);
    one_.reset();
    return {iterator(nullptr, many_->emplace(std::move(name), count).first), true};
  }

  std::optional<value_type> one_;  // the entry, when there is one only
  std::unique_ptr<Many> many_;     // the entries, from the second on (then `one_` is empty)
};

}  // namespace parley
