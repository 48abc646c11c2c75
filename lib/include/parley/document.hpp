// A briefing as the reader saw it: the text as read, its title and date, the boilerplate that
// was dropped, speaker turns, and sentences that know their speaker, dates and byte offsets.
// This is what the extractor works on (text -> segments -> mentions -> ...).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "parley/error.hpp"

namespace parley {

// A half-open byte range [begin, end) in Document::text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// Maps byte offsets in a normalised string back to byte offsets in the text as read. Stored as
// break points (normalised offset, original offset): between two break points bytes correspond
// one to one, so the map stays small when normalisation changes little.
class OffsetMap {
 public:
  // Break points in increasing order. The first is set here, in the caller: every sentence
  // adds one, and most no other.
  void add(std::size_t normalised, std::size_t original) {
    if (!has_first_) {
      first_ = {normalised, original};
      has_first_ = true;
      return;
    }
    add_after_first(normalised, original);
  }
  std::size_t to_original(std::size_t normalised) const;
  bool empty() const { return !has_first_; }
  // Moves every original offset `by` bytes on: for text read as a piece of a larger file.
  void shift_original(std::size_t by);

 private:
  using Point = std::pair<std::size_t, std::size_t>;
  void add_after_first(std::size_t normalised, std::size_t original);
  Point& last() { return more_.empty() ? first_ : more_.back(); }
  // The first break point stands in place, the others in `more_`: most sentences are mapped by
  // one point and then take no allocation.
  bool has_first_ = false;
  Point first_{};
  std::vector<Point> more_;
};

// A date found in the text, resolved to ISO 8601 (partial where the text is: "2023-07", "2024").
struct DateMention {
  ByteSpan span;         // in Document::text
  std::string surface;   // as written
  std::string iso;       // resolved value; empty when a relative date had nothing to resolve against
  bool relative = false;
};

// Who speaks a stretch of a transcript.
enum class SpeakerRole { named, moderator, questioner, official, operator_ };
const char* speaker_role_name(SpeakerRole role);  // "named", "moderator", "questioner", ...

struct Turn {
  std::string label;     // as written, without the colon: "SECRETARY SMITH", "Q"
  std::string speaker;   // display form: "Secretary Smith", "Moderator", "Senior Administration Official"
  SpeakerRole role = SpeakerRole::named;
  ByteSpan span;         // the whole turn, label included
};

struct Sentence {
  std::string text;      // normalised: NFC, straight quotes, plain spaces and dashes, no markdown escapes
  ByteSpan span;         // where it stands in Document::text
  OffsetMap offsets;     // normalised offsets within `text` -> offsets in Document::text
  std::size_t paragraph = 0;
  int turn = -1;         // index into Document::turns; -1 outside any turn
  bool question = false;
  std::vector<DateMention> dates;

  // The range in Document::text of bytes [begin, end) of `text`.
  ByteSpan original(std::size_t begin, std::size_t end) const {
    return {offsets.to_original(begin), offsets.to_original(end)};
  }
};

// A line dropped as page furniture, with the trait that gave it away.
struct DroppedLine {
  ByteSpan span;
  std::string text;
  std::string reason;  // "furniture vocabulary", "repeated", "image placeholder", ...
};

struct Document {
  std::string source;    // name used in provenance (file argument, relative path or JSON Lines id)
  std::string text;      // UTF-8 as read, after decoding other encodings; offsets refer to it
  std::string title;
  std::string date;      // the document's date, ISO 8601 (partial allowed), or empty
  std::string date_origin;  // "front matter", "dateline", "text" or empty
  std::map<std::string, std::string> front_matter;
  std::vector<DroppedLine> dropped;
  std::vector<Turn> turns;
  std::vector<Sentence> sentences;
  std::vector<Diagnostic> warnings;  // recovered problems: invalid UTF-8, malformed front matter, ...
};

}  // namespace parley
