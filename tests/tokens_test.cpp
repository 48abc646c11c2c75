// The tokeniser: where tokens start and end, and the keys look-ups use (lowercase, dots dropped),
// which view the token list's own folded copy of the text.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/string_hash.hpp"
#include "mentions/tokens.hpp"

namespace {

// "text=key|" for every token, so that a case reads as one string.
std::string described(const parley::mentions::TokenList& tokens) {
  std::string out;
  for (const auto& token : tokens) out += std::string(token.text) + "=" + std::string(token.key) + "|";
  return out;
}

}  // namespace

TEST_CASE("tokens keep initialisms whole and split possessives") {
  struct Case {
    const char* text;
    std::vector<std::string> tokens;
  };
  const std::vector<Case> cases = {
      {"U.S.-UK talks", {"U.S.", "-", "UK", "talks"}},
      {"Freedonia's envoy", {"Freedonia", "'s", "envoy"}},
      {"O'Brien won't go.", {"O'Brien", "won't", "go", "."}},
      {"Washington, D.C., in 2023", {"Washington", ",", "D.C.", ",", "in", "2023"}},
      {"$2,500 pledged", {"$", "2,500", "pledged"}},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    std::string texts, expected;
    for (const auto& token : parley::mentions::tokenize(c.text)) texts += std::string(token.text) + "|";
    for (const auto& token : c.tokens) expected += token + "|";
    CHECK(texts == expected);
  }
}

TEST_CASE("token keys are lowercase without the dots of initialisms and decimals") {
  struct Case {
    const char* text;
    const char* described;  // text=key| per token
  };
  const std::vector<Case> cases = {
      {"U.S.-UK talks", "U.S.=us|-=-|UK=uk|talks=talks|"},
      {"FREEDONIA'S Envoy", "FREEDONIA=freedonia|'S='s|Envoy=envoy|"},
      {"D.C. and 1.5 and 2,000", "D.C.=dc|and=and|1.5=15|and=and|2,000=2,000|"},
      {"Wait...", "Wait=wait|.=.|.=.|.=.|"},  // a dot alone keys as itself
      {"O'Brien", "O'Brien=o'brien|"},
      {"Caf\xC3\xA9 \xC3\x89TAT", "Caf\xC3\xA9=caf\xC3\xA9|\xC3\x89TAT=\xC3\x89tat|"},  // only ASCII letters are lowered
      {"  ", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto tokens = parley::mentions::tokenize(text);
    CHECK(described(tokens) == c.described);
    for (const auto& token : tokens) CHECK(token.hash == parley::string_hash(token.key));
  }
}

TEST_CASE("token keys stay valid when their list moves") {
  // A short text too: a folded copy held in place (a small string's buffer) would move with it.
  for (const std::string text : {"The U.S. Envoy met NATO's Secretary General in D.C. on Tuesday.", "U.S. Envoy"}) {
    CAPTURE(text);
    const std::string expected = described(parley::mentions::tokenize(text));
    std::vector<parley::mentions::TokenList> lists;
    for (int i = 0; i < 100; ++i) lists.push_back(parley::mentions::tokenize(text));  // the vector reallocates
    parley::mentions::TokenList moved = std::move(lists.front());
    lists.erase(lists.begin());
    CHECK(described(moved) == expected);
    for (const auto& list : lists) CHECK(described(list) == expected);
  }
}

TEST_CASE("every ASCII space separates tokens and marks the next one's space_before") {
  struct Case {
    const char* text;
    const char* spaced;  // per token: S when space_before, - when not
  };
  const std::vector<Case> cases = {
      {"a\tb\nc\rd\ve\ff g", "SSSSSSS"},
      {"a  b", "SS"},
      {"a,b. c", "S---S"},
      {"U.S. talks", "SS"},
      {"2,000 ;x", "SS-"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    std::string spaced;
    for (const auto& token : parley::mentions::tokenize(text)) spaced += token.space_before ? 'S' : '-';
    CHECK(spaced == c.spaced);
  }
}

TEST_CASE("capitalised means a first byte from A to Z or from 0x80") {
  const std::vector<std::pair<const char*, bool>> cases = {
      {"Envoy", true}, {"envoy", false}, {"\xC3\x89tat", true}, {"2023", false}, {"@", false}, {"Z", true}, {"[", false},
  };
  for (const auto& [text, capitalised] : cases) {
    CAPTURE(std::string(text));
    const auto tokens = parley::mentions::tokenize(text);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].capitalised() == capitalised);
  }
}

