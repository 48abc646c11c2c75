// Word lists over annotated tokens: contains() and match() by the tokens' annotations, and the
// groups of lists (ListGroup) that turn a token away for all their lists at once, which must
// never turn away a token one of their lists would have matched.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "mentions/lexicon.hpp"
#include "mentions/tokens.hpp"

namespace {

using parley::mentions::Lexicon;
using parley::mentions::ListGroup;
using parley::mentions::TokenList;
using parley::mentions::tokenize;
using parley::mentions::tokenize_into;
using parley::mentions::WordList;

}  // namespace

TEST_CASE("annotated tokens answer contains and match as the lists say") {
  Lexicon lexicon;
  lexicon.add("verbs", "met with");
  lexicon.add("verbs", "visited");
  lexicon.add("markers", "will");
  const WordList& verbs = lexicon.list("verbs");
  const WordList& markers = lexicon.list("markers");
  TokenList tokens = tokenize("She met with them and will have visited Example City");
  lexicon.annotate(tokens);
  CHECK(verbs.match(tokens, 1) == 2);       // "met with"
  CHECK(verbs.match(tokens, 2) == 0);       // "with" starts no entry
  CHECK_FALSE(verbs.contains(tokens[1]));   // "met" alone is no entry
  CHECK(verbs.contains(tokens[7]));         // "visited"
  CHECK(markers.contains(tokens[5]));       // "will"
  CHECK_FALSE(markers.contains(tokens[6]));
  CHECK(lexicon.list("no such list").empty());
}

TEST_CASE("a list group turns a token away only when none of its lists starts an entry with it") {
  // More lists than bits (kIndexedLists), so that some are looked up rather than annotated;
  // words drawn from a small vocabulary, so that lists share words.
  std::mt19937 random(20261124);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 300; ++i) vocabulary.push_back("w" + std::to_string(i));
  auto word = [&] { return vocabulary[random() % vocabulary.size()]; };
  Lexicon lexicon;
  constexpr int kLists = 200;
  for (int list = 0; list < kLists; ++list) {
    const std::string name = "list" + std::to_string(list);
    for (int entry = 0; entry < 6; ++entry) {
      std::string phrase = word();
      if (random() % 3 == 0) phrase += " " + word();  // a phrase of two words
      lexicon.add(name, phrase);
    }
  }
  std::string text;
  for (int i = 0; i < 2000; ++i) text += (i ? " " : "") + word();
  TokenList tokens = tokenize(text);
  lexicon.annotate(tokens);

  std::size_t turned_away = 0;
  std::size_t indexed_trials = 0;  // groups whose lists all have a bit, which may turn words away
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<const WordList*> members;
    for (int k = 0; k < 3; ++k) members.push_back(&lexicon.list("list" + std::to_string(random() % kLists)));
    if (std::all_of(members.begin(), members.end(), [](const WordList* list) { return list->annotation_index() < parley::mentions::kIndexedLists; })) {
      ++indexed_trials;
    }
    const ListGroup group({members[0], members[1], members[2]});
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (group.may_start(tokens[i])) continue;
      ++turned_away;
      for (const WordList* list : members) {
        CAPTURE(trial);
        CAPTURE(i);
        CHECK_FALSE(list->contains(tokens[i]));
        CHECK(list->match(tokens, i) == 0);
      }
    }
  }
  // The group is worth asking: it turns most words away (three lists of six entries each hold
  // a few dozen of the 300 words).
  CHECK(indexed_trials > 5u);
  CHECK(turned_away > indexed_trials * tokens.size() / 2);
}

TEST_CASE("a list past the indexed ones is looked up, and answers as an indexed one") {
  Lexicon lexicon;
  const std::size_t count = parley::mentions::kIndexedLists + 2;
  for (std::size_t list = 0; list < count; ++list) lexicon.add("list" + std::to_string(list), "w" + std::to_string(list));
  const WordList& last = lexicon.list("list" + std::to_string(count - 1));
  const WordList& first = lexicon.list("list0");
  CHECK(first.annotation_index() == 0u);
  CHECK(last.annotation_index() == parley::mentions::kIndexedLists);  // no bit
  TokenList tokens = tokenize("w0 w" + std::to_string(count - 1));
  lexicon.annotate(tokens);
  CHECK(first.contains(tokens[0]));
  CHECK_FALSE(first.contains(tokens[1]));
  CHECK(last.contains(tokens[1]));
  CHECK_FALSE(last.contains(tokens[0]));
  CHECK(last.match(tokens, 1) == 1u);
  const ListGroup group({&last});
  CHECK(group.may_start(tokens[0]));  // a list without a bit: the group cannot turn words away
  CHECK(group.may_start_any(lexicon.annotate(tokens)));
}

