// A JSON document read with RapidJSON into a small tree whose every value remembers where it
// starts in the file, so the knowledge-base loader can name the line and column of a bad entry
// (RapidJSON's own DOM keeps no positions).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "parley/error.hpp"

namespace parley::kb_json {

struct Value {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  std::string text;  // strings; numbers as written
  std::vector<Value> items;                           // arrays
  struct Member;  // a key and its value (not std::pair, which clang cannot take of an incomplete Value)
  std::vector<Member> members;  // objects, in file order
  std::vector<std::size_t> key_offsets;               // objects: where each member's key starts
  std::size_t offset = 0;                             // byte offset of the value's first character

  bool is_object() const { return kind == Kind::object; }
  bool is_array() const { return kind == Kind::array; }
  bool is_string() const { return kind == Kind::string; }
};

struct Value::Member {
  std::string first;  // the key
  Value second;
};

const char* kind_name(Value::Kind kind);

// A parsed file: its tree, and the text to turn offsets into lines and columns.
class Document {
 public:
  // Throws Error (kind input) with the line and column of a syntax error or of invalid UTF-8.
  static Document read(const std::string& file);
  static Document parse(std::string text, std::string file);

  const Value& root() const { return root_; }
  const std::string& file() const { return file_; }

  // Line and column (from 1; the column counts characters, not bytes) of a byte offset.
  Position position(std::size_t offset) const;
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const;

 private:
  std::string file_;
  std::string text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first character
  Value root_;
};

}  // namespace parley::kb_json
