// Page furniture: lines a web page wraps around a briefing (site banners, "official website"
// notices, share buttons, tag lists, image placeholders, section labels, footers, repeated
// headers). Recognised by general traits, never by the text of particular pages; the words
// are data (data/text/boilerplate.json).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "segments/speaker_turns.hpp"
#include "text/lines.hpp"
#include "text/normaliser.hpp"

namespace parley::text {

// Traits of one line, on its normalised text; the reason it is furniture, or "" when it is not.
// `first_line`: the first line of the body, where a title in capitals is not a section label.
std::string furniture_trait(std::string_view normalised_line, bool first_line);

// A token that is no word: an image file id such as "a8f3k29dkq0z1x".
bool is_random_token(std::string_view token);

// Speaker labels looked for on lines as they stand: `read[i]`, line i was looked at; `found`, the
// labels so found (match_label_shape: no role nor display name yet), by line, increasing.
// (Flags a line are a byte each, 0 or 1, not std::vector<bool>'s bits: asked of every line,
// a bit cost a dozen instructions to reach.)
struct LabelsRead {
  std::vector<unsigned char> read;
  std::vector<std::pair<std::size_t, segments::SpeakerLabel>> found;
};

// Lines that were not their own normalised form, normalised to be read (those no longer than any
// furniture), by line, increasing; each is mapped from the line's start in the text.
using NormalisedLines = std::vector<std::pair<std::size_t, NormalisedText>>;

// For each line, the reason it is furniture, or "" for a line to keep (blank lines are kept). The
// reasons are string literals: views, not a string for every line of a page that has millions.
// `normalised`, when given, is set for each line to whether it was found to be its own
// normalised form (is_normalised_ascii), so that the reader need not check it again; lines the
// traits do not read (blank, longer than any furniture) are not checked, and are false.
//
// `labels`, when given, gets the speaker labels looked for on lines as they stand (those found
// their own normalised form), so that the reader need not look again on those lines.
//
// `normalised_texts`, when given, gets the lines the traits normalised, so that the reader need
// not normalise a paragraph of one such line again.
std::vector<std::string_view> find_boilerplate(std::string_view text, const std::vector<Line>& lines,
                                          std::vector<unsigned char>* normalised = nullptr, LabelsRead* labels = nullptr,
                                          NormalisedLines* normalised_texts = nullptr);

}  // namespace parley::text
