// Boilerplate: each trait of page furniture, on invented lines, and lines that must stay.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/boilerplate.hpp"
#include "text/lines.hpp"
#include "text/text_data.hpp"

using parley::text::find_boilerplate;
using parley::text::furniture_trait;
using parley::text::is_random_token;
using parley::text::split_lines;

TEST_CASE("boilerplate: traits of single lines") {
  struct Case {
    std::string line;
    const char* reason;
  };
  const std::vector<Case> cases = {
      {"This is the official website of the Ministry of Foreign Affairs", "furniture vocabulary"},
      {"Official websites use .gov", "furniture vocabulary"},
      {"Secure .gov websites use HTTPS on every official page", "furniture vocabulary"},
      {"Skip to main content", "furniture vocabulary"},
      {"Share", "furniture vocabulary"},
      {"Share this page:", "furniture vocabulary"},
      {"Facebook Twitter LinkedIn Email", "furniture vocabulary"},
      {"FACEBOOK TWITTER LINKEDIN EMAIL", "furniture vocabulary"},  // lowered 16 bytes at a time, then the rest
      {"SKIP TO MAIN CONTENT", "furniture vocabulary"},
      {"Tags: Trade, Energy, Europe", "furniture vocabulary"},
      {"Print | Email | Share", "furniture vocabulary"},
      {"© 2031 Example Ministry. All rights reserved.", "furniture vocabulary"},
      {"Jpeg k3j9x0q2z7w1v8b4", "image placeholder"},
      {"m0x9r2t7y4u1i8o3p6", "image placeholder"},
      {"banner_photo.webp", "image placeholder"},
      {"[Image]", "image placeholder"},
      {"PEOPLE MENTIONED HERE", "section label"},
      {"MORE FROM THIS BUREAU", "section label"},
      {"FOR IMMEDIATE RELEASE", "section label"},
      // kept: prose, speaker lines, headings with dates, ordinary short lines
      {"The ministers discussed the situation in the region.", ""},
      {"MODERATOR: Share your questions now.", ""},
      {"March 3, 2031", ""},
      {"Office of the Spokesperson", ""},
      {"Remarks to the Press", ""},
      {"They agreed to share data on exports of dual-use goods with partners in Asia and Europe.", ""},
      {"Read more", "furniture vocabulary"},
      {"Sign up for our newsletter", "furniture vocabulary"},
      {"Copyright 2031 Example Ministry", "furniture vocabulary"},
      // a sentence that uses the words of links and buttons is no furniture
      {"Both states will sign up for the initiative.", ""},
      {"We need to read more of the reports.", ""},
      {"Copyright rules were discussed.", ""},
      {"The ministry opened an official website for exporters.", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    CHECK(furniture_trait(c.line, false) == c.reason);
  }
  // The first line of a page is its title, even in capitals.
  CHECK(furniture_trait("JOINT STATEMENT ON EXPORT CONTROLS", true) == "");
}

TEST_CASE("boilerplate: each phrase of the vocabulary is found wherever it stands in a line") {
  // Phrases are found from the spaces of a line, read sixteen bytes at a time: every phrase, at
  // every offset from the line's start (its first space in every lane of a block, or in the
  // bytes after the last block), with and without text after it, in a heading and in a
  // sentence; and with a byte changed beside its first space or at either end. The answer is
  // held to a plain search of the line for each phrase (and the prefixes).
  const auto& vocabulary = parley::text::text_data().boilerplate;
  auto holds_any = [](const std::string& line, const std::vector<std::string>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return line.find(p) != std::string::npos; });
  };
  auto expected = [&](const std::string& line) {
    const bool heading = parley::text::count_words(line) <= vocabulary.heading_max_words && line.back() != '.';
    const bool found = holds_any(line, vocabulary.phrases) || (heading && holds_any(line, vocabulary.heading_phrases));
    const bool prefixed = std::any_of(vocabulary.prefixes.begin(), vocabulary.prefixes.end(), [&](const std::string& p) {
      return (heading || p.back() == ':') && line.rfind(p, 0) == 0;  // "share this ..."
    });
    return found || prefixed ? "furniture vocabulary" : "";
  };
  auto changed = [](std::string phrase, std::size_t at) {
    phrase[at] = phrase[at] == 'q' ? 'z' : 'q';
    return phrase;
  };
  const std::vector<std::string> pads = {"", "on ", "a talks ", "talks went ", "ministers met and ", "then the ministers met "};
  const std::vector<std::string> tails = {"", " ok", " then talks went on"};
  std::size_t furniture = 0, kept = 0;
  for (const auto* phrases : {&vocabulary.phrases, &vocabulary.heading_phrases}) {
    for (const std::string& phrase : *phrases) {
      const std::size_t space = phrase.find(' ');
      REQUIRE(space != std::string::npos);
      for (const std::string& variant :
           {phrase, changed(phrase, space - 1), changed(phrase, space + 1), changed(phrase, 0), changed(phrase, phrase.size() - 1)}) {
        for (std::size_t lead = 0; lead < 20; ++lead) {
          const std::string before = std::string(lead % 3, 'x') + (lead % 3 ? " " : "") + std::string(lead / 3, 'y') + (lead >= 3 ? " " : "");
          for (const std::string& pad : pads) {
            for (const std::string& tail : tails) {
              for (const char* end : {"", " in talks."}) {
                const std::string line = before + pad + variant + tail + end;
                CAPTURE(line);
                const std::string reason = expected(line);
                CHECK(furniture_trait(line, false) == reason);
                (reason.empty() ? kept : furniture) += 1;
              }
            }
          }
        }
      }
    }
  }
  // Both answers were exercised.
  CHECK(furniture > 1000);
  CHECK(kept > 1000);
}

