// Loading a graph argument: graph files are read back, anything else is extracted.
#include "graph_input.hh"

#include <filesystem>

#include "command_line.hh"
#include "parley/document_reader.hpp"
#include "parley/extractor.hpp"
#include "parley/graph_reader.hpp"
#include "parley/knowledge_base.hpp"

namespace parley::cli {

struct GraphInputs::Pipeline {
  KnowledgeBase knowledge_base = KnowledgeBase::builtin();
  Extractor extractor{knowledge_base};
};

GraphInputs::GraphInputs() = default;
GraphInputs::~GraphInputs() = default;

Graph GraphInputs::load(const std::filesystem::path& path, const std::string& source, bool quiet) {
  const std::string argument = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw Error(ErrorKind::input, argument, std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
  }
  if (is_graph_file(path)) return read_graph_file(path);
  // Built only when a briefing needs it: merging graph files alone does not load the knowledge base.
  if (!pipeline_) pipeline_ = std::make_unique<Pipeline>();
  const Document document = read_document(path, source);
  if (!quiet) {
    for (const auto& warning : document.warnings) report_warning(warning);
  }
  return pipeline_->extractor.extract(document);
}

}  // namespace parley::cli
