// Sentences of a normalised paragraph: ICU's sentence break iterator, then abbreviations that do
// not end a sentence (data/text/abbreviations.json) and initials ("Antony J. Blinken").
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::segments {

// [begin, end) byte ranges of the sentences of `paragraph`, without surrounding spaces.
// `printable_ascii`: the caller knows the paragraph is printable ASCII (normalising found it so),
// which spares a pass over its bytes; false means not known.
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view paragraph,
                                                                  bool printable_ascii = false);
// The same into `sentences`, cleared first: a caller splitting paragraph after paragraph keeps
// one vector for all of them.
void split_sentences(std::string_view paragraph, bool printable_ascii,
                     std::vector<std::pair<std::size_t, std::size_t>>& sentences);

// Whether a sentence ending in `last_word` goes on with `next_word` ("Mr." "Smith": it does).
bool abbreviation_continues(std::string_view last_word, std::string_view next_word);

}  // namespace parley::segments
