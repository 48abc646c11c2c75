// Sentence boundaries of printable ASCII text, found without ICU: the rules of UAX #29 (SB6 to
// SB11) that ICU's sentence break iterator applies, on the nine classes printable ASCII falls
// into. Most paragraphs are plain ASCII; running ICU's rule machine over them costs several
// times more. The sentence splitter uses ICU for everything else, and tests check the two agree.
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

}  // namespace parley::segments