TEST_CASE("a list group turns away the words of a list past the indexed ones") {
  // Lists are indexed in the order they are first added: list 128 has no bit.
  Lexicon lexicon;
  for (int list = 0; list <= 128; ++list) lexicon.add("list" + std::to_string(list), "w" + std::to_string(list));
  lexicon.add("list0", "opening words");
  const ListGroup group({&lexicon.list("list0")});
  TokenList tokens = tokenize("w128 w0 opening w1 words");
  lexicon.annotate(tokens);
  const struct {
    std::size_t token;
    bool may_start;
  } cases[] = {
      {0, false},  // only list 128 holds it, which is looked up
      {1, true},   // a one-word entry of list 0
      {2, true},   // the first word of a phrase of list 0
      {3, false},  // list 1: another bit
      {4, false},  // inside a phrase of list 0, starting none
  };
  for (const auto& test : cases) {
    CAPTURE(test.token);
    CHECK(group.may_start(tokens[test.token]) == test.may_start);
  }
}

TEST_CASE("a list group answers 'may' for a token that was not annotated") {
  Lexicon lexicon;
  lexicon.add("markers", "will");
  const ListGroup group({&lexicon.list("markers")});
  const TokenList plain = tokenize("nothing here");  // no annotate(): the lists are unknown
  CHECK(group.may_start(plain[0]));
}

TEST_CASE("position counts every entry as written, and keeps a repeated word's first place") {
  Lexicon lexicon;
  for (const char* phrase : {"first", "second", "one more", "third", "second", "fourth"}) lexicon.add("ordinals", phrase);
  const WordList& ordinals = lexicon.list("ordinals");
  const TokenList tokens = tokenize("Third second fourth first one more fifth");
  CHECK(ordinals.position(tokens[0]) == 4);  // "Third": after a two-word entry, which counts
  CHECK(ordinals.position(tokens[1]) == 2);  // "second", not its repetition at 5
  CHECK(ordinals.position(tokens[2]) == 6);
  CHECK(ordinals.position(tokens[3]) == 1);
  CHECK(ordinals.position(tokens[4]) == 0);  // "one" alone is no entry
  CHECK(ordinals.position(tokens[6]) == 0);
}

TEST_CASE("word lists find their words and phrases without annotations too") {
  Lexicon lexicon;
  for (const char* phrase : {"met with", "met", "met with the", "visited", "U.S. officials"}) lexicon.add("verbs", phrase);
  const WordList& verbs = lexicon.list("verbs");
  const TokenList tokens = tokenize("They met with the U.S. officials and visited");  // not annotated
  CHECK(verbs.match(tokens, 1) == 3);  // the longest entry first
  CHECK(verbs.contains(tokens[1]));
  CHECK_FALSE(verbs.contains(tokens[2]));
  CHECK(verbs.match(tokens, 4) == 2);  // "us officials"
  CHECK(verbs.match_ending(tokens, 4) == 3);  // "met with the" ends at "the"
  CHECK(verbs.contains("visited"));
  CHECK_FALSE(verbs.contains("visit"));
}

TEST_CASE("annotated tokens match the same entries as tokens looked up word by word") {
  // One- and two-word entries sharing first words, so that match() answers some tokens from
  // their annotation alone and looks the others up.
  std::mt19937 random(20261125);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 40; ++i) vocabulary.push_back("w" + std::to_string(i));
  auto word = [&] { return vocabulary[random() % vocabulary.size()]; };
  Lexicon lexicon;
  constexpr int kLists = 20;
  for (int list = 0; list < kLists; ++list) {
    for (int entry = 0; entry < 8; ++entry) {
      std::string phrase = word();
      if (random() % 2 == 0) phrase += " " + word();
      lexicon.add("list" + std::to_string(list), phrase);
    }
  }
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i ? " " : "") + word();
  TokenList annotated = tokenize(text);
  lexicon.annotate(annotated);
  const TokenList plain = tokenize(text);
  for (int list = 0; list < kLists; ++list) {
    const WordList& words = lexicon.list("list" + std::to_string(list));
    for (std::size_t i = 0; i < plain.size(); ++i) {
      CAPTURE(list);
      CAPTURE(i);
      CHECK(words.match(annotated, i) == words.match(plain, i));
      CHECK(words.match_ending(annotated, i + 1) == words.match_ending(plain, i + 1));
      CHECK(words.contains(annotated[i]) == words.contains(plain[i]));
    }
  }
}

