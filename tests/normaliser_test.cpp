// Normalisation: each replacement, and the exact map back to offsets in the text as read.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "text/lines.hpp"
#include "text/normaliser.hpp"

using parley::text::normalise;
using parley::text::normalise_string;

TEST_CASE("normaliser: replacements") {
  struct Case {
    std::string name;
    std::string input;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"curly single quotes", "\xE2\x80\x98it\xE2\x80\x99s\xE2\x80\x99", "'it's'"},
      {"curly double quotes", "\xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x9Eja\xE2\x80\x9F", "\"yes\" \"ja\""},
      {"guillemets", "\xC2\xAB" "oui" "\xC2\xBB", "\"oui\""},
      {"en and em dash", "2020\xE2\x80\x93" "21 \xE2\x80\x94 end", "2020-21 - end"},
      {"non-breaking hyphen and minus", "full\xE2\x80\x91scale \xE2\x88\x92" "5", "full-scale -5"},
      {"no-break space", "on\xC2\xA0" "China", "on China"},
      {"narrow and thin spaces", "10\xE2\x80\xAF" "km\xE2\x80\x89" "away", "10 km away"},
      {"zero-width and soft hyphen removed", "co\xC2\xAD" "operate\xE2\x80\x8B", "cooperate"},
      {"BOM inside text removed", "a\xEF\xBB\xBF" "b", "ab"},
      {"ellipsis", "wait\xE2\x80\xA6", "wait..."},
      {"markdown escapes", "\\[senior official\\] said \\_x\\_ \\*y\\* \\#1", "[senior official] said _x_ *y* #1"},
      {"escaped backslash", "a \\\\[b", "a \\[b"},
      {"backslash before a letter stays", "C:\\temp", "C:\\temp"},
      {"whitespace collapsed and trimmed", "  a \t b\r\n\r\nc  ", "a b c"},
      {"NFC composes", "Ole\xCC\x81 Caf\xC3\xA9", "Ol\xC3\xA9 Caf\xC3\xA9"},
      {"NFC after a replaced quote", "\xE2\x80\x9C" "e\xCC\x81" "\xE2\x80\x9D", "\"\xC3\xA9\""},
      {"NFC composes Hangul jamo", "\xE1\x84\x80\xE1\x85\xA1 and \xC3\xA9", "\xEA\xB0\x80 and \xC3\xA9"},
      {"NFC: a mark after a Latin-1 letter", "Cafe\xCC\x81 \xC3\xA5\xCC\x81", "Caf\xC3\xA9 \xC7\xBB"},
      {"no NFC change below U+0300", "\xE2\x80\x9C\xC3\xA9t\xC3\xA9\xE2\x80\x9D \xC2\xBF", "\"\xC3\xA9t\xC3\xA9\" \xC2\xBF"},
      {"control characters dropped", "a\x01" "b", "ab"},
      {"only spaces", " \xC2\xA0 ", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(normalise_string(c.input) == c.expected);
  }
}

TEST_CASE("normaliser: offsets map back to the text as read") {
  const std::string original = "Say \xE2\x80\x9Chi\xE2\x80\x9D  to \\[Ole\xCC\x81\\] \xE2\x80\x94 now";
  const std::size_t base = 100;  // the stretch starts at byte 100 of its document
  const auto normalised = normalise(original, base);
  REQUIRE(normalised.text == "Say \"hi\" to [Ol\xC3\xA9] - now");
  struct Case {
    std::string piece;  // a piece of the normalised text, found by search
    std::string as_read;
  };
  const std::vector<Case> cases = {
      {"Say", "Say"},
      {"\"hi\"", "\xE2\x80\x9Chi\xE2\x80\x9D"},
      {"hi", "hi"},
      {"to", "to"},
      {"[Ol\xC3\xA9]", "\\[Ole\xCC\x81\\]"},
      {"- now", "\xE2\x80\x94 now"},
      {"\" to [", "\xE2\x80\x9D  to \\["},
  };
  for (const auto& c : cases) {
    CAPTURE(c.piece);
    const std::size_t at = normalised.text.find(c.piece);
    REQUIRE(at != std::string::npos);
    const std::size_t begin = normalised.to_original(at) - base;
    const std::size_t end = normalised.to_original(at + c.piece.size()) - base;
    CHECK(original.substr(begin, end - begin) == c.as_read);
    // The round trip: the bytes at the range normalise to the piece.
    CHECK(normalise_string(original.substr(begin, end - begin)) == c.piece);
    // A slice's map is relative to the slice.
    const parley::OffsetMap slice = normalised.slice(at, at + c.piece.size());
    CHECK(slice.to_original(0) == begin + base);
    CHECK(slice.to_original(c.piece.size()) == end + base);
  }
}

TEST_CASE("normaliser: plain ASCII maps one to one with one break point") {
  const auto normalised = normalise("plain text", 7);
  CHECK(normalised.text == "plain text");
  CHECK(normalised.points.size() == 1);
  for (std::size_t i = 0; i <= normalised.text.size(); ++i) CHECK(normalised.to_original(i) == i + 7);
}

