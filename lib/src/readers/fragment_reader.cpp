// Fragment records of JSON Lines (parley/json_lines.hpp): {"id": ..., "graph": <node-link>}.
//
// The record is read with RapidJSON's SAX reader; the events of its "graph" member go to the
// same node-link handler that reads a .json graph file, so a fragment's graph is restored
// exactly as a file's is, and a bad node or link is reported at its line and column.
#include <optional>
#include <string>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "parley/error.hpp"
#include "parley/json_lines.hpp"
#include "readers/graph_builder.hpp"
#include "readers/node_link_handler.hpp"

namespace parley {
namespace {

// Reads the record's own members and forwards everything inside "graph" to the graph handler.
class FragmentHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, FragmentHandler> {
 public:
  FragmentHandler(std::string file, readers::NodeLinkHandler& graph, const readers::CountingStream& stream)
      : file_(std::move(file)), graph_(graph), stream_(stream) {}

  std::optional<Error> failure;
  std::optional<std::string> id;
  bool seen_graph = false;

  bool StartObject() {
    if (graph_depth_ > 0) {
      ++graph_depth_;
      return graph_.StartObject();
    }
    if (depth_ == 1 && key_ == "id") return ours("an object");
    if (depth_ == 1 && key_ == "graph") {
      if (seen_graph) return fail("two \"graph\" members");
      seen_graph = true;
      graph_depth_ = 1;
      return graph_.StartObject();
    }
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType members) {
    if (graph_depth_ > 0) {
      --graph_depth_;
      return graph_.EndObject(members);
    }
    --depth_;
    return true;
  }
  bool StartArray() {
    if (graph_depth_ > 0) {
      ++graph_depth_;
      return graph_.StartArray();
    }
    if (depth_ == 0) return fail("a fragment must be a JSON object");
    if (depth_ == 1 && !ours("an array")) return false;
    ++depth_;
    return true;
  }
  bool EndArray(rapidjson::SizeType elements) {
    if (graph_depth_ > 0) {
      --graph_depth_;
      return graph_.EndArray(elements);
    }
    --depth_;
    return true;
  }
  bool Key(const char* text, rapidjson::SizeType length, bool copy) {
    if (graph_depth_ > 0) return graph_.Key(text, length, copy);
    if (depth_ == 1) key_.assign(text, length);
    return true;
  }
  bool String(const char* text, rapidjson::SizeType length, bool copy) {
    if (graph_depth_ > 0) return graph_.String(text, length, copy);
    if (depth_ == 1 && key_ == "id") {
      id.emplace(text, length);
      return true;
    }
    return scalar("a string");
  }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool copy) {
    if (graph_depth_ > 0) return graph_.RawNumber(text, length, copy);
    return scalar("a number");
  }
  bool Bool(bool value) {
    if (graph_depth_ > 0) return graph_.Bool(value);
    return scalar("true or false");
  }
  bool Null() {
    if (graph_depth_ > 0) return graph_.Null();
    return scalar("null");
  }

 private:
  // A value outside the graph that is not the id's string.
  bool scalar(const std::string& what) {
    if (depth_ == 0) return fail("a fragment must be a JSON object");
    return depth_ == 1 ? ours(what) : true;
  }
  // The value of a member at the record's top level: wrong for "id" and "graph", else skipped.
  bool ours(const std::string& what) {
    if (key_ == "id") return fail("\"id\" must be a string, not " + what);
    if (key_ == "graph") return fail("\"graph\" must be a node-link graph (an object), not " + what);
    return true;
  }
  bool fail(const std::string& message) {
    failure = Error(ErrorKind::input, file_, stream_.last_taken(), message);
    return false;
  }

  std::string file_;
  readers::NodeLinkHandler& graph_;
  const readers::CountingStream& stream_;
  int depth_ = 0;        // 1 inside the record object
  int graph_depth_ = 0;  // nesting inside "graph"; 0 when not in it
  std::string key_;
};

}  // namespace

Fragment parse_fragment_record(const std::string& line, const std::string& file, std::size_t line_number) {
  readers::GraphBuilder builder(file);
  readers::CountingStream stream(line, line_number);
  readers::NodeLinkHandler graph(builder, stream);
  FragmentHandler handler(file, graph, stream);
  rapidjson::Reader reader;
  constexpr unsigned kFlags =
      rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
  if (handler.failure) throw *handler.failure;
  if (graph.failure) throw *graph.failure;
  const Position at_line = Position::at_line(line_number);
  if (result.IsError()) {
    throw Error(ErrorKind::input, file, Position::at_line(line_number, result.Offset() + 1),
                std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()));
  }
  if (!handler.id) throw Error(ErrorKind::input, file, at_line, "fragment without \"id\"");
  if (!handler.seen_graph) throw Error(ErrorKind::input, file, at_line, "fragment without \"graph\"");
  if (!graph.seen_nodes) throw Error(ErrorKind::input, file, at_line, "not a node-link graph: no \"nodes\" array");
  return Fragment{std::move(*handler.id), builder.finish()};
}

}  // namespace parley
