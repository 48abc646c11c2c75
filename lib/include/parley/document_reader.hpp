// Reading a briefing: decode, strip front matter and boilerplate, normalise, split into
// paragraphs, turns and sentences, and find dates.
#pragma once

#include <filesystem>
#include <string>

#include "parley/document.hpp"
#include "parley/stage_times.hpp"

namespace parley {

struct ReadOptions {
  bool drop_boilerplate = true;
  StageTimes* times = nullptr;  // when set, time spent reading and segmenting is added here
};

// Reads a file. Throws Error (kind input) for a missing or unreadable file or a binary one;
// recoverable problems (invalid UTF-8, malformed front matter, empty file) become warnings.
Document read_document(const std::filesystem::path& path, const std::string& source, const ReadOptions& options = {});

// The same on bytes already in memory; `source` names them in errors and provenance.
Document read_document_bytes(std::string bytes, const std::string& source, const ReadOptions& options = {});

}  // namespace parley
