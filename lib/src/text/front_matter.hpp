// Front matter: a leading block of `key: value` lines between `---` lines, as some archives save
// pages (YAML-style). Gives the title, date and source of a briefing.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "parley/error.hpp"

namespace parley::text {

struct FrontMatter {
  std::map<std::string, std::string> fields;  // keys in lower case, values unquoted
  std::size_t body_begin = 0;                 // where the text after the closing `---` line starts
  std::optional<Diagnostic> problem;          // malformed front matter: reported, and read as text
};

// No front matter (or a malformed one): empty fields and body_begin 0.
FrontMatter read_front_matter(std::string_view text, const std::string& source);

}  // namespace parley::text
