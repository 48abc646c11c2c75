// Reading JSON with RapidJSON's SAX reader into a tree of located values (see kb_json.hpp).
#include "entities/kb_json.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace parley::kb_json {
namespace {

// Iterative parsing and a depth limit: a hostile file cannot exhaust the stack (the tree is freed
// recursively, so its depth is bounded too; a knowledge-base file needs five levels).
constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag |
                                 rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag;
constexpr std::size_t kMaxDepth = 64;

// Builds the tree; RapidJSON calls it after consuming each token, so it asks the stream where it is.
class TreeBuilder {
 public:
  TreeBuilder(const std::string& text, std::size_t base, const rapidjson::StringStream& stream)
      : text_(text), base_(base), stream_(stream) {}

  bool Null() { return scalar(Value::Kind::null, {}); }
  bool Bool(bool b) {
    Value v;
    v.kind = Value::Kind::boolean;
    v.boolean = b;
    v.offset = token_start();
    return attach(std::move(v));
  }
  bool Int(int) { return false; }  // not called: numbers arrive as RawNumber
  bool Uint(unsigned) { return false; }
  bool Int64(int64_t) { return false; }
  bool Uint64(uint64_t) { return false; }
  bool Double(double) { return false; }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return scalar(Value::Kind::number, std::string(s, n)); }
  bool String(const char* s, rapidjson::SizeType n, bool) { return scalar(Value::Kind::string, std::string(s, n)); }
  bool StartObject() { return open(Value::Kind::object); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    frames_.back().key.assign(s, n);
    frames_.back().key_offset = token_start();
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(Value::Kind::array); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  Value take_root() { return std::move(root_); }
  // Where the value that went deeper than kMaxDepth starts, if one did.
  std::optional<std::size_t> too_deep() const { return too_deep_; }

 private:
  struct Frame {
    Value value;
    std::string key;
    std::size_t key_offset = 0;
  };

  std::size_t here() const { return base_ + stream_.Tell(); }

  // Where the token just reported starts. RapidJSON reads strings and numbers through a local copy
  // of the stream, so for them the stream still stands at the token's first character; literals
  // (true, false, null) are consumed first, so walk back over them.
  std::size_t token_start() const {
    const std::size_t at = here();
    if (at < text_.size() && (text_[at] == '"' || text_[at] == '-' || (text_[at] >= '0' && text_[at] <= '9'))) return at;
    std::size_t i = at;
    while (i > base_ && std::string_view(" \t\r\n,:[{").find(text_[i - 1]) == std::string_view::npos) --i;
    return i;
  }

  bool scalar(Value::Kind kind, std::string text) {
    Value v;
    v.kind = kind;
    v.text = std::move(text);
    v.offset = token_start();
    return attach(std::move(v));
  }

  bool open(Value::Kind kind) {
    if (frames_.size() >= kMaxDepth) {
      too_deep_ = here();
      return false;
    }
    // The iterative parser reports a bracket before consuming it; the recursive one, after.
    const std::size_t at = here();
    const char bracket = kind == Value::Kind::object ? '{' : '[';
    Frame frame;
    frame.value.kind = kind;
    frame.value.offset = at < text_.size() && text_[at] == bracket ? at : at - 1;
    frames_.push_back(std::move(frame));
    return true;
  }

  bool close() {
    Value v = std::move(frames_.back().value);
    frames_.pop_back();
    return attach(std::move(v));
  }

  bool attach(Value v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return true;
    }
    Frame& top = frames_.back();
    if (top.value.kind == Value::Kind::array) {
      top.value.items.push_back(std::move(v));
    } else {
      top.value.members.push_back({std::move(top.key), std::move(v)});
      top.value.key_offsets.push_back(top.key_offset);
    }
    return true;
  }

  const std::string& text_;
  std::size_t base_;
  const rapidjson::StringStream& stream_;
  std::vector<Frame> frames_;
  Value root_;
  std::optional<std::size_t> too_deep_;
};

}  // namespace

const char* kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null: return "null";
    case Value::Kind::boolean: return "a boolean";
    case Value::Kind::number: return "a number";
    case Value::Kind::string: return "a string";
    case Value::Kind::array: return "an array";
    case Value::Kind::object: return "an object";
  }
  return "a value";
}

Document Document::read(const std::string& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw Error(ErrorKind::input, file, "is a directory, not a knowledge-base file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, file, "cannot read knowledge-base file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), file);
}

Document Document::parse(std::string text, std::string file) {
  Document document;
  document.file_ = std::move(file);
  document.text_ = std::move(text);
  const std::string& t = document.text_;
  document.line_starts_.push_back(0);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') document.line_starts_.push_back(i + 1);
  }
  const std::size_t base = t.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a UTF-8 byte-order mark
  rapidjson::StringStream stream(t.c_str() + base);
  TreeBuilder builder(t, base, stream);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, builder);
  if (auto deep = builder.too_deep()) {
    document.fail(*deep, "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }
  if (result.IsError()) {
    document.fail(base + result.Offset(), std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  // Parse stops after the root value; anything but blanks after it is an error too.
  std::size_t rest = base + stream.Tell();
  while (rest < t.size() && std::string_view(" \t\r\n").find(t[rest]) != std::string_view::npos) ++rest;
  if (rest < t.size()) {
    if (t[rest] == '\0') document.fail(rest, "invalid JSON: NUL byte in file");
    document.fail(rest, "invalid JSON: the document root must not be followed by other values");
  }
  document.root_ = builder.take_root();
  return document;
}

Position Document::position(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
  const std::size_t line_start = *(after - 1);
  std::size_t column = 1;
  // An editor shows no column for a byte-order mark.
  const std::size_t from = line_start == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? std::min<std::size_t>(3, offset) : line_start;
  for (std::size_t i = from; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  Position p = Position::at_line(line, column);
  p.byte_offset = offset;
  return p;
}

void Document::fail(std::size_t offset, const std::string& message) const {
  throw Error(ErrorKind::input, file_, position(offset), message);
}

}  // namespace parley::kb_json
