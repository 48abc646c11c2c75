// XML escaping shared by the GraphML and GEXF writers.
#include "writers/xml_escape.hpp"

namespace parley::writers {
namespace {

// Most values need no escaping at all: they are appended whole, and only the rest goes through
// the character loop.
bool is_plain(char c, bool attribute) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x80) return true;
  if (byte < 0x20) return !attribute && (c == '\t' || c == '\n');
  return c != '&' && c != '<' && c != '>' && (!attribute || (c != '"' && c != '\''));
}

std::size_t plain_prefix(std::string_view text, bool attribute) {
  std::size_t n = 0;
  while (n < text.size() && is_plain(text[n], attribute)) ++n;
  return n;
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  const std::size_t plain = plain_prefix(text, true);
  out.append(text.data(), plain);
  for (char c : text.substr(plain)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c < 0) out += c;  // drop forbidden controls
    }
  }
}

void append_xml_escaped_text(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  const std::size_t plain = plain_prefix(text, false);
  out.append(text.data(), plain);
  for (char c : text.substr(plain)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>':  // only "]]>" needs it; fewer references, fewer pieces for Gephi to drop
        out += out.size() >= start + 2 && out.compare(out.size() - 2, 2, "]]") == 0 ? "&gt;" : ">";
        break;
      case '\r': out += "&#13;"; break;
      case '\t':
      case '\n': out += c; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c < 0) out += c;  // drop forbidden controls
    }
  }
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
