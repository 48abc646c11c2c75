// The lines of a text: byte ranges without their line ends (LF, CRLF or a lone CR).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace parley::text {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // before the line end
};

// The lines of text[begin, text.size()).
std::vector<Line> split_lines(std::string_view text, std::size_t begin = 0);

// True when the line holds nothing but spaces and tabs (or odd Unicode spaces).
bool is_blank(std::string_view line);

// The words of a normalised line (runs of bytes other than a space), counted up to `stop_at`:
// a caller that only asks "more than N?" stops reading there.
std::size_t count_words(std::string_view line, std::size_t stop_at = static_cast<std::size_t>(-1));

}  // namespace parley::text
