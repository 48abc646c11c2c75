// Writing fragment records of JSON Lines (parley/json_lines.hpp): the id, then the graph in the
// JSON writer's one-line layout, so a record is exactly one line.
#include <ostream>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "parley/json_lines.hpp"
#include "writers/json_writer.hpp"

namespace parley {

void write_fragment(std::ostream& out, const std::string& id, const Graph& graph) {
  rapidjson::StringBuffer quoted;
  rapidjson::Writer<rapidjson::StringBuffer> writer(quoted);
  writer.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
  out << "{\"id\": " << quoted.GetString() << ", \"graph\": ";
  writers::JsonWriter(/*one_line=*/true).write(graph, out);
  out << "}\n";
}

}  // namespace parley
