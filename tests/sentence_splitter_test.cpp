// Sentences: ICU's breaks, with abbreviations that do not end a sentence and initials.
#include <doctest/doctest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "segments/sentence_breaks.hpp"
#include "segments/sentence_splitter.hpp"
#include "text/text_data.hpp"

using parley::segments::split_sentences;

namespace {

std::vector<std::string> sentences_of(const std::string& paragraph) {
  std::vector<std::string> out;
  for (auto [begin, end] : split_sentences(paragraph)) out.push_back(paragraph.substr(begin, end - begin));
  return out;
}

// ICU's sentence boundaries, which ascii_sentence_breaks must reproduce.
std::vector<std::size_t> icu_boundaries(icu::BreakIterator& iterator, const std::string& text) {
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  iterator.setText(unicode);
  std::vector<std::size_t> boundaries;
  for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next()) boundaries.push_back(static_cast<std::size_t>(b));
  return boundaries;
}

// Calls `check` on every string of up to `max_length` letters of `alphabet` (characters or
// strings, each letter appended as it is).
template <typename Alphabet, typename Check>
void for_every_string(const Alphabet& alphabet, std::size_t max_length, Check check) {
  for (std::size_t length = 0; length <= max_length; ++length) {
    std::vector<std::size_t> digits(length, 0);
    while (true) {
      std::string text;
      for (std::size_t d : digits) text += alphabet[d];
      check(text);
      std::size_t p = 0;
      while (p < length && ++digits[p] == alphabet.size()) digits[p++] = 0;
      if (p == length) break;
    }
  }
}

}  // namespace

TEST_CASE("sentences: abbreviations that do not end a sentence") {
  struct Case {
    std::string paragraph;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"Mr. Okoro arrived. He spoke.", {"Mr. Okoro arrived.", "He spoke."}},
      {"Ms. Varga and Mrs. Lind met Dr. Haddad.", {"Ms. Varga and Mrs. Lind met Dr. Haddad."}},
      {"Gen. Moreau and Lt. Col. Abe spoke.", {"Gen. Moreau and Lt. Col. Abe spoke."}},
      {"He cited Resolution No. 12 twice.", {"He cited Resolution No. 12 twice."}},
      {"They met on St. Helena.", {"They met on St. Helena."}},
      {"Sen. Park and Gov. Diaz agreed.", {"Sen. Park and Gov. Diaz agreed."}},
      {"Amb. Toure spoke first.", {"Amb. Toure spoke first."}},
      {"The U.S. Treasury acted. The U.K. Foreign Office agreed.",
       {"The U.S. Treasury acted.", "The U.K. Foreign Office agreed."}},
      {"Talks in Washington, D.C. Ministers came.", {"Talks in Washington, D.C. Ministers came."}},
      {"Aid came from the U.S. The talks ended.", {"Aid came from the U.S.", "The talks ended."}},
      {"The U.N. Security Council met.", {"The U.N. Security Council met."}},
      {"Paul Gray Jr. Spoke next.", {"Paul Gray Jr. Spoke next."}},
      {"The E.U. Commission agreed.", {"The E.U. Commission agreed."}},
      {"Antony Q. Lee spoke. Then we left.", {"Antony Q. Lee spoke.", "Then we left."}},
      {"They met at 9 a.m. Tuesday.", {"They met at 9 a.m. Tuesday."}},
      {"Is it true? Yes! It is.", {"Is it true?", "Yes!", "It is."}},
      {"  Spaces around.   Trimmed here.  ", {"Spaces around.", "Trimmed here."}},
      {"No final period", {"No final period"}},
      {"", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.paragraph);
    CHECK(sentences_of(c.paragraph) == c.sentences);
  }
}

TEST_CASE("sentences: every abbreviation in the data") {
  const auto& words = parley::text::text_data().abbreviations;
  REQUIRE_FALSE(words.never_final.empty());
  REQUIRE_FALSE(words.may_end.empty());
  for (const auto& abbreviation : words.never_final) {
    CAPTURE(abbreviation);
    CHECK(parley::segments::abbreviation_continues(abbreviation, "Example"));
    CHECK(parley::segments::abbreviation_continues(abbreviation, "The"));
    const std::string paragraph = "We saw " + abbreviation + " Example there. Then we left.";
    CHECK(sentences_of(paragraph) == std::vector<std::string>{"We saw " + abbreviation + " Example there.", "Then we left."});
  }
  for (const auto& abbreviation : words.may_end) {
    CAPTURE(abbreviation);
    CHECK(parley::segments::abbreviation_continues(abbreviation, "Example"));
    CHECK_FALSE(parley::segments::abbreviation_continues(abbreviation, "The"));
    const std::string continued = "We saw the " + abbreviation + " Example office. Then we left.";
    CHECK(sentences_of(continued) == std::vector<std::string>{"We saw the " + abbreviation + " Example office.", "Then we left."});
    const std::string ended = "We went to the " + abbreviation + " The talks ended.";
    CHECK(sentences_of(ended) == std::vector<std::string>{"We went to the " + abbreviation, "The talks ended."});
  }
}

