// JSON Lines records (parley/json_lines.hpp): lines and their numbers, document records (escapes,
// optional fields, what is refused and where), reading a record as a briefing, and fragments that
// read back exactly and are refused with file, line and column when malformed.
#include <doctest/doctest.h>

#include <sstream>

#include "parley/error.hpp"
#include "parley/graph_writer.hpp"
#include "parley/json_lines.hpp"
#include "random_graph.hpp"

using namespace parley;

namespace {

std::vector<std::pair<std::size_t, std::string>> lines_of(const std::string& text) {
  std::istringstream in(text);
  JsonLinesReader reader(in, "in.jsonl");
  std::vector<std::pair<std::size_t, std::string>> lines;
  std::string line;
  while (reader.next(line)) lines.emplace_back(reader.line_number(), line);
  return lines;
}

std::string json(const Graph& graph) {
  std::ostringstream out;
  make_writer(Format::json)->write(graph, out);
  return out.str();
}

std::string fragment(const std::string& id, const Graph& graph) {
  std::ostringstream out;
  write_fragment(out, id, graph);
  return out.str();
}

struct Refused {
  const char* name;
  std::string line;
  std::string message;  // a part of the message
  std::size_t column;   // 0: the error names the line only
};

// Runs `parse` on each case's line as line 7 of "in.jsonl" and checks the error.
template <typename Parse>
void check_refused(const std::vector<Refused>& cases, Parse parse) {
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    try {
      parse(c.line);
      FAIL("accepted a bad record");
    } catch (const Error& error) {
      CHECK(error.kind() == ErrorKind::input);
      CHECK(error.file() == "in.jsonl");
      CHECK(error.position().line == 7);
      CHECK(error.position().column == c.column);
      CAPTURE(error.message());
      CHECK(error.message().find(c.message) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("lines: blank lines skipped but counted, BOM and CRLF dropped") {
  const auto lines = lines_of("\xEF\xBB\xBF{\"a\": 1}\r\n\n   \n{\"b\": 2}\n\t\r\n{\"c\": 3}");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == std::make_pair(std::size_t{1}, std::string("{\"a\": 1}")));
  CHECK(lines[1] == std::make_pair(std::size_t{4}, std::string("{\"b\": 2}")));
  CHECK(lines[2] == std::make_pair(std::size_t{6}, std::string("{\"c\": 3}")));  // no final line end
  CHECK(lines_of("").empty());
  CHECK(lines_of("\n\n").empty());
}

TEST_CASE("document records: fields, escapes, numbers as ids, extra members skipped") {
  const std::string line =
      R"({"url": "https://x", "id": "doc-1", "meta": {"id": "not this", "tags": [1, {"text": 2}]},)"
      R"( "text": "Caf\u00e9 \"talks\"\n\ud83d\ude00 \u4e2d", "date": "2024-05-08", "title": "Readout", "n": null})";
  const DocumentRecord record = parse_document_record(line, "in.jsonl", 1);
  CHECK(record.id == "doc-1");
  CHECK(record.text == "Caf\xC3\xA9 \"talks\"\n\xF0\x9F\x98\x80 \xE4\xB8\xAD");
  CHECK(record.date == "2024-05-08");
  CHECK(record.title == "Readout");

  // Hadoop Streaming may end an output line with a tab: JSON whitespace.
  CHECK(parse_document_record("{\"id\": \"t\", \"text\": \"x\"}\t ", "f", 1).id == "t");

  const DocumentRecord numbered = parse_document_record(R"({"id": 17, "text": "", "date": null, "title": null})", "f", 1);
  CHECK(numbered.id == "17");
  CHECK(numbered.text.empty());
  CHECK(numbered.date.empty());
  CHECK(numbered.title.empty());
}

TEST_CASE("document records: bad ones are refused with the file, the line and what is wrong") {
  check_refused(
      {
          {"not JSON", "not json", "not valid JSON", 2},
          {"truncated", R"({"id": "a", "text": "x)", "not valid JSON: Missing a closing quotation mark", 23},
          {"trailing value", R"({"id": "a", "text": "x"} {})", "must not be followed by other values", 26},
          {"lone surrogate", R"({"id": "a", "text": "\ud800"})", "surrogate pair", 22},
          {"invalid UTF-8", "{\"id\": \"a\", \"text\": \"\xC3\x28\"}", "Invalid encoding", 22},
          {"array", R"(["id", "text"])", "a record must be a JSON object", 0},
          {"string", R"("text")", "a record must be a JSON object", 0},
          {"no id", R"({"text": "x"})", "record without \"id\"", 0},
          {"empty id", R"({"id": "", "text": "x"})", "empty \"id\"", 0},
          {"id object", R"({"id": {"a": 1}, "text": "x"})", "\"id\" must be a string, not an object", 0},
          {"no text", R"({"id": "a7"})", "record \"a7\" without \"text\"", 0},
          {"text number", R"({"id": "a", "text": 3})", "\"text\" must be a string, not a number", 0},
          {"text null", R"({"id": "a", "text": null})", "\"text\" must be a string, not null", 0},
          {"text array", R"({"id": "a", "text": ["x"]})", "\"text\" must be a string, not an array", 0},
          {"date number", R"({"id": "a", "text": "x", "date": 2024})", "\"date\" must be a string", 0},
          {"title bool", R"({"id": "a", "text": "x", "title": true})", "\"title\" must be a string", 0},
      },
      [](const std::string& line) { parse_document_record(line, "in.jsonl", 7); });
}

TEST_CASE("a record reads as a briefing: its id names it, its date and title are the document's") {
  DocumentRecord record;
  record.id = "batch-3/readout-17";
  record.text = "Ministers of Canada and Japan met in Ottawa on 3 March 2021.\n\nThey met again yesterday.\n";
  record.date = "2024-05-08";
  record.title = "A  readout";
  const Document document = read_document_record(record);
  CHECK(document.source == "batch-3/readout-17");
  CHECK(document.text == record.text);  // offsets in provenance are into the record's text
  CHECK(document.date == "2024-05-08");  // the record's date wins over a date in the text
  CHECK(document.date_origin == "given");
  CHECK(document.title == "A readout");
  REQUIRE(document.sentences.size() == 2);
  CHECK(document.sentences[1].span.begin == record.text.find("They"));
  // "yesterday" resolves against the record's date.
  REQUIRE(document.sentences[1].dates.size() == 1);
  CHECK(document.sentences[1].dates[0].iso == "2024-05-07");

  record.date = "May 9, 2024";  // a date as written
  CHECK(read_document_record(record).date == "2024-05-09");

  record.date = "someday";
  record.title.clear();
  const Document undated = read_document_record(record);
  CHECK(undated.date == "2021-03-03");
  REQUIRE(undated.warnings.size() == 1);
  CHECK(undated.warnings[0].file == "batch-3/readout-17");
  CHECK(undated.warnings[0].message.find("\"date\" 'someday' is not a date") != std::string::npos);

  // Front matter in the text itself wins, as it does in a file.
  record.text = "---\ntitle: Own title\ndate: 2020-01-02\n---\nCanada and Japan met.\n";
  record.date = "2024-05-08";
  record.title = "Record title";
  const Document own = read_document_record(record);
  CHECK(own.date == "2020-01-02");
  CHECK(own.title == "Own title");
}

TEST_CASE("fragments: one line each, read back exactly") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    testing::RandomGraphs random(seed);
    const Graph graph = random.document("d\"1\".txt", seed % 2 ? "2023-07-05" : "");
    const std::string id = "d\"1\"\n\xC3\x9Cn\xC3\xAF \\ id";
    const std::string line = fragment(id, graph);
    REQUIRE(!line.empty());
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
    const Fragment read = parse_fragment_record(line.substr(0, line.size() - 1), "f.jsonl", 3);
    CHECK(read.id == id);
    CHECK(json(read.graph) == json(graph));
    CHECK(fragment(read.id, read.graph) == line);
  }
  const Fragment empty = parse_fragment_record(fragment("e", Graph{}) + "\t", "f.jsonl", 1);
  CHECK(empty.graph.node_count() == 0);
  // Members may come in any order, and others are skipped.
  const Fragment reordered = parse_fragment_record(
      R"({"graph": {"nodes": [{"id": "actor:a", "type": "actor"}], "links": []}, "x": [{"id": 1}], "id": "r"})", "f", 1);
  CHECK(reordered.id == "r");
  CHECK(reordered.graph.find_node("actor:a") != nullptr);
}

