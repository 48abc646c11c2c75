// Recognising speaker labels (see speaker_turns.hpp). The words with fixed roles are data
// (data/text/speakers.json); the shape of a label is code.
#include "segments/speaker_turns.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/ascii_case.hpp"
#include "core/string_hash.hpp"
#include "text/normaliser.hpp"
#include "text/text_data.hpp"

namespace parley::segments {
namespace {

constexpr std::size_t kMaxLabelBytes = 80;
constexpr std::size_t kMaxLabelWords = 7;

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Bytes of the space at `pos`: a space, a tab or a no-break space (which pages put after colons).
std::size_t space_length(std::string_view line, std::size_t pos) {
  if (pos >= line.size()) return 0;
  if (is_space(line[pos])) return 1;
  if (line.substr(pos, 2) == "\xC2\xA0") return 2;
  return 0;
}

// All capitals: letters upper case, and only the punctuation names and titles carry.
bool looks_like_label(std::string_view label) {
  if (label.empty()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(label.data());
  const auto n = static_cast<int32_t>(label.size());
  int32_t i = 0;
  int letters = 0;
  std::size_t words = 1;
  bool first = true;
  while (i < n) {
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;  // ASCII: the byte is the character, without the decoding macro
      words += c == ' ';
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) return false;
    }
    // ASCII, most labels whole, is told apart without ICU: the same answers, no library call.
    const bool ascii = c < 0x80;
    const bool alpha = ascii ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : u_isalpha(c) != 0;
    if (alpha) {
      if (ascii ? c >= 'a' : u_islower(c) != 0) return false;
      ++letters;
    } else if (first) {
      return false;
    } else if (!(c == ' ' || c == '.' || c == '\'' || c == '-' || c == ',' || c == '&' || c == '(' || c == ')' ||
                 (ascii ? c >= '0' && c <= '9' : u_isdigit(c) != 0))) {
      return false;
    }
    first = false;
  }
  return letters >= 1 && words <= kMaxLabelWords;
}

// `word` in title case, after what `out` holds.
void append_title_case(std::string_view word, std::string& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  int32_t i = 0;
  bool capital_next = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (c < 0x80) {  // ASCII, most names whole: ICU's answers without the library calls
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      const char lower = lower_ascii(static_cast<char>(c));
      out.push_back(capital_next && letter ? static_cast<char>(lower - 'a' + 'A') : lower);
      capital_next = !letter;
      continue;
    }
    UChar32 mapped = capital_next ? u_toupper(c) : u_tolower(c);
    capital_next = !u_isalpha(c);  // after - ' . a new capital: O'Brien, Al-Saud, U.S.
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, mapped);
    out.append(buffer, static_cast<std::size_t>(length));
  }
}

// An ASCII word already in lower case, in title case in place: a capital after each byte that
// is no letter, as append_title_case has it.
void capitalise_ascii(char* word, std::size_t size) {
  bool capital_next = true;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = word[i];
    const bool letter = c >= 'a' && c <= 'z';
    if (capital_next && letter) word[i] = static_cast<char>(c - 'a' + 'A');
    capital_next = !letter;
  }
}

}  // namespace

SpeakerRole role_of(std::string_view label) {
  const auto& words = text::text_data().speakers;
  auto found = words.roles.find(label);
  if (found != words.roles.end()) {
    if (found->second == "moderator") return SpeakerRole::moderator;
    if (found->second == "operator") return SpeakerRole::operator_;
    if (found->second == "questioner") return SpeakerRole::questioner;
    if (found->second == "official") return SpeakerRole::official;
    return SpeakerRole::named;
  }
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string_view::npos) end = label.size();
    if (words.official_words.count(label.substr(start, end - start))) return SpeakerRole::official;
    start = end + 1;
  }
  return SpeakerRole::named;
}

std::string display_name(std::string_view label) {
  const auto& words = text::text_data().speakers;
  auto found = words.display.find(label);
  if (found != words.display.end()) return found->second;
  // Built in one string: each word is put in lower case where it will stand, and replaced by
  // its title case unless it is one of the words kept lower ("of", "for").
  std::string out;
  out.reserve(label.size());
  std::size_t start = 0;
  bool first = true;
  while (start < label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string_view::npos) end = label.size();
    const std::string_view word = label.substr(start, end - start);
    if (!word.empty()) {
      if (!out.empty()) out.push_back(' ');
      const std::size_t at = out.size();
      out.append(word);
      lower_ascii(out.data() + at, word.size(), out.data() + at);
      if (first || !words.lowercase_words.count(std::string_view(out).substr(at))) {
        if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
          capitalise_ascii(out.data() + at, word.size());  // as append_title_case has ASCII, in place
        } else {
          out.resize(at);
          append_title_case(word, out);
        }
      }
      first = false;
    }
    start = end + 1;
  }
  return out;
}

