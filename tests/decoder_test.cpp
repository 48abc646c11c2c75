// Decoding: UTF-8 with and without BOM, UTF-16 with and without BOM, CRLF kept, invalid UTF-8
// repaired and reported, binary refused.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/decoder.hpp"

using parley::text::decode;
using parley::text::SourceEncoding;
using namespace std::string_literals;

namespace {

std::string utf16(const std::u16string& text, bool little_endian, bool bom) {
  std::string out;
  auto put = [&](char16_t unit) {
    const char lo = static_cast<char>(unit & 0xFF), hi = static_cast<char>(unit >> 8);
    if (little_endian) {
      out.push_back(lo);
      out.push_back(hi);
    } else {
      out.push_back(hi);
      out.push_back(lo);
    }
  };
  if (bom) put(0xFEFF);
  for (char16_t unit : text) put(unit);
  return out;
}

}  // namespace

TEST_CASE("decode: encodings become UTF-8") {
  const std::u16string sample = u"Minister Ol\u00e9 met \u201cpartners\u201d today.\r\nQ: Why?";
  const std::string expected = "Minister Ol\xC3\xA9 met \xE2\x80\x9Cpartners\xE2\x80\x9D today.\r\nQ: Why?";
  struct Case {
    std::string name;
    std::string bytes;
    SourceEncoding encoding;
  };
  const std::vector<Case> cases = {
      {"utf-8", expected, SourceEncoding::utf8},
      {"utf-8 with BOM", "\xEF\xBB\xBF" + expected, SourceEncoding::utf8},
      {"utf-16le with BOM", utf16(sample, true, true), SourceEncoding::utf16le},
      {"utf-16be with BOM", utf16(sample, false, true), SourceEncoding::utf16be},
      {"utf-16le without BOM", utf16(sample, true, false), SourceEncoding::utf16le},
      {"utf-16be without BOM", utf16(sample, false, false), SourceEncoding::utf16be},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto decoded = decode(c.bytes, "sample.txt");
    CHECK(decoded.utf8 == expected);
    CHECK(decoded.encoding == c.encoding);
    CHECK(decoded.warnings.empty());
  }
}

TEST_CASE("decode: line ends are kept as read") {
  const std::vector<std::string> cases = {"a\r\nb\r\n", "a\rb\r", "a\nb\n", "a\r\n\rb"};
  for (const auto& text : cases) CHECK(decode(text, "x.txt").utf8 == text);
}

TEST_CASE("decode: invalid UTF-8 is replaced and reported with its byte offset") {
  struct Case {
    std::string bytes;
    std::string expected;
    std::vector<std::size_t> offsets;
  };
  const std::vector<Case> cases = {
      {"ab\xFF" "cd", "ab\xEF\xBF\xBD" "cd", {2}},
      {"\xC3(x", "\xEF\xBF\xBD(x", {0}},
      {"ok\xE2\x80", "ok\xEF\xBF\xBD", {2}},
      {"\xEF\xBB\xBFz\x80", "z\xEF\xBF\xBD", {4}},  // the BOM counts in the file's offsets
      {"a\xF0\x9F\x98\x80\xFE", "a\xF0\x9F\x98\x80\xEF\xBF\xBD", {5}},
  };
  for (const auto& c : cases) {
    const auto decoded = decode(c.bytes, "bad.txt");
    CHECK(decoded.utf8 == c.expected);
    REQUIRE(decoded.warnings.size() == c.offsets.size());
    for (std::size_t i = 0; i < c.offsets.size(); ++i) {
      CHECK(decoded.warnings[i].position.has_byte_offset);
      CHECK(decoded.warnings[i].position.byte_offset == c.offsets[i]);
      CHECK(decoded.warnings[i].file == "bad.txt");
    }
  }
}

TEST_CASE("decode: an invalid byte is found wherever it stands among ASCII and valid UTF-8") {
  // ASCII is skipped sixty-four, then sixteen bytes at a time: the bad byte, right after a valid
  // character or not, at every place of the first stretches and blocks and of the last bytes.
  for (std::size_t at = 2; at < 150; ++at) {
    for (const std::string& before : {"xx"s, "\xC3\xA9"s}) {
      const std::string text = std::string(at - 2, 'x') + before + "\xFF" + std::string(at % 19, 'x');
      CAPTURE(at);
      CAPTURE(before);
      const auto decoded = decode(text, "bad.txt");
      REQUIRE(decoded.warnings.size() == 1);
      CHECK(decoded.warnings[0].position.byte_offset == at);
    }
  }
}

TEST_CASE("decode: many invalid sequences give a few reports and a count") {
  const std::string bytes(100, '\xFF');
  const auto decoded = decode(bytes, "bad.txt");
  CHECK(decoded.warnings.size() == 6);
  CHECK(decoded.warnings.back().message.find("100") != std::string::npos);
}

TEST_CASE("decode: zero bytes that are not UTF-16 make a binary file") {
  const std::vector<std::string> cases = {
      "PK\x03\x04\x00\x00\x00\x00 some archive text here"s,
      "text\0more text that goes on and on"s,
      "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s,
  };
  for (const auto& bytes : cases) {
    try {
      decode(bytes, "blob.bin");
      FAIL("binary input was accepted");
    } catch (const parley::Error& error) {
      CHECK(error.kind() == parley::ErrorKind::input);
      CHECK(error.file() == "blob.bin");
      CHECK(error.message().find("binary") != std::string::npos);
    }
  }
}
