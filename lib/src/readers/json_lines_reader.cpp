// Splitting a JSON Lines stream into its lines (parley/json_lines.hpp): one line in memory at a
// time, blank lines skipped, a byte order mark and CRLF line ends tolerated.
#include <istream>
#include <string>

#include "parley/error.hpp"
#include "parley/json_lines.hpp"

namespace parley {
namespace {

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

JsonLinesReader::JsonLinesReader(std::istream& in, std::string file) : in_(in), file_(std::move(file)) {}

bool JsonLinesReader::next(std::string& line) {
  while (std::getline(in_, line)) {
    ++line_number_;
    // Some Windows tools start UTF-8 text with a byte order mark; JSON does not allow it.
    if (line_number_ == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!is_blank(line)) return true;
  }
  if (in_.bad()) throw Error(ErrorKind::input, file_, Position::at_line(line_number_ + 1), "read error");
  return false;
}

}  // namespace parley
