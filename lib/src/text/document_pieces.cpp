// Reading a large file in pieces of whole paragraphs (see read_document_pieces in
// parley/document_reader.hpp): the reader and the extractor hold one piece at a time.
#include <algorithm>
#include <fstream>
#include <string_view>

#include "parley/document_reader.hpp"
#include "parley/error.hpp"

namespace parley {
namespace {

constexpr std::size_t kSniffBytes = 4096;

// UTF-16 (with or without a byte-order mark) and binary files hold NUL bytes early on; they are
// read whole, since a cut could fall inside a code unit.
bool looks_like_plain_utf8(std::string_view head) {
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'))) {
    return false;
  }
  return head.find('\0') == std::string_view::npos;
}

// Where to end a piece of `buffer`: after the last blank line, else the last line end, else the
// last sentence end, else the last space, else before the last incomplete UTF-8 sequence; never at 0 when the buffer is full.
std::size_t piece_end(std::string_view buffer) {
  const std::size_t search_from = buffer.size() / 2;  // pieces stay at least half the target size
  if (auto blank = buffer.rfind("\n\n"); blank != std::string_view::npos && blank >= search_from) return blank + 2;
  if (auto line = buffer.rfind('\n'); line != std::string_view::npos && line >= search_from) return line + 1;
  // No line ends: a sentence end, else any space.
  for (std::size_t stop = buffer.size(); stop > search_from;) {
    const std::size_t space = buffer.rfind(' ', stop - 1);
    if (space == std::string_view::npos || space < search_from + 1) break;
    const char before = buffer[space - 1];
    if (before == '.' || before == '?' || before == '!') return space + 1;
    stop = space;
  }
  if (auto space = buffer.rfind(' '); space != std::string_view::npos && space >= search_from) return space + 1;
  std::size_t end = buffer.size();
  while (end > search_from && (static_cast<unsigned char>(buffer[end - 1]) & 0xC0) == 0x80) --end;
  if (end > search_from && static_cast<unsigned char>(buffer[end - 1]) >= 0xC0) --end;  // a lead byte
  return end;
}

void shift(ByteSpan& span, std::size_t by) {
  span.begin += by;
  span.end += by;
}

// Offsets of a piece read on its own become offsets in the whole file.
void shift_offsets(Document& document, std::size_t by) {
  if (by == 0) return;
  for (auto& sentence : document.sentences) {
    shift(sentence.span, by);
    sentence.offsets.shift_original(by);
    for (auto& date : sentence.dates) shift(date.span, by);
  }
  for (auto& turn : document.turns) shift(turn.span, by);
  for (auto& dropped : document.dropped) shift(dropped.span, by);
  for (auto& warning : document.warnings) {
    if (warning.position.has_byte_offset) warning.position.byte_offset += by;
  }
}

}  // namespace

std::size_t read_document_pieces(const std::filesystem::path& path, const std::string& source,
                                 const std::function<void(Document&)>& each, const ReadOptions& options,
                                 std::size_t piece_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  std::ifstream in;
  if (!ec && size > 2 * piece_bytes) in.open(path, std::ios::binary);
  std::string head(kSniffBytes, '\0');
  if (in) {
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (!in || !looks_like_plain_utf8(head)) {
    Document whole = read_document(path, source, options);
    each(whole);
    return 1;
  }

  std::string buffer = std::move(head);
  std::size_t base = 0;  // file offset of buffer[0]
  std::size_t pieces = 0;
  ReadOptions later = options;
  std::string title;
  bool at_end = false;
  while (!at_end || !buffer.empty()) {
    if (!at_end && buffer.size() < piece_bytes) {
      const std::size_t had = buffer.size();
      buffer.resize(piece_bytes);
      in.read(buffer.data() + had, static_cast<std::streamsize>(piece_bytes - had));
      buffer.resize(had + static_cast<std::size_t>(in.gcount()));
      if (in.bad()) throw Error(ErrorKind::input, source, "error while reading the file");
      at_end = !in;
    }
    const std::size_t end = at_end ? buffer.size() : piece_end(buffer);
    std::string rest = buffer.substr(end);
    buffer.resize(end);
    Document piece = read_document_bytes(std::move(buffer), source, pieces == 0 ? options : later);
    shift_offsets(piece, base);
    if (pieces == 0) {
      later.date = piece.date;
      title = piece.title;
    } else {
      piece.title = title;
      // A piece that is only blank lines is no empty document.
      std::erase_if(piece.warnings, [](const Diagnostic& d) { return d.message.rfind("empty document", 0) == 0; });
    }
    piece.text.clear();
    piece.text.shrink_to_fit();
    each(piece);
    ++pieces;
    base += end;
    buffer = std::move(rest);
  }
  return pieces;
}

}  // namespace parley
