// Formatting of errors and diagnostics as one line that names the file and the place in it.
#include "parley/error.hpp"

namespace parley {

std::string format_location(const std::string& file, const Position& position, const std::string& message) {
  std::string out = file.empty() ? std::string("parley") : file;
  if (position.line > 0) {
    out += ":" + std::to_string(position.line);
    if (position.column > 0) out += ":" + std::to_string(position.column);
  } else if (position.has_byte_offset) {
    out += ": byte " + std::to_string(position.byte_offset);
  }
  return out + ": " + message;
}

Error::Error(ErrorKind kind, std::string file, Position position, std::string message)
    : std::runtime_error(format_location(file, position, message)),
      kind_(kind),
      file_(std::move(file)),
      position_(position),
      message_(std::move(message)) {}

}  // namespace parley
