// Document records of JSON Lines input (parley/json_lines.hpp): parsing one line into id, text,
// date and title, and reading the text as a briefing with that date and title.
//
// Parsed with RapidJSON's SAX reader: only the four members are kept, whatever else a corpus
// record carries (urls, authors, nested metadata) is skipped without building it in memory.
#include <optional>
#include <string>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "parley/error.hpp"
#include "parley/json_lines.hpp"
#include "segments/date_parser.hpp"
#include "text/normaliser.hpp"

namespace parley {
namespace {

class RecordHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordHandler> {
 public:
  DocumentRecord record;
  bool seen_id = false;
  bool seen_text = false;
  std::optional<std::string> failure;  // a message; the caller adds file and line

  bool StartObject() { return open(true); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(false); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  bool Key(const char* text, rapidjson::SizeType length, bool) {
    if (depth_ == 1) key_.assign(text, length);
    return true;
  }

  bool String(const char* text, rapidjson::SizeType length, bool) {
    if (depth_ == 0) return fail("a record must be a JSON object");
    if (depth_ > 1) return true;
    std::string* field = member();
    if (field) field->assign(text, length);
    if (key_ == "id") seen_id = true;
    if (key_ == "text") seen_text = true;
    return true;
  }

  // An id may be a number, taken as written ("17", "1.5e3"); nothing else may be.
  bool RawNumber(const char* text, rapidjson::SizeType length, bool copy) {
    if (depth_ == 1 && key_ == "id") return String(text, length, copy);
    return other("a number");
  }
  bool Bool(bool) { return other("true or false"); }
  bool Null() {
    if (depth_ == 1 && (key_ == "date" || key_ == "title")) return true;  // null: no date, no title
    return other("null");
  }

 private:
  // The member being read, when it is one of the four.
  std::string* member() {
    if (key_ == "id") return &record.id;
    if (key_ == "text") return &record.text;
    if (key_ == "date") return &record.date;
    if (key_ == "title") return &record.title;
    return nullptr;
  }

  // A value that is not a string: fine for members we skip, an error for ours.
  bool other(const std::string& what) {
    if (depth_ == 0) return fail("a record must be a JSON object");
    if (depth_ == 1 && member()) return fail("\"" + key_ + "\" must be a string, not " + what);
    return true;
  }

  bool open(bool object) {
    if (depth_ == 0 && !object) return fail("a record must be a JSON object");
    if (depth_ == 1 && member()) {
      return fail("\"" + key_ + "\" must be a string, not " + (object ? "an object" : "an array"));
    }
    ++depth_;
    return true;
  }

  bool close() {
    --depth_;
    return true;
  }

  bool fail(const std::string& message) {
    failure = message;
    return false;
  }

  int depth_ = 0;
  std::string key_;
};

// A record's date in ISO 8601, as a front matter date is read: an ISO date, else the first full
// date written out ("May 8, 2024"); "" when it holds none.
std::string iso_date(const std::string& value) {
  if (value.empty()) return "";
  std::string iso = segments::to_iso(segments::parse_iso_date(value));
  if (!iso.empty()) return iso;
  for (const auto& found : segments::find_dates(text::normalise_string(value), "")) {
    if (!found.relative && !found.iso.empty()) return found.iso;
  }
  return "";
}

}  // namespace

DocumentRecord parse_document_record(const std::string& line, const std::string& file, std::size_t line_number) {
  RecordHandler handler;
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(line.data(), line.size());
  // Iterative: deeply nested extra members cannot exhaust the stack. Numbers as written.
  constexpr unsigned kFlags =
      rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
  const Position at_line = Position::at_line(line_number);
  if (handler.failure) throw Error(ErrorKind::input, file, at_line, *handler.failure);
  if (result.IsError()) {
    throw Error(ErrorKind::input, file, Position::at_line(line_number, result.Offset() + 1),
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  if (!handler.seen_id) throw Error(ErrorKind::input, file, at_line, "record without \"id\"");
  if (handler.record.id.empty()) throw Error(ErrorKind::input, file, at_line, "record with an empty \"id\"");
  if (!handler.seen_text) {
    throw Error(ErrorKind::input, file, at_line, "record \"" + handler.record.id + "\" without \"text\"");
  }
  return std::move(handler.record);
}

Document read_document_record(DocumentRecord record, const ReadOptions& options) {
  ReadOptions with_date = options;
  const std::string date = iso_date(record.date);
  if (!date.empty()) with_date.date = date;
  Document document = read_document_bytes(std::move(record.text), record.id, with_date);
  if (!record.date.empty() && date.empty()) {
    document.warnings.push_back({record.id, Position{},
                                 "\"date\" '" + record.date + "' is not a date; the date is taken from the text"});
  }
  // As with the date, a title in the text's own front matter wins; a title guessed from the first
  // line does not.
  if (!record.title.empty() && !document.front_matter.count("title")) {
    document.title = text::normalise_string(record.title);
  }
  return document;
}

}  // namespace parley
