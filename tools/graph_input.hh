// What `parley merge` and `parley diff` take as an input: a graph file (.graphml, .json), read
// back as written, or else a briefing, read and extracted with the real pipeline.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "parley/graph.hpp"

namespace parley::cli {

class GraphInputs {
 public:
  GraphInputs();
  ~GraphInputs();

  // Throws Error (kind input) for a missing file or bad content. Briefings are named in
  // provenance by the argument as given; their warnings go to stderr unless `quiet`.
  Graph load(const std::string& argument, bool quiet) { return load(argument, argument, quiet); }
  // The same with the name the briefing goes by (a path relative to a directory argument).
  Graph load(const std::filesystem::path& path, const std::string& source, bool quiet);

 private:
  struct Pipeline;                     // the knowledge base and extractor, built on first use
  std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace parley::cli
