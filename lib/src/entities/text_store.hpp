// TextStore: copies of short texts kept, back to back, in a few large blocks, each copy a view
// valid as long as the store. For tables keyed by views of texts that have no lasting home (the
// resolver's derived entity keys): a std::string key was an allocation for each of them longer
// than a string keeps in place, and a free as the table died.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace parley::entities {

class TextStore {
 public:
  // A copy of `text`, kept until the store is destroyed.
  std::string_view keep(std::string_view text) {
    if (text.size() > room_) open_block(text.size());
    char* copy = next_;
    if (!text.empty()) std::memcpy(copy, text.data(), text.size());
    next_ += text.size();
    room_ -= text.size();
    return {copy, text.size()};
  }

 private:
  // A document's keys fill one block or two (a text longer than a block has one of its own).
  static constexpr std::size_t kBlockSize = 4096;

  void open_block(std::size_t at_least) {
    const std::size_t size = std::max(kBlockSize, at_least);
    next_ = blocks_.emplace_back(std::make_unique_for_overwrite<char[]>(size)).get();
    room_ = size;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // where the next copy goes in the last block
  std::size_t room_ = 0;  // bytes left there
};

}  // namespace parley::entities
