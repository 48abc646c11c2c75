// Sentences: ICU's breaks, with abbreviations that do not end a sentence and initials.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "segments/sentence_splitter.hpp"
#include "text/text_data.hpp"

using parley::segments::split_sentences;

namespace {

std::vector<std::string> sentences_of(const std::string& paragraph) {
  std::vector<std::string> out;
  for (auto [begin, end] : split_sentences(paragraph)) out.push_back(paragraph.substr(begin, end - begin));
  return out;
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