TEST_CASE("boilerplate: random tokens") {
  struct Case {
    std::string token;
    bool random;
  };
  const std::vector<Case> cases = {
      {"q8w7e6r5t4y3", true}, {"a1b2c3d4e5", true}, {"xkcdqwrtzplmnbvc", true},
      {"Commonwealth", false}, {"2031", false}, {"COVID19", false}, {"counterterrorism", false},
      {"A320neo", false}, {"cooperation", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.token);
    CHECK(is_random_token(c.token) == c.random);
  }
}

TEST_CASE("boilerplate: repeated headings and footers over the page") {
  const std::string page =
      "Talks on Fisheries: Joint Readout\n"          // 0 title, kept
      "\n"
      "Talks on Fisheries: Joint Readout\n"          // 2 repeated
      "The delegations met in Suva on Monday.\n"     // 3
      "They agreed to meet again.\n"                 // 4 a sentence, never "repeated"
      "They agreed to meet again.\n"                 // 5
      "Okay\n"                                       // 6 one word: speech, never "repeated"
      "Okay\n"                                       // 7
      "And then the talks went on.\n"               // 8
      "Ministry of Oceans\n"                         // 9 footer
      "Related: Fisheries Policy Overview\n";        // 10 vocabulary
  const auto lines = split_lines(page);
  const auto reasons = find_boilerplate(page, lines);
  REQUIRE(reasons.size() == 11);
  CHECK(reasons[0] == "");
  CHECK(reasons[2] == "repeated");
  CHECK(reasons[3] == "");
  CHECK(reasons[4] == "");
  CHECK(reasons[5] == "");
  CHECK(reasons[6] == "");
  CHECK(reasons[7] == "");
  CHECK(reasons[9] == "footer");
  CHECK(reasons[10] == "furniture vocabulary");
}

TEST_CASE("boilerplate: the speaker labels read on the way are those of the lines as they stand") {
  // Labels and other lines, some their own normalised form and some not (double spaces, a tab, a
  // curly quote), short and long: each line looked at as it stands has its label, and only those.
  const std::string page =
      "MODERATOR: Welcome to the briefing.\n"                      // 0 a label, normalised
      "SECRETARY  SMITH: Thank you.\n"                             // 1 a label, not normalised
      "\n"                                                         // 2 blank
      "The minister said: we agree.\n"                             // 3 a colon, no label
      "QUESTION:\tWhy now?\n"                                      // 4 a label, a tab
      "MR. O\xE2\x80\x99NEILL: Yes.\n"                              // 5 a curly quote
      "Q: And the talks?\n"                                        // 6 a label
      "AMBASSADOR LEE: " + std::string(700, 'x') + ".\n"        // 7 longer than any furniture line
      "FOREIGN MINISTER KANG (As interpreted): We agree.\n";      // 8 a label with a note
  const auto lines = split_lines(page);
  std::vector<unsigned char> normalised;
  parley::text::LabelsRead labels;
  find_boilerplate(page, lines, &normalised, &labels);
  REQUIRE(labels.read.size() == lines.size());
  std::size_t read = 0, found = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = std::string_view(page).substr(lines[i].begin, lines[i].end - lines[i].begin);
    CAPTURE(line);
    // Only lines as they stand are read: those found their own normalised form.
    if (labels.read[i]) CHECK(normalised[i] == 1);
    if (!labels.read[i]) continue;
    ++read;
    const auto expected = parley::segments::match_label_shape(line);
    const auto entry = std::find_if(labels.found.begin(), labels.found.end(), [&](const auto& f) { return f.first == i; });
    REQUIRE(expected.has_value() == (entry != labels.found.end()));
    if (!expected) continue;
    ++found;
    CHECK(entry->second.label == expected->label);
    CHECK(entry->second.label_begin == expected->label_begin);
    CHECK(entry->second.speech_begin == expected->speech_begin);
  }
  CHECK(std::is_sorted(labels.found.begin(), labels.found.end(), [](const auto& a, const auto& b) { return a.first < b.first; }));
  CHECK(read == 4);   // 0, 3, 6, 8
  CHECK(found == 3);  // 0, 6, 8
  CHECK_FALSE(labels.read[1]);
  CHECK_FALSE(labels.read[4]);
  CHECK_FALSE(labels.read[5]);
  CHECK_FALSE(labels.read[7]);
}

