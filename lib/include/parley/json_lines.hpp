// JSON Lines map/reduce (README, "JSON Lines"): a corpus of documents in, one graph fragment per
// document out (the map: `parley extract --jsonl`), fragments reduced into one graph (the reduce:
// `parley merge --jsonl`). Every record is one line of UTF-8 JSON:
//
//   document:  {"id": "...", "text": "...", "date": "...", "title": "...", ...}
//   fragment:  {"id": "...", "graph": <the document's node-link graph, SCHEMA.md>}
//
// A document's `id` is its name in provenance (`sources`, `evidence_source`, `support`), as a
// file's name is for `parley extract FILE`: ids must be unique across a corpus, since a merge
// counts a document once. Since merging is commutative and associative byte for byte, fragments
// reduced in any order and grouping give the graph of one `parley extract` run.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "parley/document.hpp"
#include "parley/document_reader.hpp"
#include "parley/graph.hpp"

namespace parley {

// Reads a JSON Lines stream one line at a time, never more: a corpus can be far larger than
// memory. Blank lines are skipped; a byte order mark before the first line and the '\r' of CRLF
// line ends are dropped.
class JsonLinesReader {
 public:
  // `file` names the stream in errors ("-" for standard input).
  JsonLinesReader(std::istream& in, std::string file);

  // The next non-blank line, without its line end; false at the end of the input. Throws Error
  // (kind input) when the stream fails.
  bool next(std::string& line);
  // The number of the line `next` returned last, counting from 1 (blank lines count).
  std::size_t line_number() const { return line_number_; }
  const std::string& file() const { return file_; }

 private:
  std::istream& in_;
  std::string file_;
  std::size_t line_number_ = 0;
};

// A document record. Fields other than these are ignored.
struct DocumentRecord {
  std::string id;     // required: a non-empty string (a number is taken as written)
  std::string text;   // required: the document's text, a string
  std::string date;   // optional: the document's date (ISO 8601, or a date as written)
  std::string title;  // optional: the document's title
};

// Parses one line as a document record. Throws Error (kind input) naming `file` and the line
// (and column, for JSON that does not parse) when the line is not a JSON object with a
// non-empty `id` and a string `text`, or when `date` or `title` is there and not a string
// (null counts as absent).
DocumentRecord parse_document_record(const std::string& line, const std::string& file, std::size_t line_number);

// Reads the record's text as read_document_bytes reads a file's bytes, named by its id, with
// the record's date (ReadOptions::date: relative dates resolve against it) and title. As for a
// file, front matter in the text itself wins over both; a date that is not one is a warning.
// Byte offsets in provenance are offsets into the record's text.
Document read_document_record(DocumentRecord record, const ReadOptions& options = {});

// A fragment record: the graph of one document (or of several, for a reducer's own output).
struct Fragment {
  std::string id;
  Graph graph;
};

// Parses one line as a fragment record, reading the graph exactly as read_json_graph reads a
// node-link file (per-document support included). Throws Error (kind input) naming `file`, the
// line and the column when the line does not parse, lacks `id` or `graph`, or its graph is
// malformed (duplicate node id, dangling edge end, ...).
Fragment parse_fragment_record(const std::string& line, const std::string& file, std::size_t line_number);

// Writes one fragment record, a single line ending in '\n'.
void write_fragment(std::ostream& out, const std::string& id, const Graph& graph);

}  // namespace parley
