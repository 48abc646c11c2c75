// Writing graphs: one writer interface, one class per format (GraphML, DOT, GEXF, JSON, CSV),
// all carrying the attributes of SCHEMA.md, deterministic byte for byte.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/graph.hpp"

namespace parley {

enum class Format { graphml, dot, gexf, json, csv };

// From a path's extension (.graphml, .dot/.gv, .gexf, .json, .csv); nullopt when unknown.
std::optional<Format> format_from_path(const std::filesystem::path& path);
// From a --format value; throws Error (kind usage) for an unknown name.
Format parse_format(std::string_view name);
std::string_view format_name(Format format);
std::string_view format_extension(Format format);  // ".graphml", ...

struct WriteOptions {
  std::string gexf_version = "1.2";  // "1.2" (1.2draft) or "1.3"
  // JSON on one line, no line break even at the end: a record of a JSON Lines file
  // (parley/json_lines.hpp). By default a node or link per line, for readable diffs.
  bool json_one_line = false;
  // Threads that format the elements of a GraphML file while the calling thread writes them
  // out; the bytes are the same for any number.
  unsigned threads = 1;
};

class GraphWriter {
 public:
  // Writes the whole graph as one document. CSV, being two files, refuses (Error, kind usage):
  // use write_graph_file.
  virtual ~GraphWriter() = default;
  virtual void write(const Graph& graph, std::ostream& out) const = 0;
};

std::unique_ptr<GraphWriter> make_writer(Format format, const WriteOptions& options = {});

// The files write_graph_file writes for `path`: the path itself, or for CSV the two tables.
std::vector<std::filesystem::path> output_paths(const std::filesystem::path& path, Format format);

// Writes to `path` atomically (a temporary file renamed into place). CSV writes two files,
// <stem>.nodes.csv and <stem>.edges.csv. Throws Error (kind input) when it cannot write.
void write_graph_file(const Graph& graph, const std::filesystem::path& path, Format format,
                      const WriteOptions& options = {});

}  // namespace parley
