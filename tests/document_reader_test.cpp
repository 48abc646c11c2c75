// The reader end to end on invented briefings: title, date, boilerplate, turns, sentences and
// dates; errors; and the property that every sentence's byte range normalises to its text, for
// every example in UTF-8 and in UTF-16.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "parley/document_reader.hpp"
#include "text/normaliser.hpp"

using parley::Document;
using parley::read_document;
using parley::read_document_bytes;
using parley::SpeakerRole;

namespace {

std::string to_utf16le_with_bom(const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out = "\xFF\xFE";
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t unit = text.charAt(i);
    out.push_back(static_cast<char>(unit & 0xFF));
    out.push_back(static_cast<char>(unit >> 8));
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void check_ranges_normalise_to_sentences(const Document& document) {
  for (const auto& sentence : document.sentences) {
    CAPTURE(sentence.text);
    REQUIRE(sentence.span.begin <= sentence.span.end);
    REQUIRE(sentence.span.end <= document.text.size());
    const std::string as_read = document.text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin);
    CHECK(parley::text::normalise_string(as_read) == sentence.text);
    for (const auto& date : sentence.dates) {
      CHECK(document.text.substr(date.span.begin, date.span.end - date.span.begin) == date.surface);
      CHECK(date.span.begin >= sentence.span.begin);
      CHECK(date.span.end <= sentence.span.end);
    }
  }
}

const char* const kTranscript =
    "---\n"
    "title: \"Press Briefing on\\_Fisheries\"\n"
    "date: 2031-05-14\n"
    "---\n"
    "An official website of the Example Republic\n"
    "Press Briefing on Fisheries\n"
    "\n"
    "MODERATOR:  Good afternoon. Ambassador Toure will speak.\n"
    "\n"
    "AMBASSADOR TOURE: Thank you. Yesterday I met Mr. Okoro in Suva.\n"
    "We will meet again next week.\n"
    "\n"
    "Q: Will the U.S. Coast Guard join?\n"
    "\n"
    "AMBASSADOR TOURE: I won\xE2\x80\x99t preview that.\n"
    "\n"
    "Share\n";

}  // namespace

TEST_CASE("reader: a transcript with front matter and furniture") {
  const Document document = read_document_bytes(kTranscript, "brief.txt");
  CHECK(document.source == "brief.txt");
  CHECK(document.title == "Press Briefing on Fisheries");
  CHECK(document.date == "2031-05-14");
  CHECK(document.date_origin == "front matter");
  CHECK(document.front_matter.at("date") == "2031-05-14");
  CHECK(document.warnings.empty());

  REQUIRE(document.dropped.size() == 2);
  CHECK(document.dropped[0].reason == "furniture vocabulary");
  CHECK(document.dropped[1].text == "Share");

  REQUIRE(document.turns.size() == 4);
  CHECK(document.turns[0].role == SpeakerRole::moderator);
  CHECK(document.turns[1].speaker == "Ambassador Toure");
  CHECK(document.turns[2].role == SpeakerRole::questioner);

  struct Expected {
    std::string text;
    int turn;
    bool question;
    std::vector<std::string> dates;  // ISO values
  };
  const std::vector<Expected> expected = {
      {"Press Briefing on Fisheries", -1, false, {}},
      {"Good afternoon.", 0, false, {}},
      {"Ambassador Toure will speak.", 0, false, {}},
      {"Thank you.", 1, false, {}},
      {"Yesterday I met Mr. Okoro in Suva.", 1, false, {"2031-05-13"}},
      {"We will meet again next week.", 1, false, {"2031-W21"}},
      {"Will the U.S. Coast Guard join?", 2, true, {}},
      {"I won't preview that.", 3, false, {}},
  };
  REQUIRE(document.sentences.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& sentence = document.sentences[i];
    CAPTURE(sentence.text);
    CHECK(sentence.text == expected[i].text);
    CHECK(sentence.turn == expected[i].turn);
    CHECK(sentence.question == expected[i].question);
    std::vector<std::string> dates;
    for (const auto& date : sentence.dates) dates.push_back(date.iso);
    CHECK(dates == expected[i].dates);
  }
  check_ranges_normalise_to_sentences(document);
}

