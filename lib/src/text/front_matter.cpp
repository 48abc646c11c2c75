// Reading of a leading `---` block of `key: value` lines (see front_matter.hpp).
#include "text/front_matter.hpp"

#include <cctype>

namespace parley::text {
namespace {

constexpr std::size_t kMaxFrontMatterLines = 200;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A YAML double-quoted scalar: the escapes that archives write (\" \\ \n \t \_ for a no-break space).
std::string unquote_double(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char next = s[++i];
    switch (next) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case '_': out.append("\xC2\xA0"); break;
      case '0': break;
      default: out.push_back(next); break;
    }
  }
  return out;
}

std::string unquote(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') return unquote_double(value.substr(1, value.size() - 2));
  if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
    std::string out;
    value = value.substr(1, value.size() - 2);
    for (std::size_t i = 0; i < value.size(); ++i) {
      out.push_back(value[i]);
      if (value[i] == '\'' && i + 1 < value.size() && value[i + 1] == '\'') ++i;  // '' is a quote
    }
    return out;
  }
  return std::string(value);
}

bool is_fence(std::string_view line) { return trim(line) == "---"; }

}  // namespace

FrontMatter read_front_matter(std::string_view text, const std::string& source) {
  FrontMatter result;
  std::size_t pos = 0;
  auto next_line = [&](std::string_view& line) {
    if (pos >= text.size()) return false;
    // The lines are short: a loop, where find_first_of asks memchr about each byte in turn.
    std::size_t end = pos;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    line = text.substr(pos, end - pos);
    pos = end;
    if (pos < text.size()) pos += (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ? 2 : 1;
    return true;
  };

  // A text that opens with no fence is told so by its first bytes, before the end of its first
  // line (often long: a title, a paragraph) is looked for.
  std::size_t first = 0;
  while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
  if (text.substr(first, 3) != "---") return result;

  std::string_view line;
  if (!next_line(line) || !is_fence(line)) return result;

  std::size_t line_number = 1;
  std::map<std::string, std::string> fields;
  std::string last_key;
  while (next_line(line)) {
    ++line_number;
    if (is_fence(line)) {
      result.fields = std::move(fields);
      result.body_begin = pos;
      return result;
    }
    if (line_number > kMaxFrontMatterLines) break;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    // A continuation of a folded value: indented text under the previous key.
    if ((line.front() == ' ' || line.front() == '\t') && !last_key.empty()) {
      fields[last_key] += (fields[last_key].empty() ? "" : " ") + unquote(content);
      continue;
    }
    const std::size_t colon = content.find(':');
    bool key_ok = colon != std::string_view::npos && colon > 0;
    for (std::size_t i = 0; key_ok && i < colon; ++i) {
      const unsigned char c = static_cast<unsigned char>(content[i]);
      key_ok = std::isalnum(c) || c == '_' || c == '-' || c == ' ';
    }
    if (!key_ok) {
      result.problem = Diagnostic{source, Position::at_line(line_number),
                                  "malformed front matter (expected 'key: value'); read as text"};
      return result;
    }
    std::string key(trim(content.substr(0, colon)));
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    fields[key] = unquote(trim(content.substr(colon + 1)));
    last_key = key;
  }
  result.problem = Diagnostic{source, Position::at_line(1), "front matter without a closing '---' line; read as text"};
  return result;
}

}  // namespace parley::text
