// Hash-table keys looked up with the hash a token already carries (Token::hash), so that asking
// many word lists (WordList) about one token hashes its key once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/string_hash.hpp"

namespace parley::mentions {

struct HashedKey {
  std::string_view key;
  std::size_t hash;
};
struct KeyHasher : StringHash {
  using StringHash::operator();
  std::size_t operator()(const HashedKey& key) const { return key.hash; }
};
struct KeyEqual {
  using is_transparent = void;
  static std::string_view view(std::string_view key) { return key; }
  static std::string_view view(const HashedKey& key) { return key.key; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return view(a) == view(b);
  }
};

}  // namespace parley::mentions