TEST_CASE("reader: the document's date from a dateline or the text") {
  struct Case {
    std::string name;
    std::string text;
    std::string date;
    std::string origin;
    std::string title;
  };
  const std::vector<Case> cases = {
      {"dateline line", "Readout of a Call\n\nOffice of the Spokesperson\nJune 3, 2030\n\nThey spoke yesterday.\n",
       "2030-06-03", "dateline", "Readout of a Call"},
      {"dateline with place", "LIMA, 4 March 2029 - The ministers met today.\n", "2029-03-04", "dateline", ""},
      {"date in the text", "Joint Statement\n\nThe ministers met on 9 October 2028 in Quito. They agreed.\n", "2028-10-09",
       "text", "Joint Statement"},
      {"no date", "The ministers met. They agreed.\n", "", "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Document document = read_document_bytes(c.text, "d.txt");
    CHECK(document.date == c.date);
    CHECK(document.date_origin == c.origin);
    CHECK(document.title == c.title);
  }
}

TEST_CASE("reader: hard-wrapped prose is one paragraph, a header block is one line each") {
  const std::string text =
      "Remarks\nMinistry of Examples\nLima, Peru\n\n"
      "The minister said that the talks had gone well and that the two\n"
      "sides would meet again. The next round is planned for the autumn\n"
      "in Quito.\n";
  const Document document = read_document_bytes(text, "w.txt");
  REQUIRE(document.sentences.size() == 5);
  CHECK(document.sentences[1].text == "Ministry of Examples");
  CHECK(document.sentences[3].text == "The minister said that the talks had gone well and that the two sides would meet again.");
  CHECK(document.sentences[4].text == "The next round is planned for the autumn in Quito.");
  CHECK(document.sentences[3].paragraph == document.sentences[4].paragraph);
  CHECK(document.sentences[0].paragraph != document.sentences[1].paragraph);
  check_ranges_normalise_to_sentences(document);
}

TEST_CASE("reader: CRLF, lone CR, UTF-16 and invalid UTF-8") {
  const std::string lf = "Talks\n\nMODERATOR: Welcome.\nQ: Why?\n";
  struct Case {
    std::string name;
    std::string bytes;
    std::size_t warnings;
  };
  const std::vector<Case> cases = {
      {"LF", lf, 0},
      {"CRLF", "Talks\r\n\r\nMODERATOR: Welcome.\r\nQ: Why?\r\n", 0},
      {"lone CR", "Talks\r\rMODERATOR: Welcome.\rQ: Why?\r", 0},
      {"UTF-16", to_utf16le_with_bom(lf), 0},
      {"invalid UTF-8", "Talks\n\nMODERATOR: Wel\xFF" "come.\nQ: Why?\n", 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Document document = read_document_bytes(c.bytes, "t.txt");
    CHECK(document.warnings.size() == c.warnings);
    REQUIRE(document.sentences.size() == 3);
    CHECK(document.sentences[0].text == "Talks");
    CHECK(document.sentences[1].text.rfind("Wel", 0) == 0);
    CHECK(document.sentences[1].turn == 0);
    CHECK(document.sentences[2].text == "Why?");
    CHECK(document.sentences[2].question);
    REQUIRE(document.turns.size() == 2);
    CHECK(document.turns[1].role == SpeakerRole::questioner);
    check_ranges_normalise_to_sentences(document);
  }
}

TEST_CASE("reader: errors and warnings") {
  CHECK_THROWS_AS(read_document("/nonexistent/briefing.txt", "briefing.txt"), parley::Error);
  try {
    read_document_bytes(std::string("abc\0def ghi jkl", 15), "bin.txt");
    FAIL("binary accepted");
  } catch (const parley::Error& error) {
    CHECK(error.kind() == parley::ErrorKind::input);
  }
  const Document empty = read_document_bytes("", "empty.txt");
  CHECK(empty.sentences.empty());
  REQUIRE(empty.warnings.size() == 1);
  CHECK(empty.warnings[0].message.find("empty") != std::string::npos);
  const Document malformed = read_document_bytes("---\nnot a field\n---\nText.\n", "m.txt");
  CHECK(malformed.front_matter.empty());
  CHECK(malformed.warnings.size() == 1);
}

TEST_CASE("reader: a long single line is read") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The envoys met in Lima on May 8, 2031 and talked. ";
  const Document document = read_document_bytes(text, "long.txt");
  CHECK(document.sentences.size() == 20000);
  CHECK(document.sentences.back().dates.size() == 1);
}

TEST_CASE("property: every sentence's byte range normalises to its text, UTF-8 and UTF-16") {
  const std::filesystem::path examples = std::filesystem::path(PARLEY_SOURCE_DIR) / "examples";
  std::vector<std::filesystem::path> files;
  if (std::filesystem::exists(examples)) {
    for (const auto& entry : std::filesystem::directory_iterator(examples)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  // Invented inputs with every normalisation, whether or not examples exist yet.
  std::vector<std::pair<std::string, std::string>> inputs = {
      {"invented", std::string("Title \xE2\x80\x93 Here\r\n\r\nMS LIND:\xC2\xA0\xE2\x80\x9CWe\xE2\x80\x99ll act,\xE2\x80\x9D she said.  "
                               "It\xE2\x80\x99s the U.S. view\xE2\x80\xA6 really \\[sic\\]. Ole\xCC\x81 agreed!\r\n"
                               "Q  And\xE2\x80\x8B then?\r\n")},
  };
  for (const auto& file : files) inputs.emplace_back(file.filename().string(), read_file(file));
  CHECK(inputs.size() == files.size() + 1);
  for (const auto& input : inputs) {
    // Named copies, not a structured binding: clang 14 cannot capture one (CAPTURE is a lambda).
    const std::string& name = input.first;
    const std::string& bytes = input.second;
    CAPTURE(name);
    const Document utf8 = read_document_bytes(bytes, name);
    CHECK_FALSE(utf8.sentences.empty());
    check_ranges_normalise_to_sentences(utf8);
    const Document utf16 = read_document_bytes(to_utf16le_with_bom(bytes), name);
    check_ranges_normalise_to_sentences(utf16);
    // The same text is read the same way whatever its encoding.
    REQUIRE(utf16.sentences.size() == utf8.sentences.size());
    for (std::size_t i = 0; i < utf8.sentences.size(); ++i) {
      CHECK(utf16.sentences[i].text == utf8.sentences[i].text);
      CHECK(utf16.sentences[i].span == utf8.sentences[i].span);
    }
  }
}
