// Escaping text for XML attribute values and element content (GraphML, GEXF).
#pragma once

#include <string>
#include <string_view>

namespace parley::writers {

// For attribute values: escapes & < > " ', writes tab, LF and CR as character references (an
// XML parser turns raw ones into spaces there), and drops characters XML 1.0 forbids (C0
// controls other than tab, LF, CR).
std::string xml_escape(std::string_view text);
void append_xml_escaped(std::string& out, std::string_view text);

// For element content: escapes & and < (and > after "]]") only, and keeps tab and LF raw so
// that a line break is plain text. Gephi's GraphML importer drops every whitespace-only piece
// of text its parser reports, and a reference such as &#10; may be reported as a piece of its
// own: so as few references as XML allows. CR stays a reference (a raw one is read as LF).
std::string xml_escape_text(std::string_view text);
void append_xml_escaped_text(std::string& out, std::string_view text);

}  // namespace parley::writers
