// Reading a large file in pieces (read_document_pieces): pieces cut at paragraph boundaries give
// the same sentences, at the same file offsets, as reading the file whole; the first piece's date
// stands for the rest; small and UTF-16 files are one piece.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "parley/document_reader.hpp"

using parley::Document;

namespace {

struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& bytes, const std::string& name) {
    path = std::filesystem::temp_directory_path() / ("parley_pieces_" + std::to_string(::getpid()) + "_" + name);
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

// Invented paragraphs, each different, each a few sentences.
std::string paragraphs(int count) {
  std::string text = "Envoys Meet on Trade\n\nGENEVA, March 3, 2031\n\n";
  for (int i = 0; i < count; ++i) {
    text += "Paragraph " + std::to_string(i) + ": the envoys of Chile and Norway met yesterday. ";
    text += "They agreed to meet again in round " + std::to_string(i % 7 + 2) + ".\n\n";
  }
  return text;
}

std::vector<Document> pieces_of(const std::filesystem::path& path, std::size_t piece_bytes) {
  std::vector<Document> pieces;
  parley::read_document_pieces(path, "doc.txt", [&](Document& piece) { pieces.push_back(piece); }, {}, piece_bytes);
  return pieces;
}

}  // namespace

TEST_CASE("pieces: the sentences and offsets of the whole file, the first piece's date") {
  const std::string text = paragraphs(200);
  const TempFile file(text, "many.txt");
  const Document whole = parley::read_document(file.path, "doc.txt");
  const std::vector<Document> pieces = pieces_of(file.path, 1024);
  REQUIRE(pieces.size() > 5);

  std::vector<const parley::Sentence*> sentences;
  for (const auto& piece : pieces) {
    CHECK(piece.date == whole.date);
    CHECK(piece.title == whole.title);
    for (const auto& sentence : piece.sentences) sentences.push_back(&sentence);
  }
  REQUIRE(sentences.size() == whole.sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    CAPTURE(i);
    CHECK(sentences[i]->text == whole.sentences[i].text);
    CHECK(sentences[i]->span == whole.sentences[i].span);
    const auto& span = sentences[i]->span;
    CHECK(text.substr(span.begin, span.end - span.begin) == whole.sentences[i].text);
    REQUIRE(sentences[i]->dates.size() == whole.sentences[i].dates.size());
    for (std::size_t d = 0; d < sentences[i]->dates.size(); ++d) {
      CHECK(sentences[i]->dates[d].iso == whole.sentences[i].dates[d].iso);  // "yesterday": from the first piece's date
      CHECK(sentences[i]->dates[d].span == whole.sentences[i].dates[d].span);
    }
  }
}

TEST_CASE("pieces: a line with no breaks is cut at spaces, never inside a character") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "Gespr\xC3\xA4" "che in Z\xC3\xBCrich gingen weiter. ";
  const TempFile file(text, "line.txt");
  const std::vector<Document> pieces = pieces_of(file.path, 1000);
  REQUIRE(pieces.size() > 3);
  std::size_t sentences = 0;
  for (const auto& piece : pieces) {
    CHECK(piece.warnings.empty());  // no invalid UTF-8 from a cut
    for (const auto& sentence : piece.sentences) {
      CHECK(text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin) == sentence.text);
      ++sentences;
    }
  }
  CHECK(sentences == 300);
}

TEST_CASE("pieces: a small file, or one in UTF-16, is one piece read as read_document reads it") {
  const TempFile small(paragraphs(3), "small.txt");
  const auto one = pieces_of(small.path, 1 << 20);
  REQUIRE(one.size() == 1);
  CHECK(one.front().sentences.size() == parley::read_document(small.path, "doc.txt").sentences.size());

  std::string utf16 = "\xFF\xFE";
  for (char c : paragraphs(100)) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const TempFile wide(utf16, "wide.txt");
  CHECK(pieces_of(wide.path, 1024).size() == 1);
}
