// SharedString: an immutable string whose copies share one heap block (a reference count, the
// length and the bytes). For text that many graph elements carry unchanged: every node and edge
// of a document's graph names the document, in its evidence and as the key of its support, and
// a copy of a std::string that long was an allocation and a copy of the bytes each time (two of
// the four or five allocations per edge). A copy of a SharedString is a count's increment.
//
// It compares, orders and converts like the std::string_view of its text; the empty string holds
// no block. The count is atomic: copies may live in graphs on different threads.
#pragma once

#include <atomic>
#include <compare>
#include <concepts>
#include <cstddef>
#include <new>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace parley {

class SharedString {
 public:
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
    if (block_ != nullptr && block_->references.fetch_sub(1, std::memory_order_acq_rel) == 1) Block::destroy(block_);
  }

  void swap(SharedString& other) noexcept { std::swap(block_, other.block_); }

  std::string_view view() const noexcept { return block_ == nullptr ? std::string_view() : block_->text(); }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
  std::string str() const { return std::string(view()); }
  const char* data() const noexcept { return view().data(); }
  std::size_t size() const noexcept { return block_ == nullptr ? 0 : block_->size; }
  bool empty() const noexcept { return block_ == nullptr; }

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
    static Block* make(std::string_view text) {
      void* memory = ::operator new(sizeof(Block) + text.size());
      auto* block = new (memory) Block{{1}, text.size()};
      text.copy(reinterpret_cast<char*>(block + 1), text.size());
      return block;
    }
    static void destroy(Block* block) noexcept {
      block->~Block();
      ::operator delete(block);
    }
  };
  Block* block_ = nullptr;
};

}  // namespace parley
