// Sentence boundaries found without ICU's break iterator: the rules of UAX #29 (SB6 to SB11)
// that it applies, for text without line ends, format or extending characters (a normalised
// paragraph seldom has one). Printable ASCII, most paragraphs, is classed by a table; other text
// by ICU's Sentence_Break property. ICU's rule machine costs several times more; the sentence
// splitter uses it for what is left, and tests check the two agree.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace parley::segments {

// Whether every byte of `text` is printable ASCII (space to tilde): what ascii_sentence_breaks takes.
bool is_printable_ascii(std::string_view text);

// Into `boundaries` (cleared first), the positions where ICU's sentence break iterator stops in
// `text`, in order: every boundary after the start, text.size() the last (none for "").
void ascii_sentence_breaks(std::string_view text, std::vector<std::size_t>& boundaries);

// The same for any valid UTF-8 without line ends, paragraph separators, format or extending
// characters (by ICU's Sentence_Break property), which the rules here leave out; false, with
// `boundaries` undefined, for a text that has one.
bool unicode_sentence_breaks(std::string_view text, std::vector<std::size_t>& boundaries);

}  // namespace parley::segments
