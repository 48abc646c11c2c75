// Reading a briefing: decode, strip front matter and boilerplate, normalise, split into
// paragraphs, turns and sentences, and find dates.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "parley/document.hpp"

namespace parley {

struct ReadOptions {
  bool drop_boilerplate = true;
  // Front matter given beside the text (a JSON Lines record's date and title): read as if the
  // text's own front matter held these fields, and winning over it. Keys in lower case.
  std::map<std::string, std::string> front_matter;
};

// Reads a file. Throws Error (kind input) for a missing or unreadable file or a binary one;
// recoverable problems (invalid UTF-8, malformed front matter, empty file) become warnings.
Document read_document(const std::filesystem::path& path, const std::string& source, const ReadOptions& options = {});

// The same on bytes already in memory; `source` names them in errors and provenance.
Document read_document_bytes(std::string bytes, const std::string& source, const ReadOptions& options = {});

}  // namespace parley
