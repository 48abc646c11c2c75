// Reading a graph file by its extension.
#include <fstream>

#include "parley/error.hpp"
#include "parley/graph_reader.hpp"

namespace parley {

bool is_graph_file(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".graphml" || extension == ".xml" || extension == ".json";
}

Graph read_graph_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  if (!is_graph_file(path)) {
    throw Error(ErrorKind::input, name, "not a graph file (expected .graphml or .json)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, name, "cannot open the file");
  if (path.extension() == ".json") return read_json_graph(in, name);
  return read_graphml(in, name);
}

}  // namespace parley
