// Splitting a text into lines (see lines.hpp).
#include "text/lines.hpp"

#include <algorithm>
#include <cstring>

#include "core/byte_block.hpp"
#include "text/normaliser.hpp"

namespace parley::text {

std::vector<Line> split_lines(std::string_view text, std::size_t begin) {
  std::vector<Line> lines;
  lines.reserve((text.size() - std::min(begin, text.size())) / 64 + 1);
  // Most texts have no CR at all: then memchr for LF alone does the work, without a test of
  // every byte against two line ends.
  const bool has_cr = text.find('\r', begin) != std::string_view::npos;
  std::size_t pos = begin;
  while (pos < text.size()) {
    std::size_t end = text.size();
    if (!has_cr) {
      const void* found = std::memchr(text.data() + pos, '\n', text.size() - pos);
      if (found != nullptr) end = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    } else {
      end = text.find_first_of("\r\n", pos);
      if (end == std::string_view::npos) end = text.size();
    }
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

std::size_t count_words(std::string_view line, std::size_t stop_at) {
  // The first word always counts, even when asked to stop at none.
  const std::size_t limit = std::max<std::size_t>(stop_at, 1);
  const char* s = line.data();
  const std::size_t n = line.size();
  std::size_t words = 0;
  std::size_t i = 0;
  if (n > 16) {
    // Sixteen bytes at a time in a compiler vector (SSE2, NEON): a word starts where a byte
    // other than a space follows a space, so each block is read again one byte back. Lines
    // of a page are long, and this runs on every line.
    words = s[0] != ' ';
    for (i = 1; i + 16 <= n; i += 16) {
      const ByteBlock here = load_block(s + i);
      const ByteBlock before = load_block(s + i - 1);
      words += lanes_set((here != ' ') & (before == ' '));
      if (words >= limit) return limit;
    }
  }
  bool in_word = i > 0 && s[i - 1] != ' ';
  for (; i < n; ++i) {
    if (s[i] == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words >= limit) return limit;
    }
  }
  return words;
}

}  // namespace parley::text
