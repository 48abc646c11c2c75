// Decoding of a file's bytes into UTF-8 (see decoder.hpp).
#include "text/decoder.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "core/byte_block.hpp"

namespace parley::text {
namespace {

constexpr std::size_t kReportedInvalidSequences = 5;  // then one summary: a damaged file is one problem

// UTF-16 without a BOM: in text, most code units of ASCII characters have one zero byte, always
// on the same side. Looks at a prefix so a 50 MB file costs nothing more.
SourceEncoding guess_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 2) return SourceEncoding::utf8;
  // Text with no zero byte at all (all UTF-8 text) is no UTF-16 by the counts below: one memchr
  // tells it, not a count of every pair.
  if (std::memchr(bytes.data(), '\0', n) == nullptr) return SourceEncoding::utf8;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0';
    zero_odd += bytes[i + 1] == '\0';
  }
  const std::size_t units = n / 2;
  if (zero_odd * 10 >= units * 3 && zero_even * 20 <= units) return SourceEncoding::utf16le;
  if (zero_even * 10 >= units * 3 && zero_odd * 20 <= units) return SourceEncoding::utf16be;
  return SourceEncoding::utf8;
}

std::string convert_utf16(std::string_view bytes, SourceEncoding encoding, const std::string& source,
                          std::vector<Diagnostic>& warnings) {
  UErrorCode status = U_ZERO_ERROR;
  const char* name = encoding == SourceEncoding::utf16le ? "UTF-16LE" : "UTF-16BE";
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(name, &status), ucnv_close);
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, source, std::string("ICU cannot open converter ") + name);
  if (bytes.size() % 2 != 0) {
    warnings.push_back({source, Position::at_byte(bytes.size() - 1), "odd number of bytes in UTF-16 text; last byte ignored"});
    bytes.remove_suffix(1);
  }
  // UTF-16 -> UTF-8 grows by at most 3/2; ICU substitutes U+FFFD for unpaired surrogates.
  std::string out(bytes.size() / 2 * 3 + 16, '\0');
  char* target = out.data();
  const char* input = bytes.data();
  std::unique_ptr<UConverter, void (*)(UConverter*)> utf8(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, source, "ICU cannot open the UTF-8 converter");
  ucnv_convertEx(utf8.get(), converter.get(), &target, out.data() + out.size(), &input, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) throw Error(ErrorKind::input, source, std::string("cannot decode ") + name + ": " + u_errorName(status));
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
  std::size_t first_invalid = bytes.size();
  {
    int32_t i = 0;
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    while (i < length) {
      // ASCII, most of any text, sixteen bytes at a time in a compiler vector (SSE2, NEON), and
      // four blocks asked at once while they are all ASCII; from a block that is not, straight
      // to its first byte that is not.
      if (length - i >= 64) {
        const char* at = bytes.data() + i;
        if (!any_lane((load_block(at) | load_block(at + 16) | load_block(at + 32) | load_block(at + 48)) >= 0x80)) {
          i += 64;
          continue;
        }
      }
      if (length - i >= 16) {
        const std::size_t lane = first_lane(load_block(bytes.data() + i) >= 0x80);
        if (lane == 16) {
          i += 16;
          continue;
        }
        i += static_cast<int32_t>(lane);
      } else if (s[i] < 0x80) {
        ++i;
        continue;
      }
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0) {
        first_invalid = static_cast<std::size_t>(start);
        break;
      }
    }
  }
  return first_invalid;
}

std::string repair_utf8(std::string_view bytes, const std::string& source, std::vector<Diagnostic>& warnings) {
  const std::size_t first_invalid = first_invalid_utf8(bytes);
  if (first_invalid == bytes.size()) return std::string(bytes);

  std::string out;
  out.reserve(bytes.size() + 16);
  out.append(bytes.substr(0, first_invalid));
  std::size_t invalid_count = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  std::size_t pos = first_invalid;
  while (pos < bytes.size()) {
    if (s[pos] < 0x80) {
      out.push_back(static_cast<char>(s[pos++]));
      continue;
    }
    // Work in windows of at most 4 bytes so offsets stay within int32_t for any file size.
    const std::size_t window = std::min<std::size_t>(4, bytes.size() - pos);
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(s + pos, i, static_cast<int32_t>(window), c);
    if (c >= 0) {
      out.append(bytes.substr(pos, static_cast<std::size_t>(i)));
    } else {
      out.append("\xEF\xBF\xBD");
      if (invalid_count < kReportedInvalidSequences) {
        warnings.push_back({source, Position::at_byte(pos), "invalid UTF-8 replaced by U+FFFD"});
      }
      ++invalid_count;
    }
    pos += static_cast<std::size_t>(i);
  }
  if (invalid_count > kReportedInvalidSequences) {
    warnings.push_back({source, Position{}, std::to_string(invalid_count) + " invalid UTF-8 sequences replaced in all"});
  }
  return out;
}

DecodedText decode(std::string bytes, const std::string& source) {
  DecodedText decoded;
  std::string_view view(bytes);
  if (view.size() >= 2 && static_cast<uint8_t>(view[0]) == 0xFF && static_cast<uint8_t>(view[1]) == 0xFE) {
    decoded.encoding = SourceEncoding::utf16le;
    view.remove_prefix(2);
  } else if (view.size() >= 2 && static_cast<uint8_t>(view[0]) == 0xFE && static_cast<uint8_t>(view[1]) == 0xFF) {
    decoded.encoding = SourceEncoding::utf16be;
    view.remove_prefix(2);
  } else {
    decoded.encoding = guess_utf16(view);
  }

  if (decoded.encoding != SourceEncoding::utf8) {
    decoded.utf8 = convert_utf16(view, decoded.encoding, source, decoded.warnings);
  } else {
    if (view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    const auto zero = view.find('\0');
    if (zero != std::string_view::npos) {
      const std::size_t offset = zero + static_cast<std::size_t>(view.data() - bytes.data());
      throw Error(ErrorKind::input, source, Position::at_byte(offset), "binary file (zero byte in text that is not UTF-16)");
    }
    if (view.size() == bytes.size()) {
      // The common case: no BOM. Validate in place and keep the buffer without copying.
      if (first_invalid_utf8(view) == view.size()) {
        decoded.utf8 = std::move(bytes);
      } else {
        decoded.utf8 = repair_utf8(view, source, decoded.warnings);
      }
      return decoded;
    }
    decoded.utf8 = repair_utf8(view, source, decoded.warnings);
    // Offsets in warnings are in the file: add the BOM back.
    for (auto& warning : decoded.warnings) {
      if (warning.position.has_byte_offset) warning.position.byte_offset += 3;
    }
  }
  if (decoded.utf8.find('\0') != std::string::npos) {
    throw Error(ErrorKind::input, source, "binary file (zero character in decoded text)");
  }
  return decoded;
}

}  // namespace parley::text
