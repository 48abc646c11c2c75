// Decoding the bytes of a file into UTF-8: UTF-8 (with or without a BOM), UTF-16 with a BOM or
// recognised by its zero bytes, invalid UTF-8 repaired. Line ends are kept as they were (CRLF,
// lone CR): offsets in the decoded text are offsets in the text as read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/error.hpp"

namespace parley::text {

enum class SourceEncoding { utf8, utf16le, utf16be };

struct DecodedText {
  std::string utf8;
  SourceEncoding encoding = SourceEncoding::utf8;
  std::vector<Diagnostic> warnings;  // invalid UTF-8, with the byte offset in the file
};

// Throws Error (kind input) for a binary file: zero bytes that are not UTF-16.
DecodedText decode(std::string bytes, const std::string& source);

// The offset of the first byte that is not part of valid UTF-8, or bytes.size().
std::size_t first_invalid_utf8(std::string_view bytes);

// Replaces each maximal invalid UTF-8 sequence by U+FFFD; reports the first few with their offsets.
std::string repair_utf8(std::string_view bytes, const std::string& source, std::vector<Diagnostic>& warnings);

}  // namespace parley::text