TEST_CASE("a list group skips a sentence only when it may start at none of its tokens") {
  Lexicon lexicon;
  lexicon.add("verbs", "met with");
  lexicon.add("verbs", "visited");
  lexicon.add("nouns", "summit");
  const ListGroup verbs({&lexicon.list("verbs")});
  const ListGroup nouns({&lexicon.list("nouns")});
  struct Case {
    const char* sentence;
    bool verbs_may_start;
    bool nouns_may_start;
  };
  const Case cases[] = {
      {"They met with the envoy", true, false},
      {"The summit was visited", true, true},
      {"Nothing of note", false, false},
      {"A summit", false, true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    TokenList tokens = tokenize(c.sentence);
    const parley::mentions::ListSet firsts = lexicon.annotate(tokens);
    CHECK(verbs.may_start_any(firsts) == c.verbs_may_start);
    CHECK(nouns.may_start_any(firsts) == c.nouns_may_start);
    for (const auto& token : tokens) {
      if (!verbs.may_start_any(firsts)) CHECK_FALSE(verbs.may_start(token));
      if (!nouns.may_start_any(firsts)) CHECK_FALSE(nouns.may_start(token));
    }
  }
  CHECK(verbs.may_start_any(parley::mentions::ListSet().set()));  // tokens not annotated: may
}

TEST_CASE("entries added to an earlier first word's bucket, in any order, keep every later bucket reachable") {
  // The entries sit flat, bucket by bucket, longest first: an entry added to an early bucket
  // moves the buckets after it, which must still be found by their first words.
  Lexicon lexicon;
  for (const char* phrase : {"talks", "peace", "peace talks", "talks on", "peace deal", "peace talks",  // a repeat
                             "vienna", "talks on trade", "peace talks resumed", "ceasefire deal"}) {
    lexicon.add("phrases", phrase);
  }
  const WordList& phrases = lexicon.list("phrases");
  struct Case {
    const char* text;
    std::size_t at;
    std::size_t match;         // match(tokens, at)
    std::size_t match_ending;  // match_ending(tokens, size)
  };
  const std::vector<Case> cases = {
      {"peace talks resumed", 0, 3, 3}, {"peace talks", 0, 2, 2},   {"peace deal", 0, 2, 2},
      {"peace", 0, 1, 1},               {"peace plan", 0, 1, 0},    {"talks on trade", 0, 3, 3},
      {"talks on", 0, 2, 2},            {"talks", 0, 1, 1},         {"in vienna", 1, 1, 1},
      {"ceasefire deal", 0, 2, 2},      {"ceasefire", 0, 0, 0},     {"trade talks", 1, 1, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const TokenList tokens = tokenize(c.text);
    CHECK(phrases.match(tokens, c.at) == c.match);
    CHECK(phrases.match_ending(tokens, tokens.size()) == c.match_ending);
  }
}

TEST_CASE("annotate marks each token with what its lists say of the marked lists") {
  Lexicon lexicon;
  lexicon.add("verbs", "met with");
  lexicon.add("verbs", "visited");
  lexicon.add("leads", "led by");
  lexicon.add("we", "we");
  lexicon.add("we", "us");
  lexicon.add("we", "our own");  // "our" starts an entry, is none: a "may"
  for (int i = 0; i < 130; ++i) lexicon.add("filler" + std::to_string(i), "filler");  // lists past the indexed bits
  lexicon.add("unindexed", "talks");
  const WordList& verbs = lexicon.list("verbs");
  const WordList& leads = lexicon.list("leads");
  const WordList& unindexed = lexicon.list("unindexed");
  const WordList& we = lexicon.list("we");
  REQUIRE(unindexed.annotation_index() == parley::mentions::kIndexedLists);
  TokenList unmarked = tokenize("We met with them");
  lexicon.annotate(unmarked);
  CHECK(unmarked.marks() == nullptr);  // nothing marked yet: no marks

  lexicon.mark_lists({&verbs, &leads, &unindexed}, we);
  // Long enough that the token room grows while tokenising: the marks are placed anew.
  std::string text = "We met with us, led by them, and visited the talks of U.S. envoys and our own";
  for (int i = 0; i < 20; ++i) text += " and we visited them led by U.S. talks";
  TokenList tokens = tokenize(text);
  CHECK(tokens.marks() == nullptr);  // not annotated yet
  lexicon.annotate(tokens);
  REQUIRE(tokens.marks() != nullptr);
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const parley::mentions::Token& token = tokens[t];
    CAPTURE(token.text);
    CAPTURE(t);
    std::uint32_t expected = 0b100;  // the unindexed list may start anywhere
    // Where the key starts a longer entry, it is marked only if the next key may go on with it.
    const parley::mentions::ListSet& may_start = token.phrase_may_start ? token.lists->firsts : token.lists->words;
    if (may_start[verbs.annotation_index()]) expected |= 0b001;
    if (may_start[leads.annotation_index()]) expected |= 0b010;
    if (may_start[we.annotation_index()]) expected |= Lexicon::kMarkedWord;  // starts one: may be one
    CHECK(tokens.marks()[t] == expected);
  }
  CHECK((tokens.marks()[1] & 0b001) != 0);                 // "met" starts "met with"
  CHECK((tokens.marks()[2] & 0b011) == 0);                 // "with" starts neither list
  CHECK((tokens.marks()[0] & Lexicon::kMarkedWord) != 0);  // "We"
  CHECK((tokens.marks()[4] & Lexicon::kMarkedWord) == 0);  // ","

  TokenList moved = std::move(tokens);  // moves keep the marks
  CHECK(moved.marks()[1] == (0b101u));
  tokenize_into("led by", moved);       // a new text drops them
  CHECK(moved.marks() == nullptr);
}

TEST_CASE("annotate says where a multi-word entry may start, from the next token's key") {
  Lexicon lexicon;
  lexicon.add("they", "they");
  lexicon.add("they", "the two sides");
  lexicon.add("they", "both sides");
  lexicon.add("phrases", "in order to");
  lexicon.add("words", "the");  // a one-word entry of another list, with the same first key
  const WordList& they = lexicon.list("they");
  const WordList& words = lexicon.list("words");
  struct Case {
    const char* text;
    std::size_t at;
    bool phrase_may_start;
    std::size_t they_match;
  };
  const std::vector<Case> cases = {
      {"the two sides met", 0, true, 3},  {"the talks began", 0, false, 0}, {"both sides agreed", 0, true, 2},
      {"both agreed", 0, false, 0},       {"they met", 0, false, 1},        {"in order to", 0, true, 0},
      {"in Vienna", 0, false, 0},         {"talks in", 1, false, 0},        {"met the", 1, false, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    TokenList tokens = tokenize(c.text);
    const parley::mentions::ListSet firsts = lexicon.annotate(tokens);
    CHECK(tokens[c.at].phrase_may_start == c.phrase_may_start);
    CHECK(they.match(tokens, c.at) == c.they_match);
    // The same answer without the annotation (looked up word by word).
    const TokenList plain = tokenize(c.text);
    CHECK(they.match(plain, c.at) == c.they_match);
    // A token that starts no entry it may go on with leaves its lists out of the union.
    if (c.they_match == 0 && std::string_view(c.text).find("they") == std::string_view::npos)
      CHECK_FALSE(firsts[they.annotation_index()]);
  }
  // "the" alone is still a word of the other list.
  TokenList tokens = tokenize("the talks");
  lexicon.annotate(tokens);
  CHECK(words.match(tokens, 0) == 1);
}

TEST_CASE("phrase pairs hold every pair added") {
  parley::mentions::PhrasePairs pairs;
  std::size_t held_others = 0;
  for (std::size_t i = 0; i < 200; ++i) pairs.add(parley::string_hash("first" + std::to_string(i)), parley::string_hash("second" + std::to_string(i)));
  for (std::size_t i = 0; i < 200; ++i) {
    CHECK(pairs.may_hold(parley::string_hash("first" + std::to_string(i)), parley::string_hash("second" + std::to_string(i))));
    held_others += pairs.may_hold(parley::string_hash("first" + std::to_string(i)), parley::string_hash("other" + std::to_string(i)));
  }
  CHECK(held_others < 40);  // a few percent of the bits are set: few others pass
}