TEST_CASE("normaliser: runs of plain ASCII read whole, wherever they break") {
  // Plain runs (single spaces inside) are read sixteen bytes at a time: texts of words, single
  // and double spaces, tabs, line feeds and markdown escapes, so that every kind of break falls
  // in every lane. Held to a plain model of the result; each byte kept maps back to itself.
  const std::vector<std::string> pieces = {"a", "talks", "Minister", "2031", "e.g.", "(UN)", "x-y", " ", " ", "  ",
                                           "\t", "\n", "\\*", "abcdefghijklmnopq"};
  auto model = [](const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      if (c == '\\') ++i;  // "\\*" stands for "*"
      out += text[i];
    }
    return out;
  };
  std::mt19937 random(20261124);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t count = 1 + random() % 40;
    for (std::size_t k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    CAPTURE(text);
    const auto normalised = normalise(text, 3);
    REQUIRE(normalised.text == model(text));
    for (std::size_t i = 0; i < normalised.text.size(); ++i) {
      const std::size_t original = normalised.to_original(i) - 3;
      REQUIRE(original < text.size());
      if (normalised.text[i] != ' ' && normalised.text[i] != '*') CHECK(text[original] == normalised.text[i]);
    }
  }
}

TEST_CASE("normaliser: hard-wrapped lines join one to one, other breaks as before") {
  struct Case {
    std::string original;
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> expected;  // normalised -> original, base 3
  };
  const std::vector<Case> cases = {
      {"wrapped\nprose, two\nlines", "wrapped prose, two lines", {{0, 3}, {7, 10}, {8, 11}, {24, 27}}},
      {"space \nthen break", "space then break", {{5, 8}, {6, 10}, {16, 20}}},
      {"two\n\nbreaks", "two breaks", {{3, 6}, {4, 8}, {10, 14}}},
      {"\nleading", "leading", {{0, 4}, {7, 11}}},
      {"caf\xC3\xA9\nau lait", "caf\xC3\xA9 au lait", {{5, 8}, {6, 9}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.original);
    const auto normalised = normalise(c.original, 3);
    CHECK(normalised.text == c.text);
    for (auto [at, original] : c.expected) {
      CAPTURE(at);
      CHECK(normalised.to_original(at) == original);
    }
  }
}

TEST_CASE("OffsetMap: break points") {
  parley::OffsetMap map;
  CHECK(map.empty());
  CHECK(map.to_original(5) == 5);
  map.add(0, 10);
  map.add(3, 13);  // on the line: adds nothing
  map.add(4, 16);  // three bytes became one
  map.add(9, 30);
  struct Case {
    std::size_t normalised, original;
  };
  for (const auto& c : std::vector<Case>{{0, 10}, {2, 12}, {3, 13}, {4, 16}, {6, 18}, {9, 30}, {12, 33}}) {
    CAPTURE(c.normalised);
    CHECK(map.to_original(c.normalised) == c.original);
  }
}

TEST_CASE("OffsetMap: the first point, held in place, and shifts") {
  struct Case {
    std::vector<std::pair<std::size_t, std::size_t>> points;  // added in order
    std::size_t shift;
    std::vector<std::pair<std::size_t, std::size_t>> expected;  // normalised -> original
  };
  const std::vector<Case> cases = {
      {{}, 0, {{0, 0}, {7, 7}}},
      {{}, 5, {{0, 5}, {7, 12}}},                               // a shift of an empty map is a point
      {{{0, 10}}, 0, {{0, 10}, {4, 14}}},
      {{{2, 10}}, 0, {{0, 10}, {1, 10}, {2, 10}, {5, 13}}},     // before the first point: where it stands
      {{{0, 10}, {0, 20}}, 0, {{0, 20}, {3, 23}}},              // the later point at the same offset wins
      {{{0, 10}, {3, 13}, {8, 13}}, 0, {{2, 12}, {8, 13}, {9, 14}}},
      {{{0, 10}, {4, 16}, {4, 18}}, 3, {{3, 16}, {4, 21}, {6, 23}}},
  };
  for (const auto& c : cases) {
    parley::OffsetMap map;
    for (auto [normalised, original] : c.points) map.add(normalised, original);
    if (c.shift) map.shift_original(c.shift);
    CHECK(map.empty() == (c.points.empty() && c.shift == 0));
    for (auto [normalised, original] : c.expected) {
      CAPTURE(normalised);
      CHECK(map.to_original(normalised) == original);
    }
  }
}

TEST_CASE("normaliser: text that is its own normalised form") {
  using parley::text::is_normalised_ascii;
  struct Case {
    std::string text;
    bool normal;
  };
  const std::vector<Case> cases = {
      {"Plain words, and punctuation!", true}, {"", false}, {" leading", false}, {"trailing ", false},
      {"two  spaces in a longer line", false}, {"a tab\there and there", false}, {"an escape \\_ here", false},
      {"caf\xC3\xA9 au lait, s'il vous plait", false}, {"delete \x7F here, in a long line", false},
      {"12345678  9", false}, {"1234567  89", false}, {"1234567 8 9", true}, {"x", true},
      // Double spaces either side of the first block's edge, and a long plain text.
      {"0123456789abcde  fghijklmnopqrstu", false}, {"0123456789abcdef  ghijklmnopqrstu", false},
      {"0123456789abcdefghijklmnopqrstuvwxyz0123456789 abcdefghijklmnop qrstuvwxyz.", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(is_normalised_ascii(c.text) == c.normal);
  }
  // The last bytes are read as a block of their own (padded when the text is short, overlapping
  // the one before when not): an odd byte or a double space at every place of every length.
  for (std::size_t n = 1; n <= 48; ++n) {
    const std::string plain(n, 'w');
    CHECK(is_normalised_ascii(plain));
    for (std::size_t at = 0; at < n; ++at) {
      CAPTURE(n);
      CAPTURE(at);
      for (char odd : {'\\', '\x7F', '\n', '\xC3'}) {
        std::string text = plain;
        text[at] = odd;
        CHECK_FALSE(is_normalised_ascii(text));
      }
      if (at > 0 && at + 2 < n) {
        std::string text = plain;
        text[at] = text[at + 1] = ' ';
        CHECK_FALSE(is_normalised_ascii(text));
        text[at + 1] = 'w';
        CHECK(is_normalised_ascii(text));
      }
    }
  }
  // Sixteen bytes are tested at a time: every odd byte at every place, and random text, against
  // the byte-by-byte rule and against normalise itself. Half the rounds are mostly plain text,
  // so that texts of several blocks pass as well as fail.
  std::mt19937 random(2031);
  const std::string common = "ab \\\t~\x7F\x1F\x80\xC3";
  for (int round = 0; round < 40000; ++round) {
    const bool mostly_plain = round % 2 == 1;
    std::string text(random() % (mostly_plain ? 56 : 24), 'x');
    for (char& c : text) {
      if (mostly_plain) {
        c = random() % 48 == 0 ? common[random() % common.size()] : "abc d"[random() % 5];
      } else {
        c = random() % 4 == 0 ? common[random() % common.size()] : static_cast<char>(random() % 256);
      }
    }
    bool expected = !text.empty() && text.front() != ' ' && text.back() != ' ';
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c < ' ' || c > '~' || c == '\\' || (c == ' ' && i > 0 && text[i - 1] == ' ')) expected = false;
    }
    CAPTURE(text);
    REQUIRE(is_normalised_ascii(text) == expected);
    // The same pass counts the words of such a text, as count_words does.
    REQUIRE(parley::text::normalised_ascii_words(text) == (expected ? parley::text::count_words(text) : 0));
    if (expected) {
      // normalise takes such a text as it is; the long way round (a trailing tab makes it take
      // that way) must give the same text and break points.
      const auto fast = normalise(text, 7);
      const auto slow = normalise(text + "\t", 7);
      CHECK(fast.text == text);
      CHECK(slow.text == text);
      CHECK(fast.points == slow.points);
    }
  }
}

