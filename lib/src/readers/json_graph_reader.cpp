// Reading networkx node-link JSON (what Parley's JSON writer writes, SCHEMA.md):
// {"directed", "multigraph", "graph": {source, title, date}, "nodes": [{"id", ...}],
//  "links": [{"source", "target", ...}]}. Lists are arrays; numbers are kept as written.
//
// Parsed with RapidJSON's SAX reader over a stream that counts lines (readers/node_link_handler.hpp),
// so that a node or link that is wrong (duplicate id, dangling end, bad number) is reported at
// the line and column of its opening brace, not only syntax errors.
#include <istream>
#include <iterator>
#include <string>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "parley/error.hpp"
#include "parley/graph_reader.hpp"
#include "readers/graph_builder.hpp"
#include "readers/node_link_handler.hpp"

namespace parley {
namespace {

Position position_of_offset(const std::string& bytes, std::size_t offset) {
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return Position::at_line(line, offset - line_start + 1);
}

}  // namespace

Graph read_json_graph(std::istream& in, const std::string& file) {
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw Error(ErrorKind::input, file, "read error");
  readers::GraphBuilder builder(file);
  readers::CountingStream stream(bytes);
  readers::NodeLinkHandler handler(builder, stream);
  rapidjson::Reader reader;
  // Iterative: a deeply nested input cannot exhaust the stack.
  constexpr unsigned kFlags =
      rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
  if (handler.failure) throw *handler.failure;
  if (result.IsError()) {
    throw Error(ErrorKind::input, file, position_of_offset(bytes, result.Offset()),
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  if (!handler.seen_nodes) throw Error(ErrorKind::input, file, "not a node-link graph: no \"nodes\" array");
  return builder.finish();
}

}  // namespace parley
