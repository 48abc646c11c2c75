// Splitting a text into lines (see lines.hpp).
#include "text/lines.hpp"

#include "text/normaliser.hpp"

namespace parley::text {

std::vector<Line> split_lines(std::string_view text, std::size_t begin) {
  std::vector<Line> lines;
  std::size_t pos = begin;
  while (pos < text.size()) {
    std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({pos, end});
    pos = end;
    if (pos < text.size()) pos += (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ? 2 : 1;
  }
  return lines;
}

bool is_blank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') {
      if (static_cast<unsigned char>(c) < 0x80) return false;
      return normalise(line).text.empty();  // odd Unicode spaces only?
    }
  }
  return true;
}

}  // namespace parley::text
