// string_hash and string_hash_padded: one value for a key, whatever bytes follow it, and keys
// that differ in length or in any byte hash apart.
#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_hash.hpp"

using parley::kHashReadSlack;
using parley::string_hash;
using parley::string_hash_padded;

TEST_CASE("a key padded with any bytes hashes as the key alone") {
  const std::vector<std::string> keys = {"", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi",
                                         "united", "u.s.", "secretary-general", "abcdefghijklmno", "abcdefghijklmnop",
                                         "abcdefghijklmnopq", "a key of twenty-three b", "a key long enough for five words"};
  const std::vector<char> fillers = {'\0', 'x', '\xff'};
  for (const auto& key : keys) {
    CAPTURE(key);
    for (const char filler : fillers) {
      // The key at the start of a buffer with the hash's slack after it, filled with `filler`.
      std::string buffer = key + std::string(kHashReadSlack, filler);
      CHECK(string_hash_padded(std::string_view(buffer.data(), key.size())) == string_hash(key));
    }
  }
}

TEST_CASE("keys that differ in length or in one byte hash apart") {
  std::vector<std::string> keys = {"", "b", "ab", "ba", std::string("b\0", 2)};
  for (std::size_t length = 1; length <= 40; ++length) {
    std::string key(length, 'a');
    keys.push_back(key);
    for (std::size_t at = 0; at < length; ++at) {
      std::string changed = key;
      changed[at] = 'b';
      keys.push_back(changed);
    }
  }
  std::set<std::size_t> hashes;
  for (const auto& key : keys) hashes.insert(string_hash(key));
  CHECK(hashes.size() == std::set<std::string>(keys.begin(), keys.end()).size());
}
