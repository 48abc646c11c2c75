// Formats by name and extension, the writer factory, and atomic writing to files.
#include "parley/graph_writer.hpp"

#include <array>

#include "parley/error.hpp"
#include "parley/output_file.hpp"
#include "writers/csv_writer.hpp"
#include "writers/dot_writer.hpp"
#include "writers/element_stream.hpp"
#include "writers/gexf_writer.hpp"
#include "writers/graphml_writer.hpp"
#include "writers/json_writer.hpp"

namespace parley {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 5> kFormats = {{
    {Format::graphml, "graphml", ".graphml"},
    {Format::dot, "dot", ".dot"},
    {Format::gexf, "gexf", ".gexf"},
    {Format::json, "json", ".json"},
    {Format::csv, "csv", ".csv"},
}};

}  // namespace

std::optional<Format> format_from_path(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension == ".gv") return Format::dot;
  for (const auto& info : kFormats) {
    if (extension == info.extension) return info.format;
  }
  return std::nullopt;
}

Format parse_format(std::string_view name) {
  for (const auto& info : kFormats) {
    if (name == info.name) return info.format;
  }
  throw Error(ErrorKind::usage, "", "unknown format '" + std::string(name) + "' (expected graphml, dot, gexf, json or csv)");
}

std::string_view format_name(Format format) {
  for (const auto& info : kFormats) {
    if (info.format == format) return info.name;
  }
  return "graphml";
}

std::string_view format_extension(Format format) {
  for (const auto& info : kFormats) {
    if (info.format == format) return info.extension;
  }
  return ".graphml";
}

std::unique_ptr<GraphWriter> make_writer(Format format, const WriteOptions& options) {
  switch (format) {
    case Format::graphml: return std::make_unique<writers::GraphmlWriter>(options.threads);
    case Format::dot: return std::make_unique<writers::DotWriter>();
    case Format::gexf: return std::make_unique<writers::GexfWriter>(options.gexf_version);
    case Format::json: return std::make_unique<writers::JsonWriter>(options.json_one_line);
    case Format::csv: return std::make_unique<writers::CsvWriter>();
  }
  throw Error(ErrorKind::internal, "", "unknown output format");
}

namespace writers {

std::unique_ptr<ElementStream> make_element_stream(Format format, std::ostream& out, const GraphInfo& info,
                                                   const std::set<std::string>& node_attribute_names,
                                                   const std::set<std::string>& edge_attribute_names,
                                                   const WriteOptions& options) {
  switch (format) {
    case Format::graphml:
      return std::make_unique<GraphmlStream>(out, info, node_columns(node_attribute_names),
                                             edge_columns(edge_attribute_names));
    case Format::json:
      return std::make_unique<JsonStream>(out, info, node_columns(node_attribute_names),
                                          edge_columns(edge_attribute_names), options.json_one_line);
    case Format::dot:
    case Format::gexf:
    case Format::csv: break;
  }
  return nullptr;
}

}  // namespace writers

std::vector<std::filesystem::path> output_paths(const std::filesystem::path& path, Format format) {
  if (format == Format::csv) return {writers::csv_nodes_path(path), writers::csv_edges_path(path)};
  return {path};
}

void write_graph_file(const Graph& graph, const std::filesystem::path& path, Format format, const WriteOptions& options) {
  if (format == Format::csv) {
    // Both tables are written in full before either is renamed into place, so a failure while
    // writing leaves both previous files as they were.
    const writers::CsvWriter writer;
    OutputFile nodes(writers::csv_nodes_path(path));
    OutputFile edges(writers::csv_edges_path(path));
    writer.write_nodes(graph, nodes.stream());
    writer.write_edges(graph, edges.stream());
    nodes.commit();
    edges.commit();
    return;
  }
  auto writer = make_writer(format, options);
  OutputFile file(path);
  writer->write(graph, file.stream());
  file.commit();
}

}  // namespace parley
