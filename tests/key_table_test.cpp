// Unit tests of KeyTable, the (scope, token key) -> index table of the gazetteer's trie and the
// lexicon: a value is found from its scope and key only, keys of different scopes do not mix,
// and entries survive the table's growth; key_hash, which the table is probed with, spreads short keys.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "mentions/tokens.hpp"
#include "mentions/key_table.hpp"

using parley::mentions::key_hash;
using parley::mentions::KeyTable;

namespace {

std::size_t find(const KeyTable& table, std::size_t scope, const std::string& key) {
  return table.find(scope, key, key_hash(key));
}

void add(KeyTable& table, std::size_t scope, const std::string& key, std::size_t value) {
  table.add(scope, key, key_hash(key), value);
}

}  // namespace

TEST_CASE("an empty table has no entries") {
  const KeyTable table;
  CHECK(find(table, 0, "united") == KeyTable::kNone);
}

TEST_CASE("a value is found from its scope and key, not from another scope") {
  KeyTable table;
  add(table, 0, "united", 1);
  add(table, 1, "kingdom", 2);
  add(table, 1, "states", 3);
  CHECK(find(table, 0, "united") == 1);
  CHECK(find(table, 1, "kingdom") == 2);
  CHECK(find(table, 1, "states") == 3);
  CHECK(find(table, 0, "kingdom") == KeyTable::kNone);
  CHECK(find(table, 2, "united") == KeyTable::kNone);
  CHECK(find(table, 1, "nations") == KeyTable::kNone);
}

TEST_CASE("entries survive the table's growth") {
  KeyTable table;
  for (std::size_t i = 0; i < 1000; ++i) add(table, i % 7, "word" + std::to_string(i), i + 1);
  for (std::size_t i = 0; i < 1000; ++i) CHECK(find(table, i % 7, "word" + std::to_string(i)) == i + 1);
  CHECK(find(table, 1, "word0") == KeyTable::kNone);  // word0 is in scope 0
}

TEST_CASE("key_hash: equal keys hash alike, and keys of one to twenty bytes spread over the low bits") {
  // The table probes from the low bits and the gazetteer's filter reads bits 0-14: keys that
  // differ in one byte, in length only, or past the first eight bytes must not collide there.
  const std::vector<std::string> keys = {"a", "b", "ab", "ba", "us", "uk", "u", "the", "them", "then",
                                         "minister", "ministers", "secretary", "secretariat",
                                         "international", "internationally", "aaaaaaaa", "aaaaaaaaa",
                                         "aaaaaaaab", "baaaaaaaa", "representatives", "responsibilities"};
  std::set<std::size_t> low_bits;
  for (const auto& key : keys) {
    CHECK(key_hash(key) == key_hash(std::string(key)));
    low_bits.insert(key_hash(key) & 0x7fff);
  }
  CHECK(low_bits.size() == keys.size());
  // A token carries the hash of its key.
  for (const auto& token : parley::mentions::tokenize("The U.S. Secretary's visit")) CHECK(token.hash == key_hash(token.key));
}
