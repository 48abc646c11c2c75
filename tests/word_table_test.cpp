// Unit tests of WordTable, the text layer's flat word set and word map: a word is found by its
// bytes and length whatever its size (none, short, packed whole, or longer than the sixteen bytes
// a slot holds), words that share their first fifteen bytes stay apart, entries survive the
// table's growth, and iteration goes in the order added.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/word_table.hpp"

using parley::text::WordTable;

namespace {

// Words of every length from 0 to 40 bytes, some alike but for one byte.
std::vector<std::string> sample_words() {
  std::vector<std::string> words;
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string word;
    for (std::size_t i = 0; i < n; ++i) word.push_back(static_cast<char>('a' + i % 26));
    words.push_back(word);
    if (n > 0) {
      std::string last_changed = word;
      last_changed.back() = 'Z';
      words.push_back(last_changed);
    }
    if (n > 1) {  // (a word of one byte has no other first byte to change)
      std::string first_changed = word;
      first_changed.front() = 'Z';
      words.push_back(first_changed);
    }
  }
  return words;
}

}  // namespace

TEST_CASE("an empty table finds nothing") {
  const WordTable<void> set;
  CHECK(set.empty());
  CHECK(set.count("") == 0);
  CHECK(set.count("word") == 0);
  const WordTable<int> map;
  CHECK(map.find("word") == map.end());
}

TEST_CASE("a set finds the words added, of any length, and no others") {
  const std::vector<std::string> words = sample_words();
  // Half of them added (every other one), the rest asked about too.
  WordTable<void> set;
  for (std::size_t i = 0; i < words.size(); i += 2) set.insert(words[i]);
  for (std::size_t i = 0; i < words.size(); ++i) {
    CAPTURE(words[i]);
    CHECK(set.count(words[i]) == (i % 2 == 0 ? 1u : 0u));
  }
  CHECK(set.size() == (words.size() + 1) / 2);
}

TEST_CASE("words alike in their first fifteen bytes or in all but their length stay apart") {
  WordTable<int> map;
  const std::string long_word = "administrations";  // 15 bytes: held whole
  map[long_word] = 1;
  map[long_word + "s"] = 2;     // 16: compared whole beyond the slot
  map[long_word + "es"] = 3;
  map[long_word.substr(0, 14)] = 4;
  map["a"] = 5;
  map["aa"] = 6;
  CHECK(map.find(long_word)->second == 1);
  CHECK(map.find(long_word + "s")->second == 2);
  CHECK(map.find(long_word + "es")->second == 3);
  CHECK(map.find(long_word.substr(0, 14))->second == 4);
  CHECK(map.find("a")->second == 5);
  CHECK(map.find("aa")->second == 6);
  CHECK(map.find(long_word + "x") == map.end());
  CHECK(map.find("aaa") == map.end());
  // A view into a longer string is read to its own end only.
  const std::string text = "Maybe";
  map["May"] = 7;
  CHECK(map.find(std::string_view(text).substr(0, 3))->second == 7);
}

TEST_CASE("many long words alike in their first fifteen bytes are all found") {
  WordTable<int> map;
  const std::string prefix = "SENIOR ADMINISTRATION OFFICIAL ";
  for (int i = 0; i < 200; ++i) map[prefix + std::to_string(i)] = i;
  for (int i = 0; i < 200; ++i) CHECK(map.find(prefix + std::to_string(i))->second == i);
  CHECK(map.find(prefix + "200") == map.end());
  CHECK(map.find(prefix) == map.end());
}

TEST_CASE("a map keeps one entry a word, through growth, in the order added") {
  WordTable<int> map;
  for (int i = 0; i < 1000; ++i) map[std::to_string(i)] = i;
  map["7"] = 70;  // the same entry again
  CHECK(map.size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    const int expected = i == 7 ? 70 : i;
    CHECK(map.find(std::to_string(i))->second == expected);
  }
  int next = 0;
  for (const auto& [word, value] : map) CHECK(word == std::to_string(next++));
  for (auto& [word, value] : map) ++value;  // values change in place
  CHECK(map.find("999")->second == 1000);
}