TEST_CASE("fragments: bad ones are refused with the file, the line and the column") {
  check_refused(
      {
          {"not JSON", R"({"id": "a", "graph": {"nodes": [}})", "not valid JSON", 33},
          {"no id", R"({"graph": {"nodes": []}})", "fragment without \"id\"", 0},
          {"no graph", R"({"id": "a"})", "fragment without \"graph\"", 0},
          {"id number", R"({"id": 3, "graph": {"nodes": []}})", "\"id\" must be a string, not a number", 8},
          {"id object", R"({"id": {"x": "a"}, "graph": {"nodes": []}})", "\"id\" must be a string, not an object", 7},
          {"graph string", R"({"id": "a", "graph": "g"})", "\"graph\" must be a node-link graph", 24},
          {"graph array", R"({"id": "a", "graph": []})", "\"graph\" must be a node-link graph", 21},
          {"two graphs", R"({"id": "a", "graph": {"nodes": []}, "graph": {"nodes": []}})", "two \"graph\" members", 45},
          {"no nodes", R"({"id": "a", "graph": {"links": []}})", "no \"nodes\" array", 0},
          {"array", R"([{"id": "a"}])", "a fragment must be a JSON object", 0},
          {"duplicate node", R"({"id": "a", "graph": {"nodes": [{"id": "x"}, {"id": "x"}]}})", "duplicate node id 'x'", 45},
          {"dangling edge", R"({"id": "a", "graph": {"nodes": [{"id": "x"}], "links": [{"source": "x", "target": "y"}]}})",
           "no node with id 'y'", 56},
          {"bad number", R"({"id": "a", "graph": {"nodes": [{"id": "x", "mentions": 1.5}]}})", "mentions", 32},
      },
      [](const std::string& line) { parse_fragment_record(line, "in.jsonl", 7); });
}

TEST_CASE("every prefix and every one-byte change of a record is read or refused with an Error") {
  testing::RandomGraphs random(7);
  const std::string fragment_line = fragment("d1", random.document("d1.txt", "2023-07-05"));
  const std::string document_line =
      R"({"id": "x", "text": "Caf\u00e9 \ud83d\ude00 talks.", "date": "2024-05-08", "meta": [{"a": [1, 2.5e3]}, null]})";
  const auto survives = [](const std::string& line) {
    try {
      (void)parse_document_record(line, "f", 1);
    } catch (const Error& error) {
      CHECK(error.kind() == ErrorKind::input);
    }
    try {
      (void)parse_fragment_record(line, "f", 1);
    } catch (const Error& error) {
      CHECK(error.kind() == ErrorKind::input);
    }
  };
  for (const std::string& line : {fragment_line.substr(0, fragment_line.size() - 1), document_line}) {
    for (std::size_t cut = 0; cut <= line.size(); ++cut) survives(line.substr(0, cut));
    for (std::size_t at = 0; at < line.size(); ++at) {
      for (const char replacement : {'}', ']', '"', '\\', '\0', '\xC3'}) {
        std::string changed = line;
        changed[at] = replacement;
        survives(changed);
      }
    }
  }
}
