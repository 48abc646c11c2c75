// SharedString: an immutable string whose copies share one heap block (a reference count, the
// length and the bytes). For text that many graph elements carry unchanged: every node and edge
// of a document's graph names the document, in its evidence and as the key of its support, and
// a copy of a std::string that long was an allocation and a copy of the bytes each time (two of
// the four or five allocations per edge). A copy of a SharedString is a count's increment.
//
// It compares, orders and converts like the std::string_view of its text; the empty string holds
// no block. The count is atomic: copies may live in graphs on different threads. An atomic
// operation costs several times a plain one, and a document's graph took three copies per node
// and edge and gave them back as it went: a Stock hands out copies of one text with the
// references for them counted in advance, and a Releaser gives back those of many strings a
// block at a time.
#pragma once

#include <array>
#include <atomic>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <new>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace parley {

template <typename Count>
class SupportMap;

class SharedString {
 public:
  class Stock;
  class Releaser;

  SharedString() noexcept = default;
  SharedString(std::string_view text) : block_(text.empty() ? nullptr : Block::make(text)) {}  // NOLINT: implicit
  SharedString(const std::string& text) : SharedString(std::string_view(text)) {}              // NOLINT: implicit
  SharedString(const char* text) : SharedString(std::string_view(text)) {}                     // NOLINT: implicit
  SharedString(const SharedString& other) noexcept : block_(other.block_) {
    if (block_ != nullptr) block_->references.fetch_add(1, std::memory_order_relaxed);
  }
  SharedString(SharedString&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  SharedString& operator=(const SharedString& other) noexcept {
    SharedString(other).swap(*this);
    return *this;
  }
  SharedString& operator=(SharedString&& other) noexcept {
    SharedString(std::move(other)).swap(*this);
    return *this;
  }
  ~SharedString() {
    if (block_ != nullptr) Block::release(block_, 1);
  }

  void swap(SharedString& other) noexcept { std::swap(block_, other.block_); }

  std::string_view view() const noexcept { return block_ == nullptr ? std::string_view() : block_->text(); }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
  std::string str() const { return std::string(view()); }
  const char* data() const noexcept { return view().data(); }
  std::size_t size() const noexcept { return block_ == nullptr ? 0 : block_->size; }
  bool empty() const noexcept { return block_ == nullptr; }
  // The references counted on the block (0 for the empty string), those a Stock holds for copies
  // to come included: for tests, as std::shared_ptr::use_count.
  std::size_t use_count() const noexcept {
    return block_ == nullptr ? 0 : block_->references.load(std::memory_order_relaxed);
  }

  // Against a string_view, which a std::string or a literal converts to; against another
  // SharedString by a template that takes nothing else: a second plain overload would make
  // comparing with a std::string or a literal ambiguous (both sides convert), and without one
  // clang finds SharedString against SharedString ambiguous between the string_view overload and
  // its reversed form (C++20's rewritten comparisons), which GCC accepts.
  friend bool operator==(const SharedString& a, std::string_view b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  template <std::same_as<SharedString> Other>
  friend bool operator==(const SharedString& a, const Other& b) noexcept {
    return a.view() == b.view();
  }
  template <std::same_as<SharedString> Other>
  friend std::strong_ordering operator<=>(const SharedString& a, const Other& b) noexcept {
    return a.view() <=> b.view();
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedString& text) { return out << text.view(); }

 private:
  // The bytes follow the header in the same allocation.
  struct Block {
    std::atomic<std::size_t> references;
    std::size_t size;

    std::string_view text() const noexcept { return {reinterpret_cast<const char*>(this + 1), size}; }
    // A block whose count starts at `references` (one per SharedString or Stock that will hold it).
    static Block* make(std::string_view text, std::size_t references = 1) {
      void* memory = ::operator new(sizeof(Block) + text.size());
      auto* block = new (memory) Block{{references}, text.size()};
      text.copy(reinterpret_cast<char*>(block + 1), text.size());
      return block;
    }
    // Gives back `count` references at once, and frees the block with the last.
    static void release(Block* block, std::size_t count) noexcept {
      if (block->references.fetch_sub(count, std::memory_order_acq_rel) == count) {
        block->~Block();
        ::operator delete(block);
      }
    }
  };

  // Holds a reference already counted (a Stock's, a taken one).
  explicit SharedString(Block* counted) noexcept : block_(counted) {}

  // A SupportMap keeps its single entry in place, and the entry's key is const (a map's
  // value_type): moving or releasing the map takes the key's reference over rather than adding
  // one and dropping the other (two atomic operations per element moved). Mutable for that
  // alone: only the owner of a key about to go calls it (an rvalue map, or one being emptied);
  // afterwards the key is empty and goes without a count.
  template <typename Count>
  friend class SupportMap;
  static SharedString take(const SharedString& key) noexcept { return SharedString(std::exchange(key.block_, nullptr)); }

  mutable Block* block_ = nullptr;
};

// Copies of one text for one owner to hand out many times (a document's name and sentences,
// cited by the elements of its graph): the references the copies hold are counted in advance,
// kBatch at a time, rather than with an atomic operation per copy, and those not handed out are
// given back together when the stock goes. The copies are ordinary SharedStrings, free to go
// anywhere and outlive the stock; the stock itself belongs to one thread.
class SharedString::Stock {
 public:
  static constexpr std::size_t kBatch = std::size_t{1} << 20;  // references counted at a time

  Stock() noexcept = default;
  explicit Stock(std::string_view text)
      : block_(text.empty() ? nullptr : Block::make(text, 1 + kBatch)), held_(block_ == nullptr ? 0 : 1 + kBatch) {}
  Stock(Stock&& other) noexcept : block_(std::exchange(other.block_, nullptr)), held_(std::exchange(other.held_, 0)) {}
  Stock& operator=(Stock&& other) noexcept {
    Stock(std::move(other)).swap(*this);
    return *this;
  }
  ~Stock() {
    if (block_ != nullptr) Block::release(block_, held_);
  }

  void swap(Stock& other) noexcept {
    std::swap(block_, other.block_);
    std::swap(held_, other.held_);
  }
  bool empty() const noexcept { return block_ == nullptr; }
  std::string_view view() const noexcept { return block_ == nullptr ? std::string_view() : block_->text(); }

  // A copy of the text (empty for an empty stock).
  SharedString copy() {
    if (block_ == nullptr) return {};
    // The copy takes one of the references held; when that was the last (the stock's own, which
    // the copy now keeps the block alive with), the stock counts another batch.
    if (--held_ == 0) count_batch();
    return SharedString(block_);
  }

 private:
  void count_batch() noexcept {
    block_->references.fetch_add(kBatch, std::memory_order_relaxed);
    held_ = kBatch;
  }

  Block* block_ = nullptr;
  std::size_t held_ = 0;  // references this stock holds: one for the block's sake, the rest for copies
};

// Gives back the references of many SharedStrings with one atomic operation per text rather than
// one per string, for an owner that lets many copies of a few texts go together: a graph as it
// is destroyed (each element names its document two or three times, and cites one of a few
// sentences). Released strings are empty; their references are given back as the releaser
// notes other texts, and the rest when it goes.
class SharedString::Releaser {
 public:
  Releaser() = default;
  Releaser(const Releaser&) = delete;
  Releaser& operator=(const Releaser&) = delete;
  ~Releaser() {
    for (const Pending& pending : pending_) {
      if (pending.block != nullptr) Block::release(pending.block, pending.count);
    }
  }

  void release(SharedString& text) noexcept {
    Block* block = std::exchange(text.block_, nullptr);
    if (block == nullptr) return;
    // The texts pending, a few at a time, by their address: a graph's elements come in runs
    // that cite the same ones.
    Pending& pending = pending_[(reinterpret_cast<std::uintptr_t>(block) / alignof(std::max_align_t)) % kPending];
    if (pending.block != block) {
      if (pending.block != nullptr) Block::release(pending.block, pending.count);
      pending = {block, 0};
    }
    ++pending.count;
  }
  void release(SharedString&& text) noexcept { release(text); }

 private:
  static constexpr std::size_t kPending = 16;
  struct Pending {
    Block* block = nullptr;
    std::size_t count = 0;
  };
  std::array<Pending, kPending> pending_{};
};

}  // namespace parley