TEST_CASE("tokenize_into one list gives each text the tokens tokenize gives it") {
  // Longer and shorter texts in turn, so that the list's storage is both reused and outgrown; a
  // dotted key and hashes, which live in and are read from that storage, in each.
  const std::vector<std::string> texts = {
      "The U.S. Secretary of State met Freedonia's envoy in Washington, D.C.",
      "U.K.",
      "",
      "$2,500 pledged",
      "The second round of the U.S.-UK Strategic Dialogue, held in London on 3 May, ended with a joint statement.",
      "O'Brien",
  };
  parley::mentions::TokenList reused;
  for (const auto& text : texts) {
    CAPTURE(text);
    parley::mentions::tokenize_into(text, reused);
    const auto fresh = parley::mentions::tokenize(text);
    CHECK(described(reused) == described(fresh));
    REQUIRE(reused.size() == fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) CHECK(reused[i].hash == fresh[i].hash);
    CHECK(reused.lowered() == fresh.lowered());
  }
  // A list moved from has no storage left, and takes a text all the same.
  parley::mentions::TokenList taken = std::move(reused);
  parley::mentions::tokenize_into("Ministers met in Paris.", reused);  // NOLINT(bugprone-use-after-move): reuse is the point
  CHECK(described(reused) == "Ministers=ministers|met=met|in=in|Paris=paris|.=.|");
  CHECK(taken.size() == 1);
}

TEST_CASE("offsets past 64 KB are exact (tokens hold them in 32 bits)") {
  // 70 000 words of "ab " then "U.S." and "Russia's": offsets above 2^16, which a narrower
  // field would have wrapped.
  std::string text;
  for (int i = 0; i < 70000; ++i) text += "ab ";
  const std::size_t tail = text.size();
  text += "U.S. Russia's";
  const auto tokens = parley::mentions::tokenize(text);
  REQUIRE(tokens.size() == 70003u);
  CHECK(tokens[70000].begin == tail);
  CHECK(tokens[70000].end == tail + 4);
  CHECK(tokens[70000].key == "us");
  CHECK(tokens[70001].begin == tail + 5);
  CHECK(tokens[70002].text == "'s");
  CHECK(tokens[70002].end == text.size());
  CHECK(parley::mentions::kMaxTokenizedBytes == 0xffffffffu);
}

TEST_CASE("more tokens than the list first makes room for keep their keys (the block grows)") {
  // The list makes room for one token per five bytes; punctuation is a token per byte, so these
  // texts outgrow it, once or several times, with dotted keys written before and after.
  const std::vector<std::string> texts = {
      "U.S.!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!D.C.",
      "a,b;c:d!e?f(g)h[i]j{k}l-m+n=o/p\\q|r@s#t%u^v&w*x<y>z U.K.",
      "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
  };
  for (const auto& text : texts) {
    CAPTURE(text);
    const auto tokens = parley::mentions::tokenize(text);
    REQUIRE(tokens.size() > text.size() / 5 + 4);
    std::string written;
    for (const auto& token : tokens) {
      written += token.text;
      // Every key still views the list's folded text: its bytes and hash are the token's.
      std::string expected;
      for (const char c : token.text) {
        if (c != '.' || token.text.find_first_not_of('.') == std::string_view::npos) {
          expected += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
      }
      CHECK(token.key == expected);
      CHECK(token.hash == parley::string_hash(token.key));
    }
    CHECK(tokens.lowered().size() == tokens.back().end);
    // Reused for a shorter text after growing, and again for the longer one.
    parley::mentions::TokenList reused;
    parley::mentions::tokenize_into(text, reused);
    parley::mentions::tokenize_into("The U.N. met.", reused);
    CHECK(described(reused) == "The=the|U.N.=un|met=met|.=.|");
    parley::mentions::tokenize_into(text, reused);
    CHECK(described(reused) == described(tokens));
  }
}
