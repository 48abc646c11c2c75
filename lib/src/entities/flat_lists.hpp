// FlatLists<T>: a list of lists kept in one vector, list after list, each list a range of it.
// Read as a list of spans: `lists[i]` is list i, and `for (auto list : lists)` walks them in
// order. Built once, list after list: add() the elements of the list being built, then
// close_list(). EntityTable::sentences keeps the resolved mentions of every sentence so: a
// vector per sentence was an allocation for each of the ~10 000 sentences of a megabyte of text,
// and as many frees, each a cache miss, when the table was destroyed.
#pragma once

#include <cstddef>
#include <iterator>
#include <span>
#include <vector>

namespace parley::entities {

template <typename T>
class FlatLists {
 public:
  // Walks the lists in order, each as a span.
  template <typename Element>
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::span<Element>;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::span<Element>;

    Iterator() = default;
    Iterator(Element* elements, const std::size_t* end, std::size_t begin) : elements_(elements), end_(end), begin_(begin) {}
    std::span<Element> operator*() const { return {elements_ + begin_, elements_ + *end_}; }
    Iterator& operator++() {
      begin_ = *end_++;
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const Iterator& other) const { return end_ == other.end_; }

   private:
    Element* elements_ = nullptr;
    const std::size_t* end_ = nullptr;  // where this list's range ends
    std::size_t begin_ = 0;             // where it begins
  };
  using iterator = Iterator<T>;
  using const_iterator = Iterator<const T>;

  // --- building ---
  void reserve(std::size_t lists, std::size_t elements) {
    ends_.reserve(lists);
    elements_.reserve(elements);
  }
  // Adds an element to the list being built; returns its index in all().
  std::size_t add(const T& element) {
    elements_.push_back(element);
    return elements_.size() - 1;
  }
  // Ends the list being built: the next add() is the next list's.
  void close_list() { ends_.push_back(elements_.size()); }

  // --- reading ---
  std::size_t size() const { return ends_.size(); }  // lists closed
  bool empty() const { return ends_.empty(); }
  std::span<T> operator[](std::size_t i) { return {elements_.data() + begin(i), elements_.data() + ends_[i]}; }
  std::span<const T> operator[](std::size_t i) const { return {elements_.data() + begin(i), elements_.data() + ends_[i]}; }
  // Every list's elements, list after list (with those added since the last close_list()).
  std::span<T> all() { return elements_; }
  std::span<const T> all() const { return elements_; }

  iterator begin() { return {elements_.data(), ends_.data(), 0}; }
  iterator end() { return {elements_.data(), ends_.data() + ends_.size(), 0}; }
  const_iterator begin() const { return {elements_.data(), ends_.data(), 0}; }
  const_iterator end() const { return {elements_.data(), ends_.data() + ends_.size(), 0}; }

 private:
  std::size_t begin(std::size_t i) const { return i == 0 ? 0 : ends_[i - 1]; }

  std::vector<T> elements_;        // list after list
  std::vector<std::size_t> ends_;  // per list: where its range of elements_ ends
};

}  // namespace parley::entities
