// Speaker labels of transcripts: an all-capitals label ending in a colon at the start of a line
// ("SECRETARY SMITH:", "MS DUPONT:", "MODERATOR:", "QUESTION:", "Q:" and a bare "Q"), with the
// speaker's role and display form.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parley/document.hpp"

namespace parley::segments {

struct SpeakerLabel {
  std::string label;    // as written (normalised), without the colon
  std::string speaker;  // display form
  SpeakerRole role = SpeakerRole::named;
  std::size_t label_begin = 0;   // offset in the line where the label starts
  std::size_t speech_begin = 0;  // offset in the line where the speech starts (after colon and spaces)
};

// The label at the start of a line, if it has one.
std::optional<SpeakerLabel> match_speaker_label(std::string_view line);

// Whether the line has one, without working out the speaker's role and display name.
bool has_speaker_label(std::string_view line);

// The two halves of match_speaker_label, for a caller that keeps what the first found on a line
// and needs the rest only later: the label and its offsets, without role nor display name...
std::optional<SpeakerLabel> match_label_shape(std::string_view line);
// ...and the role and display name of a label so found.
void name_speaker(SpeakerLabel& label);

SpeakerRole role_of(std::string_view label);
std::string display_name(std::string_view label);

}  // namespace parley::segments