TEST_CASE("sentences: plain ASCII boundaries are ICU's") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  REQUIRE(U_SUCCESS(status));
  std::vector<std::size_t> mine;
  std::size_t differences = 0;
  auto check = [&](const std::string& text) {
    parley::segments::ascii_sentence_breaks(text, mine);
    if (mine != icu_boundaries(*iterator, text) && ++differences <= 5) {
      CAPTURE(text);
      CHECK(mine == icu_boundaries(*iterator, text));
    }
  };
  // Every string of up to five characters over one of each sentence-break class (and ';', which
  // looks like a continuation but is not one), then random strings of all printable ASCII.
  const std::string alphabet = " aA1.?\",#;";
  for_every_string(alphabet, 5, check);
  std::mt19937 random(2031);
  for (int round = 0; round < 50000; ++round) {
    std::string text(random() % 48, ' ');
    for (char& c : text) c = random() % 3 == 0 ? static_cast<char>(' ' + random() % 95) : alphabet[random() % alphabet.size()];
    check(text);
  }
  CHECK(differences == 0);
  CHECK(parley::segments::is_printable_ascii("Plain text, with ~ and {braces}."));
  CHECK_FALSE(parley::segments::is_printable_ascii("tab\there"));
  CHECK_FALSE(parley::segments::is_printable_ascii("caf\xC3\xA9"));
  // Sixteen bytes are tested at a time: a byte out of range anywhere in a longer text.
  for (const char odd : {'\x7F', '\x1F', '\x80', '\xFF', '\n'}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(40, 'x');
      text[at] = odd;
      CHECK_FALSE(parley::segments::is_printable_ascii(text));
    }
  }
  CHECK(parley::segments::is_printable_ascii(std::string(20, '~') + std::string(20, ' ')));
}

TEST_CASE("sentences: boundaries of other text are ICU's, or left to ICU") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  REQUIRE(U_SUCCESS(status));
  // ICU's boundaries as byte offsets in UTF-8, as the splitter sees them.
  auto icu_utf8 = [&](const std::string& text) {
    UErrorCode error = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
    iterator->setText(utext, error);
    std::vector<std::size_t> boundaries;
    for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) boundaries.push_back(static_cast<std::size_t>(b));
    iterator->setText(icu::UnicodeString());
    utext_close(utext);
    return boundaries;
  };
  // One character of each class beyond ASCII: lower and upper letters, another letter, a digit,
  // terminators, closing and continuing punctuation, a symbol, a no-break space; and a combining
  // accent, which the rules here leave to ICU.
  const std::vector<std::string> alphabet = {
      " ", "a", "A", "1", ".", "?", "\"", ",", "\xC3\xA9", "\xC3\x89", "\xE4\xB8\xAD", "\xD9\xA3",
      "\xE3\x80\x82", "\xE2\x80\xA4", "\xE3\x80\x8D", "\xE3\x80\x81", "\xE2\x82\xAC", "\xC2\xA0", "\xCC\x81"};
  std::vector<std::size_t> mine;
  std::size_t differences = 0, left_to_icu = 0;
  auto check = [&](const std::string& text) {
    if (!parley::segments::unicode_sentence_breaks(text, mine)) {
      ++left_to_icu;
      return;
    }
    if (mine != icu_utf8(text) && ++differences <= 5) {
      CAPTURE(text);
      CHECK(mine == icu_utf8(text));
    }
  };
  for_every_string(alphabet, 4, check);
  std::mt19937 random(2031);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (std::size_t k = random() % 32; k > 0; --k) text += alphabet[random() % alphabet.size()];
    check(text);
  }
  // Longer paragraphs with runs of ASCII words between the other characters: runs of sixteen
  // bytes and more are read a block at a time, and terminators are found sixteen classes at a time.
  const std::vector<std::string> words = {"the talks ", "ended. ", "U.S. ", "Mr. Lee said ", "3.5 percent ", "why? ",
                                          "(in Paris.) ", "\"No.\" ", "and so on and so forth "};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t k = random() % 40; k > 0; --k) {
      text += random() % 3 == 0 ? alphabet[random() % alphabet.size()] : words[random() % words.size()];
    }
    check(text);
  }
  CHECK(differences == 0);
  CHECK(left_to_icu > 0);  // the combining accent
  CHECK_FALSE(parley::segments::unicode_sentence_breaks("line\nend", mine));
  CHECK_FALSE(parley::segments::unicode_sentence_breaks("bad \xFF byte", mine));
}