// The label's shape at the start of a line: what match_speaker_label finds, before the role and
// display name are worked out (which has_speaker_label does without).
std::optional<SpeakerLabel> match_label_shape(std::string_view line) {
  std::size_t begin = 0;
  while (begin < line.size() && is_space(line[begin])) ++begin;
  if (begin >= line.size()) return std::nullopt;
  // Markdown bold around a label, as pages saved as Markdown have it: "**MODERATOR:**", "**Q**:".
  std::string_view bold;
  if (line.substr(begin, 2) == "**" || line.substr(begin, 2) == "__") bold = line.substr(begin, 2);
  const std::size_t label_begin = begin;
  begin += bold.size();
  const std::string_view rest = line.substr(begin);
  auto skip_spaces = [&](std::size_t pos) {
    while (std::size_t n = space_length(line, pos)) pos += n;
    return pos;
  };

  // "Q" without a colon, as some transcripts write it: "Q  Thank you." / "Q. Can you ...?"
  if (rest.size() >= 2 && rest[0] == 'Q' && (space_length(rest, 1) > 0 || rest[1] == '.')) {
    std::size_t after = begin + 1 + (rest[1] == '.' ? 1 : 0);
    const std::size_t speech = skip_spaces(after);
    if (speech > after || rest[1] == '.') {
      if (speech < line.size() && (std::isupper(static_cast<unsigned char>(line[speech])) || line[speech] == '"' ||
                                   static_cast<unsigned char>(line[speech]) >= 0x80)) {
        return SpeakerLabel{"Q", "", SpeakerRole::named, label_begin, speech};
      }
    }
  }

  const std::size_t colon = rest.substr(0, std::min(rest.size(), kMaxLabelBytes)).find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::size_t after_colon = begin + colon + 1;
  std::string_view name = rest.substr(0, colon);
  if (!bold.empty()) {
    if (name.size() > bold.size() && name.substr(name.size() - bold.size()) == bold) {
      name.remove_suffix(bold.size());  // "**MODERATOR**:"
    } else if (line.substr(after_colon, bold.size()) == bold) {
      after_colon += bold.size();  // "**MODERATOR:**"
    } else {
      return std::nullopt;
    }
  }
  if (after_colon < line.size() && space_length(line, after_colon) == 0 && line[after_colon] != '\r') return std::nullopt;
  std::string label = text::normalise_string(name);
  // "FOREIGN MINISTER WANG (As interpreted):": the note in brackets is not part of the name.
  if (!label.empty() && label.back() == ')') {
    const std::size_t open = label.rfind('(');
    if (open != std::string::npos && open > 0) {
      label.erase(open);
      while (!label.empty() && label.back() == ' ') label.pop_back();
    }
  }
  if (!looks_like_label(label)) return std::nullopt;
  if (text::text_data().speakers.not_speakers.count(label)) return std::nullopt;
  SpeakerLabel result;
  result.label = std::move(label);
  result.label_begin = label_begin;
  result.speech_begin = skip_spaces(after_colon);
  return result;
}

void name_speaker(SpeakerLabel& label) {
  // A transcript names the same few speakers again and again: the role and display name of a
  // label (which depend on the label alone) are worked out once per thread, in a bounded table.
  struct Known {
    SpeakerRole role;
    std::string speaker;
  };
  constexpr std::size_t kMaxKnownLabels = 512;
  thread_local std::unordered_map<std::string, Known, StringHash> known;
  auto entry = known.find(label.label);
  if (entry == known.end()) {
    if (known.size() >= kMaxKnownLabels) known.clear();
    entry = known.emplace(label.label, Known{role_of(label.label), display_name(label.label)}).first;
  }
  label.role = entry->second.role;
  label.speaker = entry->second.speaker;
}

std::optional<SpeakerLabel> match_speaker_label(std::string_view line) {
  std::optional<SpeakerLabel> found = match_label_shape(line);
  if (found) name_speaker(*found);
  return found;
}

bool has_speaker_label(std::string_view line) { return match_label_shape(line).has_value(); }

}  // namespace parley::segments
