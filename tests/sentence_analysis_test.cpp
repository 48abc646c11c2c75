// The mention, token and hit lists' storage kept per thread (take_mention_list / keep_mention_list
// and the like), and sentences analysed together (analyse_sentences).
#include <doctest/doctest.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "extraction_fixture.hpp"
#include "mentions/sentence_analysis.hpp"

using parley::mentions::keep_mention_list;
using parley::mentions::Mention;
using parley::mentions::take_mention_list;

TEST_CASE("a mention list taken is empty with the room asked for, and a kept list's storage is taken again") {
  struct Case {
    std::size_t kept_room;  // the room of the list kept first (0: none kept)
    std::size_t room;       // the room then asked for
  };
  const std::vector<Case> cases = {{0, 4}, {8, 4}, {8, 8}, {4, 16}};
  for (const auto& c : cases) {
    CAPTURE(c.kept_room);
    CAPTURE(c.room);
    const Mention* kept_storage = nullptr;
    if (c.kept_room > 0) {
      std::vector<Mention> list = take_mention_list(c.kept_room);
      list.emplace_back().label = "a label long enough to be on the heap";
      kept_storage = list.data();
      keep_mention_list(list);
      CHECK(list.empty());
    }
    std::vector<Mention> taken = take_mention_list(c.room);
    CHECK(taken.empty());
    CHECK(taken.capacity() >= c.room);
    // The kept block itself when it has the room asked for.
    if (kept_storage && c.kept_room >= c.room) CHECK(taken.data() == kept_storage);
    keep_mention_list(taken);
  }
}

TEST_CASE("keeping a list that never had storage keeps nothing") {
  std::vector<Mention> none;
  keep_mention_list(none);
  const std::vector<Mention> taken = take_mention_list(2);
  CHECK(taken.capacity() >= 2);
}

TEST_CASE("a token list kept is taken again, and tokenises a new text in its storage") {
  using parley::mentions::keep_token_list;
  using parley::mentions::take_token_list;
  using parley::mentions::TokenList;
  const std::vector<std::string_view> texts = {"The Secretary met Jane Smith in Geneva.", "Talks resumed.", ""};
  for (const auto text : texts) {
    CAPTURE(text);
    TokenList first = take_token_list();
    parley::mentions::tokenize_into("A sentence of a few words, kept for the next text.", first);
    const auto* storage = first.begin();
    keep_token_list(first);
    TokenList again = take_token_list();
    CHECK(again.begin() == storage);
    parley::mentions::tokenize_into(text, again);
    const TokenList fresh = parley::mentions::tokenize(text);
    REQUIRE(again.size() == fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) CHECK(again[i].key == fresh[i].key);
    keep_token_list(again);
  }
}

TEST_CASE("hit lists kept are taken again empty, last kept first, and the keeper's list is left empty") {
  using parley::mentions::GazetteerHit;
  using parley::mentions::keep_hit_list;
  using parley::mentions::take_hit_list;
  struct Case {
    std::size_t earlier_room;  // room of the list kept first (0: no storage, nothing kept)
    std::size_t later_room;    // room of the list kept after it
  };
  const std::vector<Case> cases = {{0, 8}, {16, 4}, {4, 16}};
  for (const auto& c : cases) {
    CAPTURE(c.earlier_room);
    CAPTURE(c.later_room);
    std::vector<GazetteerHit> earlier;
    earlier.reserve(c.earlier_room);
    earlier.resize(c.earlier_room > 0 ? 1 : 0);
    keep_hit_list(earlier);
    CHECK(earlier.empty());
    CHECK(earlier.capacity() == 0);
    std::vector<GazetteerHit> later;
    later.reserve(c.later_room);
    later.resize(1);
    keep_hit_list(later);
    CHECK(later.capacity() == 0);
    for (const std::size_t room : {c.later_room, c.earlier_room}) {
      const std::vector<GazetteerHit> taken = take_hit_list();
      CHECK(taken.empty());
      CHECK(taken.capacity() == room);
    }
    CHECK(take_hit_list().capacity() == 0);  // every list kept was taken
  }
}

TEST_CASE("sentences analysed together find what each finds analysed alone") {
  const parley::testing::Fixture fixture;
  const parley::Document document = parley::testing::make_document(
      {"Ambassador Jane Roe met with Ambassador Ana Lima in Fredville.",
       "The second Freedonia-Sylvania Fisheries Dialogue opened.", "Talks resumed.",
       "We will expand the critical minerals agreement with Sylvania.", "She described the Minister's visit to Fredville."});
  const auto together = parley::mentions::analyse_sentences(fixture.state.context, document.sentences);
  REQUIRE(together.size() == document.sentences.size());
  std::size_t mentions = 0;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const auto& sentence = document.sentences[s];
    CAPTURE(sentence.text);
    const auto alone = parley::mentions::analyse_sentence(fixture.state.context, sentence.text, &sentence);
    CHECK(together[s].sentence == &sentence);
    CHECK(together[s].tokens.size() == alone.tokens.size());
    REQUIRE(together[s].mentions.size() == alone.mentions.size());
    for (std::size_t m = 0; m < alone.mentions.size(); ++m) {
      const Mention& a = together[s].mentions[m];
      const Mention& b = alone.mentions[m];
      CHECK(a.type == b.type);
      CHECK(a.kind == b.kind);
      CHECK(a.first == b.first);
      CHECK(a.last == b.last);
      CHECK(a.rule == b.rule);
      CHECK(a.label == b.label);
      CHECK(a.key() == b.key());
      CHECK(a.attributes == b.attributes);
    }
    mentions += alone.mentions.size();
  }
  CHECK(mentions >= document.sentences.size());  // the recognisers did find something
}
