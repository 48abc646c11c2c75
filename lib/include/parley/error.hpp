// The one error type of the library: what went wrong, in which file, and where in it.
// The command-line tools map its category to an exit status (see ErrorKind).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace parley {

// Why an operation failed; the CLI maps these to exit statuses 2 (usage, input) and 3 (internal).
enum class ErrorKind { usage, input, internal };

// Where in a file something was found. Zero means "not known"; line and column count from 1.
struct Position {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byte_offset = 0;
  bool has_byte_offset = false;

  static Position at_line(std::size_t line, std::size_t column = 0) { return {line, column, 0, false}; }
  static Position at_byte(std::size_t offset) { return {0, 0, offset, true}; }
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string file, Position position, std::string message);
  Error(ErrorKind kind, std::string file, std::string message) : Error(kind, std::move(file), Position{}, std::move(message)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  const Position& position() const { return position_; }
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  std::string file_;
  Position position_;
  std::string message_;
};

// A recoverable problem: processing went on, and the user should hear of it.
struct Diagnostic {
  std::string file;
  Position position;
  std::string message;
};

// "file:line:column: message", "file: byte N: message" or "file: message"; what what() returns.
std::string format_location(const std::string& file, const Position& position, const std::string& message);
inline std::string to_string(const Diagnostic& d) { return format_location(d.file, d.position, d.message); }

}  // namespace parley
