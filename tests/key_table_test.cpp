// Unit tests of KeyTable, the (scope, token key) -> index table of the gazetteer's trie and the
// lexicon: a value is found from its scope and key only, keys of different scopes do not mix,
// update() replaces one value, and entries survive the table's growth; string_hash, which the
// table is probed with, spreads short keys; the lexicon's annotations built on it answer
// KindedLists as the lists themselves would.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "mentions/tokens.hpp"
#include "mentions/key_table.hpp"
#include "mentions/lexicon.hpp"

using parley::string_hash;
using parley::mentions::KeyTable;

namespace {

std::size_t find(const KeyTable& table, std::size_t scope, const std::string& key) {
  return table.find(scope, key, string_hash(key));
}

void add(KeyTable& table, std::size_t scope, const std::string& key, std::size_t value) {
  table.add(scope, key, string_hash(key), value);
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

TEST_CASE("update replaces the value of its (scope, key) alone, and the value survives growth") {
  KeyTable table;
  add(table, 0, "united", 1);
  add(table, 1, "united", 2);
  add(table, 0, "a-key-longer-than-fifteen-bytes", 3);
  table.update(1, "united", string_hash("united"), 7);
  table.update(0, "a-key-longer-than-fifteen-bytes", string_hash("a-key-longer-than-fifteen-bytes"), 8);
  CHECK(find(table, 0, "united") == 1);
  CHECK(find(table, 1, "united") == 7);
  CHECK(find(table, 0, "a-key-longer-than-fifteen-bytes") == 8);
  for (std::size_t i = 0; i < 500; ++i) add(table, 2, "word" + std::to_string(i), i);
  CHECK(find(table, 1, "united") == 7);
  CHECK(find(table, 0, "a-key-longer-than-fifteen-bytes") == 8);
}

TEST_CASE("entries survive the table's growth") {
  KeyTable table;
  for (std::size_t i = 0; i < 1000; ++i) add(table, i % 7, "word" + std::to_string(i), i + 1);
  for (std::size_t i = 0; i < 1000; ++i) CHECK(find(table, i % 7, "word" + std::to_string(i)) == i + 1);
  CHECK(find(table, 1, "word0") == KeyTable::kNone);  // word0 is in scope 0
}

TEST_CASE("keys of 15 bytes are kept in the slot, longer ones apart: both are found, neither mistaken") {
  // 15 bytes fit the slot; 16 and 17 do not. Keys that share a prefix of 15 bytes must not
  // match each other, whatever the length.
  const std::string base = "abcdefghijklmnopq";  // 17 bytes
  KeyTable table;
  for (std::size_t length = 1; length <= base.size(); ++length) add(table, 3, base.substr(0, length), length);
  add(table, 3, "internationalist", 100);    // 16
  add(table, 3, "internationalists", 101);   // 17
  add(table, 3, "internationalis", 102);     // 15
  for (std::size_t length = 1; length <= base.size(); ++length) {
    CAPTURE(length);
    CHECK(find(table, 3, base.substr(0, length)) == length);
    CHECK(find(table, 4, base.substr(0, length)) == KeyTable::kNone);
  }
  CHECK(find(table, 3, "internationalist") == 100);
  CHECK(find(table, 3, "internationalists") == 101);
  CHECK(find(table, 3, "internationalis") == 102);
  CHECK(find(table, 3, "abcdefghijklmnopqr") == KeyTable::kNone);  // 18
  CHECK(find(table, 3, "abcdefghijklmnoX") == KeyTable::kNone);    // 16, the last byte differs
  CHECK(find(table, 3, "abcdefghijklmnX") == KeyTable::kNone);     // 15, the last byte differs
}

TEST_CASE("keys whose hashes collide are told apart by their bytes, inline or long") {
  // One hash for every key: each look-up walks the same run of slots and must compare keys.
  constexpr std::size_t kHash = 0x1234567;
  const std::vector<std::string> keys = {"a", "ab", "abc", "fifteen-bytes-x", "sixteen-bytes-xx", "seventeen-bytes-x",
                                         "fifteen-bytes-y", "sixteen-bytes-xy", "seventeen-bytes-y", ""};
  KeyTable table;
  for (std::size_t i = 0; i < keys.size(); ++i) table.add(0, keys[i], kHash, i);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    CAPTURE(keys[i]);
    CHECK(table.find(0, keys[i], kHash) == i);
    CHECK(table.find(1, keys[i], kHash) == KeyTable::kNone);
  }
  CHECK(table.find(0, "abd", kHash) == KeyTable::kNone);
  CHECK(table.find(0, "seventeen-bytes-z", kHash) == KeyTable::kNone);
  CHECK(table.find(0, "ab", string_hash("ab")) == KeyTable::kNone);  // the hash is compared too
  CHECK_FALSE(table.empty());
}

TEST_CASE("KeyListTable: a key's lists are found from its bytes, inline (15) or long (16, 17), hashes colliding or not") {
  using parley::mentions::KeyListTable;
  using parley::mentions::KeyLists;
  KeyListTable table;
  const std::vector<std::string> keys = {"a", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoq", ""};
  std::vector<const KeyLists*> added;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    KeyLists& lists = table.add(keys[i], string_hash(keys[i]));
    lists.words.set(i);
    added.push_back(&lists);
  }
  // One hash for several keys: same tag, same first slot; only the bytes tell them apart.
  constexpr std::size_t kHash = 0xabcdef0012345678ull;
  const std::vector<std::string> colliding = {"x", "xy", "fifteen-bytes-x", "sixteen-bytes-xx", "seventeen-bytes-x"};
  for (std::size_t i = 0; i < colliding.size(); ++i) table.add(colliding[i], kHash).firsts.set(i);
  CHECK(&table.add(keys[1], string_hash(keys[1])) == added[1]);  // present: the same record
  // A hash that differs from kHash only between the slot's bits and the tag's (the top twelve):
  // the same first slot and tag, told apart by the bytes.
  constexpr std::size_t kNearHash = kHash ^ (std::size_t{1} << 40);
  table.add("near", kNearHash).phrase_firsts.set(0);
  CHECK(table.find("near", kNearHash)->phrase_firsts[0]);
  CHECK(table.find("xyz", kNearHash) == nullptr);
  // Enough keys to grow the table several times: the records stay where they were.
  for (int i = 0; i < 2000; ++i) table.add("filler" + std::to_string(i), string_hash("filler" + std::to_string(i)));
  for (std::size_t i = 0; i < keys.size(); ++i) {
    CAPTURE(keys[i]);
    const KeyLists* found = table.find(keys[i], string_hash(keys[i]));
    CHECK(found == added[i]);
    REQUIRE(found);
    CHECK(found->words.count() == 1);
    CHECK(found->words[i]);
  }
  for (std::size_t i = 0; i < colliding.size(); ++i) {
    CAPTURE(colliding[i]);
    const KeyLists* found = table.find(colliding[i], kHash);
    REQUIRE(found);
    CHECK(found->firsts.count() == 1);
    CHECK(found->firsts[i]);
  }
  CHECK(table.find("abcdefghijklmnopqr", string_hash("abcdefghijklmnopqr")) == nullptr);
  CHECK(table.find("abcdefghijklmnoX", string_hash("abcdefghijklmnoX")) == nullptr);
  CHECK(table.find("z", kHash) == nullptr);
  CHECK(table.find("x", string_hash("x")) == nullptr);  // its hash's tag is not kHash's
  CHECK(table.size() == keys.size() + colliding.size() + 1 + 2000);
  // A table moved from may still be asked.
  KeyListTable moved(std::move(table));
  CHECK(moved.find(keys[2], string_hash(keys[2])) == added[2]);
  CHECK(table.find(keys[2], string_hash(keys[2])) == nullptr);
}

TEST_CASE("string_hash: equal keys hash alike, and keys of one to twenty bytes spread over the low bits") {
  // The table probes from the low bits and the gazetteer's filter reads bits 0-14: keys that
  // differ in one byte, in length only, or past the first eight bytes must not collide there.
  const std::vector<std::string> keys = {"a", "b", "ab", "ba", "us", "uk", "u", "the", "them", "then",
                                         "minister", "ministers", "secretary", "secretariat",
                                         "international", "internationally", "aaaaaaaa", "aaaaaaaaa",
                                         "aaaaaaaab", "baaaaaaaa", "representatives", "responsibilities"};
  std::set<std::size_t> low_bits;
  for (const auto& key : keys) {
    CHECK(string_hash(key) == string_hash(std::string(key)));
    low_bits.insert(string_hash(key) & 0x7fff);
  }
  CHECK(low_bits.size() == keys.size());
  // A token carries the hash of its key.
  for (const auto& token : parley::mentions::tokenize("The U.S. Secretary's visit")) CHECK(token.hash == string_hash(token.key));
}

TEST_CASE("KindedLists: a word's kind from the lexicon's key annotations, a list past the indexed ones included") {
  using parley::mentions::KindedLists;
  using parley::mentions::Lexicon;
  Lexicon lexicon;
  lexicon.add("heads.summit", "summit");  // list index 0
  lexicon.add("heads.call", "call");      // 1
  lexicon.add("heads.call", "phone call");
  lexicon.add("other", "talks");  // 2
  for (int i = 0; i < 134; ++i) lexicon.add("filler." + std::to_string(i), "word" + std::to_string(i));  // 3..136
  lexicon.add("heads.visit", "visit");  // 137: past kIndexedLists, no bit (looked up)
  const std::vector<const char*> kinds = {"summit", "call", "visit"};
  const KindedLists heads(lexicon, "heads.", kinds);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"phone", ""}, {"call", "call"}, {"summit", "summit"}, {"visit", "visit"}, {"talks", ""},
      {"word6", ""},
      {"word7", ""},  {"unlisted", ""}};
  std::string text;
  for (const auto& [word, kind] : expected) text += word + " ";
  auto tokens = parley::mentions::tokenize(text);
  const std::vector<parley::mentions::Token> unannotated = tokens.list();  // its keys view `tokens`
  lexicon.annotate(tokens);
  REQUIRE(tokens.size() == expected.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(expected[i].first);
    CHECK(std::string(heads.kind_of(tokens[i])) == expected[i].second);
    CHECK(std::string(heads.kind_of(unannotated[i])) == expected[i].second);
  }
}
