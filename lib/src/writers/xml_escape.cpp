// XML escaping shared by the GraphML and GEXF writers.
#include "writers/xml_escape.hpp"

#include "core/byte_block.hpp"

namespace parley::writers {
namespace {

// Most values need no escaping at all: the writers spend their time finding the few bytes that
// do, and appending the runs of plain bytes between them whole. The search reads sixteen bytes at
// a time in a vector the compiler maps to the machine's (SSE2, NEON). Not plain: & < >, C0
// controls (but tab and LF in element content), and in attribute values the quotes.
enum class Context { attribute, text };

// The same, byte by byte, for values shorter than a block.
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

template <Context context>
bool is_plain(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return context == Context::attribute ? kPlain.attribute[byte] : kPlain.text[byte];
}

// Where the first byte of sixteen that is not plain stands (0-15), or 16 if all are plain.
template <Context context>
std::size_t first_special_in_block(const char* data) {
  const ByteBlock bytes = load_block(data);
  auto special = bytes < 0x20;  // lanes of all ones where true
  if constexpr (context == Context::text) special &= (bytes != '\t') & (bytes != '\n');
  special |= (bytes == '&') | (bytes == '<') | (bytes == '>');
  if constexpr (context == Context::attribute) special |= (bytes == '"') | (bytes == '\'');
  return first_lane(special);
}

// Where the first byte at or after `from` that is not plain stands; `size` if there is none.
template <Context context>
std::size_t next_special(const char* data, std::size_t from, std::size_t size) {
  std::size_t i = from;
  for (; i + 16 <= size; i += 16) {
    if (const std::size_t at = first_special_in_block<context>(data + i); at < 16) return i + at;
  }
  if (i == size) return size;
  if (size >= 16) {
    // The tail, as the last sixteen bytes: the answer unless a special byte before `i` (the one
    // just escaped) hides those after it.
    const std::size_t at = size - 16 + first_special_in_block<context>(data + size - 16);
    if (at >= i) return at;
  }
  for (; i < size; ++i) {  // a short value, or a tail after a special byte
    if (!is_plain<context>(data[i])) return i;
  }
  return size;
}

// Appends `text`: the plain runs as they are, each other byte through `escape`.
template <Context context, typename Escape>
void append_escaped(std::string& out, std::string_view text, Escape escape) {
  const char* data = text.data();
  std::size_t run = 0;
  for (std::size_t i = next_special<context>(data, 0, text.size()); i < text.size();
       i = next_special<context>(data, i + 1, text.size())) {
    out.append(data + run, i - run);
    escape(data[i]);
    run = i + 1;
  }
  out.append(data + run, text.size() - run);
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  append_escaped<Context::attribute>(out, text, [&out](char c) {
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
  append_escaped<Context::text>(out, text, [&out, start](char c) {
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
