// Escaping text for XML attribute values and element content (GraphML, GEXF).
#pragma once

#include <string>
#include <string_view>

namespace parley::writers {

// Escapes & < > " ' and drops characters XML 1.0 forbids (C0 controls other than tab, LF, CR).
std::string xml_escape(std::string_view text);

}  // namespace parley::writers
