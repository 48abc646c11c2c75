// XML escaping shared by the GraphML and GEXF writers.
#include "writers/xml_escape.hpp"

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

// Appends `text`, each byte the table calls plain as it is, the others through `escape`.
template <typename Escape>
void append_escaped(std::string& out, std::string_view text, const bool (&plain)[256], Escape escape) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (plain[static_cast<unsigned char>(text[i])]) continue;
    out.append(text.data() + run, i - run);
    escape(text[i]);
    run = i + 1;
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
