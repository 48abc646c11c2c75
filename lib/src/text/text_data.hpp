// The word lists of the text layer (data/text/*.json): page furniture, abbreviations, speaker
// labels and date words. Loaded once, on first use, and shared read-only by every thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_table.hpp"

namespace parley::text {

// Word-keyed tables that answer std::string_view queries without building a string, probed
// flat (word_table.hpp): the date parser asks about every word of every sentence.
template <typename Value>
using WordMap = WordTable<Value>;
using WordSet = WordTable<void>;

struct BoilerplateWords {
  std::size_t max_words = 30;
  std::size_t heading_max_words = 12;
  std::vector<std::string> phrases;          // lower case
  std::vector<std::string> heading_phrases;  // lower case; only in lines that are no sentence
  std::vector<std::string> prefixes;         // lower case
  WordSet words;
  std::vector<std::string> image_extensions;
  WordSet image_words;
};

struct AbbreviationWords {
  WordSet never_final;
  WordSet may_end;
  WordSet sentence_openers;
};

struct SpeakerWords {
  // Labels as written: each new label of a document is looked up in both, as it stands.
  WordMap<std::string> roles;  // label -> role name
  WordSet official_words;
  WordMap<std::string> display;  // label -> display name
  WordSet not_speakers;
  WordSet lowercase_words;
};

struct DateWords {
  WordMap<int> months;    // name or abbreviation as written -> 1..12
  WordMap<int> weekdays;  // -> 0 Monday .. 6 Sunday
  WordSet month_context;  // lower case
  WordMap<int> days;      // "yesterday" -> -1
  WordSet parts_of_today;
  WordMap<int> numbers;
  WordSet not_years_after;  // as written
  std::vector<std::string> future_cues;              // lower case, with their spaces
};

struct TextData {
  BoilerplateWords boilerplate;
  AbbreviationWords abbreviations;
  SpeakerWords speakers;
  DateWords dates;
};

// The data directory: $PARLEY_DATA_DIR if set, else the one the build was configured with.
std::string data_directory();

// Throws Error (kind internal) when a file is missing or malformed: the install is broken.
const TextData& text_data();

}  // namespace parley::text
