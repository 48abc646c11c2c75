// XML escaping shared by the GraphML and GEXF writers.
#include "writers/xml_escape.hpp"

namespace parley::writers {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
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
  return out;
}

std::string xml_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>':  // only "]]>" needs it; fewer references, fewer pieces for Gephi to drop
        out += out.size() >= 2 && out.compare(out.size() - 2, 2, "]]") == 0 ? "&gt;" : ">";
        break;
      case '\r': out += "&#13;"; break;
      case '\t':
      case '\n': out += c; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c < 0) out += c;  // drop forbidden controls
    }
  }
  return out;
}

}  // namespace parley::writers
