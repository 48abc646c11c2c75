// Unit tests of SharedString: copies share the text, and it compares and orders as its bytes do
// (support maps keyed by it must list documents in std::string order); a Stock's copies and a
// Releaser's releases keep the count right; SharedDocumentTexts makes a document's name and each
// sentence text once.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/shared_document_texts.hpp"
#include "parley/document.hpp"
#include "parley/shared_string.hpp"

using parley::SharedString;

TEST_CASE("a shared string holds its text, and copies share it") {
  const SharedString empty;
  CHECK(empty.empty());
  CHECK(empty.size() == 0);
  CHECK(empty.view().empty());
  CHECK(SharedString("").empty());

  const std::string text = "part-041/doc-000208.txt";  // longer than a std::string holds in place
  SharedString name(text);
  CHECK(name.view() == text);
  CHECK(name.size() == text.size());
  CHECK(name.str() == text);

  SharedString copy = name;
  CHECK(copy.data() == name.data());  // one block
  SharedString moved = std::move(copy);
  CHECK(moved.data() == name.data());
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from string is empty
  name = SharedString("other.txt");
  CHECK(moved == text);  // outlives the original's reassignment
  CHECK(name == "other.txt");
  moved = moved;  // NOLINT: self-assignment keeps the text
  CHECK(moved == text);

  std::ostringstream out;
  out << moved;
  CHECK(out.str() == text);
}

TEST_CASE("shared strings compare and order as their bytes") {
  struct Case {
    std::string_view a, b;
    int order;  // <0, 0, >0
  };
  const Case cases[] = {
      {"a.txt", "b.txt", -1}, {"b.txt", "a.txt", 1}, {"a", "a", 0},     {"", "a", -1},
      {"ab", "a", 1},         {"Z", "a", -1},         {"\xC3\xA9", "z", 1},  // bytes as unsigned
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    const SharedString a(c.a), b(c.b);
    const auto order = (a <=> b);
    CHECK((order < 0) == (c.order < 0));
    CHECK((order == 0) == (c.order == 0));
    CHECK((a == b) == (c.order == 0));
    CHECK((a < std::string(c.b)) == (std::string(c.a) < std::string(c.b)));
    CHECK((a == c.b) == (c.a == c.b));
  }
}

TEST_CASE("a map keyed by shared strings finds them by any text") {
  std::map<SharedString, long, std::less<>> support;
  support[std::string("b.txt")] = 2;
  support.emplace("a.txt", 1);
  const std::vector<std::string> keys = [&] {
    std::vector<std::string> out;
    for (const auto& [key, count] : support) out.push_back(key.str());
    return out;
  }();
  CHECK(keys == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(support.find(std::string_view("b.txt"))->second == 2);
  CHECK(support.find(std::string_view("c.txt")) == support.end());
}

TEST_CASE("a document's name and sentence texts are made once and shared") {
  parley::Document document;
  document.source = "briefings/2024-06-05-readout.txt";
  for (const char* text : {"The talks took place.", "", "They agreed."}) {
    parley::Sentence sentence;
    sentence.text = text;
    document.sentences.push_back(sentence);
  }
  parley::SharedDocumentTexts texts(document);
  CHECK(texts.source() == "briefings/2024-06-05-readout.txt");
  const SharedString first = texts.sentence(0);
  CHECK(first == "The talks took place.");
  CHECK(texts.sentence(0).data() == first.data());  // the same block, not a second copy
  CHECK(texts.sentence(1).empty());
  CHECK(texts.sentence(2) == "They agreed.");
}

TEST_CASE("a stock hands out copies of its text, counted in advance, and gives back the rest when it goes") {
  SharedString first, second;
  {
    SharedString::Stock stock("part-041/doc-000208.txt");
    CHECK(stock.view() == "part-041/doc-000208.txt");
    first = stock.copy();
    second = stock.copy();
    CHECK(first == "part-041/doc-000208.txt");
    CHECK(second.data() == first.data());  // one block
    CHECK(first.use_count() == 1 + SharedString::Stock::kBatch);  // the stock's own, and its batch
  }
  CHECK(first.use_count() == 2);  // the copies outlive the stock
  second = SharedString();
  CHECK(first.use_count() == 1);

  SharedString::Stock empty("");
  CHECK(empty.empty());
  CHECK(empty.copy().empty());
  CHECK(SharedString::Stock().copy().empty());
}

TEST_CASE("a stock counts another batch when it has handed out one") {
  std::vector<SharedString> copies;
  copies.reserve(SharedString::Stock::kBatch + 2);
  {
    SharedString::Stock stock("text");
    SharedString::Stock moved = std::move(stock);  // the batch goes with it
    CHECK(stock.empty());  // NOLINT(bugprone-use-after-move): a moved-from stock is empty
    for (std::size_t i = 0; i < SharedString::Stock::kBatch + 2; ++i) copies.push_back(moved.copy());
    CHECK(copies.back() == "text");
  }
  CHECK(copies.front().use_count() == copies.size());
  copies.resize(1);
  CHECK(copies.front().use_count() == 1);
}

TEST_CASE("a releaser gives back many strings' references, a text at a time, when it goes") {
  // More texts than it keeps pending at once, interleaved, so that some are given back early.
  std::vector<SharedString> originals;
  for (int i = 0; i < 40; ++i) originals.emplace_back("text " + std::to_string(i));
  std::vector<SharedString> copies;
  for (int round = 0; round < 3; ++round) {
    for (const SharedString& original : originals) copies.push_back(original);
  }
  {
    SharedString::Releaser releaser;
    for (SharedString& copy : copies) releaser.release(copy);
    for (const SharedString& copy : copies) CHECK(copy.empty());
    SharedString none;
    releaser.release(none);  // the empty string holds nothing to give back
    releaser.release(SharedString(originals.front()));
  }
  for (const SharedString& original : originals) CHECK(original.use_count() == 1);
}
