// Normalisation of text for matching: NFC, straight quotes, plain dashes and spaces, no markdown
// escapes, whitespace runs collapsed to one space and trimmed. Keeps an exact map from every
// byte offset of the result back to the byte offset in the text as read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/document.hpp"

namespace parley::text {

// Break points (normalised offset, original offset), increasing; between two of them bytes
// correspond one to one (the representation of parley::OffsetMap).
using BreakPoints = std::vector<std::pair<std::size_t, std::size_t>>;

struct NormalisedText {
  std::string text;
  BreakPoints points;
  // Known to be printable ASCII (so sentence splitting need not check again); false when the
  // text may hold anything else, or was not checked.
  bool printable_ascii = false;

  std::size_t to_original(std::size_t normalised) const;
  // The offset map of text[begin, end), relative to `begin`.
  OffsetMap slice(std::size_t begin, std::size_t end) const;
};

// `original` is the stretch of the text as read that starts at byte `base`; offsets in the map
// are offsets in the whole text (base + offset in `original`).
NormalisedText normalise(std::string_view original, std::size_t base = 0);

// What normalise makes of `original` when it is lines that are each their own normalised form
// (is_normalised_ascii), joined by single line feeds: a space for each line feed, one for one.
// For a caller that has checked the lines already: they are not read again.
NormalisedText join_normalised_lines(std::string_view original, std::size_t base = 0);
// The same into `joined`, whose buffers are kept: for a caller joining paragraph after paragraph.
void join_normalised_lines(std::string_view original, std::size_t base, NormalisedText& joined);

// Whether `text` is its own normalised form for want of anything to change: printable ASCII
// without a backslash, without leading, trailing or double spaces. Most lines of a page are.
bool is_normalised_ascii(std::string_view text);

// The words of `text` (between single spaces) when is_normalised_ascii holds; 0 when it does not.
// One pass for both, for the lines of a page, which are asked both.
std::size_t normalised_ascii_words(std::string_view text);

// Just the normalised string.
std::string normalise_string(std::string_view original);

}  // namespace parley::text
