// Formats by name and extension, the writer factory, and atomic writing to files.
#include "parley/graph_writer.hpp"

#include <array>

#include "parley/error.hpp"
#include "parley/output_file.hpp"
#include "writers/graphml_writer.hpp"

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

std::unique_ptr<GraphWriter> make_writer(Format format, const WriteOptions& /*options*/) {
  switch (format) {
    case Format::graphml: return std::make_unique<writers::GraphmlWriter>();
    default: break;
  }
  throw Error(ErrorKind::usage, "", "format '" + std::string(format_name(format)) + "' is not supported yet");
}

void write_graph_file(const Graph& graph, const std::filesystem::path& path, Format format, const WriteOptions& options) {
  auto writer = make_writer(format, options);
  OutputFile file(path);
  writer->write(graph, file.stream());
  file.commit();
}

}  // namespace parley
