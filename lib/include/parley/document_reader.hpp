// Reading a briefing: decode, strip front matter and boilerplate, normalise, split into
// paragraphs, turns and sentences, and find dates.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "parley/document.hpp"
#include "parley/stage_times.hpp"

namespace parley {

struct ReadOptions {
  bool drop_boilerplate = true;
  StageTimes* times = nullptr;  // when set, time spent reading and segmenting is added here
  // The document's date when it is known beforehand (an earlier piece of the same file, a
  // record's field): relative dates resolve against it. A date in front matter still wins.
  std::string date;
};

// Reads a file. Throws Error (kind input) for a missing or unreadable file or a binary one;
// recoverable problems (invalid UTF-8, malformed front matter, empty file) become warnings.
Document read_document(const std::filesystem::path& path, const std::string& source, const ReadOptions& options = {});

// The same on bytes already in memory; `source` names them in errors and provenance.
Document read_document_bytes(std::string bytes, const std::string& source, const ReadOptions& options = {});

// Files larger than twice this are read in pieces by read_document_pieces.
inline constexpr std::size_t kDocumentPieceBytes = 512 * 1024;

// Reads a file of any size in pieces of whole paragraphs of about `piece_bytes` (cut at a blank
// line, else a line end, else a space), handing each piece to `each` in order, so that memory
// stays bounded by the piece size however large the file. Every piece is a Document whose byte
// offsets are those of the whole file; the first piece's title and date stand for the rest. A
// file of at most twice `piece_bytes`, or one that is not UTF-8, is one piece, exactly as
// read_document reads it. The price of pieces: what crosses a cut is not followed (a speaker
// turn begun in an earlier piece, a title that refers back to a name). Returns the piece count.
std::size_t read_document_pieces(const std::filesystem::path& path, const std::string& source,
                                 const std::function<void(Document&)>& each, const ReadOptions& options = {},
                                 std::size_t piece_bytes = kDocumentPieceBytes);

}  // namespace parley
