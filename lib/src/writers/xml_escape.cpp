// XML escaping shared by the GraphML and GEXF writers.
#include "writers/xml_escape.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace parley::writers {
namespace {

// Most values need no escaping at all. Bytes are classified by a table built once, and the runs
// of plain bytes between the others are appended whole: the writers spend their time here.
struct PlainBytes {
  bool attribute[256];
  bool text[256];
  constexpr PlainBytes() : attribute(), text() {
    for (int byte = 0; byte < 256; ++byte) {
      const bool markup = byte == '&' || byte == '<' || byte == '>';
      const bool quote = byte == '"' || byte == '\'';
      const bool control = byte < 0x20;
      attribute[byte] = !markup && !quote && !control;
      text[byte] = !markup && (!control || byte == '\t' || byte == '\n');
    }
  }
};
constexpr PlainBytes kPlain;

// Eight bytes at a time: whether any of them might need escaping (a control byte or one of the
// markup and quote characters), by the SWAR tests of "Bit Twiddling Hacks". Exact for "none", so
// a word it passes is appended as it is; a word it flags is looked at byte by byte.
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr bool has_zero_byte(std::uint64_t word) { return ((word - kOnes) & ~word & kHighBits) != 0; }
constexpr bool has_byte(std::uint64_t word, unsigned char byte) { return has_zero_byte(word ^ (kOnes * byte)); }
constexpr bool has_byte_below_space(std::uint64_t word) { return ((word - kOnes * 0x20) & ~word & kHighBits) != 0; }
constexpr bool may_need_escaping(std::uint64_t word) {
  return has_byte_below_space(word) || has_byte(word, '&') || has_byte(word, '<') || has_byte(word, '>') ||
         has_byte(word, '"') || has_byte(word, '\'');
}

// Appends `text`, each byte the table calls plain as it is, the others through `escape`.
template <typename Escape>
void append_escaped(std::string& out, std::string_view text, const bool (&plain)[256], Escape escape) {
  std::size_t run = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (!may_need_escaping(word)) {
        i += 8;
        continue;
      }
    }
    const std::size_t end = std::min(text.size(), i + 8);
    for (; i < end; ++i) {
      if (plain[static_cast<unsigned char>(text[i])]) continue;
      out.append(text.data() + run, i - run);
      escape(text[i]);
      run = i + 1;
    }
  }
  out.append(text.data() + run, text.size() - run);
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  append_escaped(out, text, kPlain.attribute, [&out](char c) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: break;  // other controls are not allowed in XML 1.0: dropped
    }
  });
}

void append_xml_escaped_text(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  append_escaped(out, text, kPlain.text, [&out, start](char c) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>':  // only "]]>" needs it; fewer references, fewer pieces for Gephi to drop
        out += out.size() >= start + 2 && out.compare(out.size() - 2, 2, "]]") == 0 ? "&gt;" : ">";
        break;
      case '\r': out += "&#13;"; break;
      default: break;  // other controls are not allowed in XML 1.0: dropped
    }
  });
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_xml_escaped(out, text);
  return out;
}

std::string xml_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_xml_escaped_text(out, text);
  return out;
}

}  // namespace parley::writers