TEST_CASE("boilerplate: the lines normalised on the way are what normalise makes of them") {
  // Lines not their own normalised form (double spaces, a tab, curly quotes, a no-break space)
  // and short enough to be read are kept, by line and in order, with offsets from the line's
  // start in the page; lines as they stand, blank lines and lines longer than any furniture are not.
  const std::string page =
      "A  title with two spaces\n"                                  // 0
      "Plain text as it stands.\n"                                  // 1
      "\n"                                                          // 2
      "He said \xE2\x80\x9Cyes\xE2\x80\x9D.\n"                       // 3
      "\tIndented\xC2\xA0line\n"                                    // 4
      "\xE2\x80\x9C" + std::string(700, 'x') + "\xE2\x80\x9D\n"     // 5 longer than any furniture line
      "Last line.";                                                 // 6
  const auto lines = split_lines(page);
  parley::text::NormalisedLines texts;
  find_boilerplate(page, lines, nullptr, nullptr, &texts);
  std::vector<std::size_t> kept;
  for (const auto& [line, text] : texts) {
    kept.push_back(line);
    const std::string_view raw = std::string_view(page).substr(lines[line].begin, lines[line].end - lines[line].begin);
    CAPTURE(raw);
    const auto expected = parley::text::normalise(raw, lines[line].begin);
    CHECK(text.text == expected.text);
    CHECK(text.points == expected.points);
    CHECK(text.printable_ascii == expected.printable_ascii);
  }
  CHECK(kept == std::vector<std::size_t>{0, 3, 4});
}

TEST_CASE("boilerplate: a page of headings alone has no footer") {
  const std::string page = "Agenda\nOpening Session\nClosing Session\n";
  const auto reasons = find_boilerplate(page, split_lines(page));
  for (const auto& reason : reasons) CHECK(reason == "");
}

TEST_CASE("lines: words are counted between spaces, up to where the caller stops") {
  struct Case {
    const char* line;
    std::size_t stop_at;
    std::size_t words;
  };
  const Case cases[] = {
      {"", 10, 0},
      {"   ", 10, 0},
      {"one", 10, 1},
      {" two  words ", 10, 2},
      {"a b c d e", 10, 5},
      {"a b c d e", 3, 3},  // stops at the third word
      {"a b c d e", 5, 5},
      {"a-b c.d", 10, 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    CAPTURE(c.stop_at);
    CHECK(parley::text::count_words(c.line, c.stop_at) == c.words);
  }
  CHECK(parley::text::count_words("one two three") == 3);
  // Long lines are read sixteen bytes at a time: random lines of spaces and letters, against
  // the count byte by byte, with and without a stop.
  std::mt19937 random(1848);
  for (int round = 0; round < 5000; ++round) {
    std::string line(random() % 70, 'x');
    for (char& c : line) c = random() % 3 == 0 ? ' ' : 'a';
    std::size_t expected = 0;
    for (std::size_t i = 0; i < line.size(); ++i) expected += line[i] != ' ' && (i == 0 || line[i - 1] == ' ');
    const std::size_t stop_at = random() % 20;
    CAPTURE(line);
    CAPTURE(stop_at);
    REQUIRE(parley::text::count_words(line) == expected);
    REQUIRE(parley::text::count_words(line, stop_at) == std::min(expected, std::max<std::size_t>(stop_at, 1)));
  }
}
