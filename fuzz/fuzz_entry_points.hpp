// The entry points the fuzz targets drive, shared with tests/fuzz_regressions_test.cpp so that
// every crash input found by fuzzing is replayed through exactly the code that crashed.
//
// Each takes arbitrary bytes. Refusing them with parley::Error (kind input or usage) is the
// expected outcome for bad input; anything else escaping (another exception, a crash, a
// sanitizer report, a hang) is a bug. The functions are inline so that a target links only the
// readers it uses.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "parley/document_reader.hpp"
#include "parley/error.hpp"
#include "parley/extractor.hpp"
#include "parley/graph_reader.hpp"
#include "parley/json_lines.hpp"
#include "parley/knowledge_base.hpp"

namespace parley::fuzz {

// Calls `body`, swallowing the library's own refusals of bad input. An internal error is a bug.
template <typename Body>
void expecting_input_errors(Body&& body) {
  try {
    body();
  } catch (const parley::Error& error) {
    if (error.kind() == parley::ErrorKind::internal) throw;
  }
}

// Writes bytes to a file private to this process, for loaders that only read files.
inline std::filesystem::path scratch_file(std::string_view bytes, const std::string& extension) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("parley-fuzz-" + std::to_string(::getpid()) + extension);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

// The document reader: decoding, front matter, boilerplate, segmentation, dates.
inline void read_document_input(std::string_view bytes) {
  expecting_input_errors([&] { (void)read_document_bytes(std::string(bytes), "fuzz.txt"); });
}

// Extraction: the document reader, then every stage after it (tokens, mentions, entities,
// relations, the graph) with the built-in knowledge base, loaded once per process.
inline void extract_input(std::string_view bytes) {
  static const KnowledgeBase knowledge_base = KnowledgeBase::builtin();
  static const Extractor extractor(knowledge_base);
  expecting_input_errors([&] {
    const Document document = read_document_bytes(std::string(bytes), "fuzz.txt");
    (void)extractor.extract(document);
  });
}

// The knowledge-base loader, through the same file path `parley kb check` and `--kb` take.
inline void knowledge_base_input(std::string_view bytes) {
  const auto path = scratch_file(bytes, ".json");
  expecting_input_errors([&] { (void)KnowledgeBase::check_file(path); });
  expecting_input_errors([&] {
    KnowledgeBase knowledge_base;
    knowledge_base.add_file(path);
  });
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

inline void graphml_input(std::string_view bytes) {
  expecting_input_errors([&] {
    std::istringstream in{std::string(bytes)};
    (void)read_graphml(in, "fuzz.graphml");
  });
}

inline void json_graph_input(std::string_view bytes) {
  expecting_input_errors([&] {
    std::istringstream in{std::string(bytes)};
    (void)read_json_graph(in, "fuzz.json");
  });
}

// JSON Lines: each line as a document record (read as extract --jsonl reads it) and as a
// fragment record (as merge --jsonl reads it).
inline void json_lines_input(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  JsonLinesReader reader(in, "fuzz.jsonl");
  std::string line;
  for (;;) {
    bool more = false;
    expecting_input_errors([&] { more = reader.next(line); });
    if (!more) break;
    expecting_input_errors([&] {
      (void)read_document_record(parse_document_record(line, reader.file(), reader.line_number()));
    });
    expecting_input_errors([&] { (void)parse_fragment_record(line, reader.file(), reader.line_number()); });
  }
}

}  // namespace parley::fuzz