TEST_CASE("normaliser: lines known to be normalised, joined, are what normalise makes of them") {
  using parley::text::join_normalised_lines;
  std::mt19937 random(2032);
  parley::text::NormalisedText kept;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int lines = 1 + static_cast<int>(random() % 4);
    for (int line = 0; line < lines; ++line) {
      if (line > 0) text += '\n';
      std::string words;
      const int count = 1 + static_cast<int>(random() % 12);
      for (int word = 0; word < count; ++word) {
        if (word > 0) words += ' ';
        words += std::string(1 + random() % 9, "abcXYZ.,'-"[random() % 10]);
      }
      REQUIRE(parley::text::is_normalised_ascii(words));
      text += words;
    }
    CAPTURE(text);
    const auto joined = join_normalised_lines(text, 11);
    const auto normalised = normalise(text, 11);
    CHECK(joined.text == normalised.text);
    CHECK(joined.points == normalised.points);
    CHECK(joined.printable_ascii == normalised.printable_ascii);
    // Into a kept text, after paragraphs longer and shorter, with more break points: the same.
    join_normalised_lines(text, 11, kept);
    CHECK(kept.text == normalised.text);
    CHECK(kept.points == normalised.points);
    CHECK(kept.printable_ascii);
    kept = round % 3 == 0 ? normalise("  an  earlier\tparagraph, \u201cquoted\u201d\n", 5) : kept;
  }
}

TEST_CASE("normaliser: the words of long normalised text, past 255 blocks of sixteen bytes") {
  // The spaces are counted lane by lane in bytes, summed before a lane can overflow: texts of
  // every length about 255 and 510 blocks, with a space in every lane, count as count_words does.
  for (const std::size_t words : {1000u, 1019u, 1020u, 1021u, 1022u, 2039u, 2040u, 2041u, 2050u, 3000u}) {
    for (const std::string_view word : {"ab", "abc", "a"}) {
      std::string text;
      for (std::size_t k = 0; k < words; ++k) {
        if (k > 0) text += ' ';
        text += word;
      }
      CAPTURE(text.size());
      CHECK(parley::text::normalised_ascii_words(text) == words);
      CHECK(parley::text::normalised_ascii_words(text) == parley::text::count_words(text));
    }
  }
}
