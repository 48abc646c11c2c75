// Speaker labels: each form, its role and display name; lines that are not labels.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "segments/speaker_turns.hpp"

using parley::SpeakerRole;
using parley::segments::match_speaker_label;

TEST_CASE("speaker labels: forms, roles and display names") {
  struct Case {
    std::string line;
    std::string label;
    std::string speaker;
    SpeakerRole role;
    std::string speech;
  };
  const std::vector<Case> cases = {
      {"SECRETARY SMITH: Thank you.", "SECRETARY SMITH", "Secretary Smith", SpeakerRole::named, "Thank you."},
      {"MS DUPONT:  Good morning.", "MS DUPONT", "Ms Dupont", SpeakerRole::named, "Good morning."},
      {"MR. O'NEILL: Yes.", "MR. O'NEILL", "Mr. O'Neill", SpeakerRole::named, "Yes."},
      {"FOREIGN SECRETARY GRAY: Welcome.", "FOREIGN SECRETARY GRAY", "Foreign Secretary Gray", SpeakerRole::named, "Welcome."},
      {"MINISTER OF STATE AL-RASHID: We agree.", "MINISTER OF STATE AL-RASHID", "Minister of State Al-Rashid",
       SpeakerRole::named, "We agree."},
      {"     MODERATOR:  Great.", "MODERATOR", "Moderator", SpeakerRole::moderator, "Great."},
      {"OPERATOR: Next question.", "OPERATOR", "Operator", SpeakerRole::operator_, "Next question."},
      {"QUESTION: Why now?", "QUESTION", "Questioner", SpeakerRole::questioner, "Why now?"},
      {"Q: And the talks?", "Q", "Questioner", SpeakerRole::questioner, "And the talks?"},
      {"Q  Thanks. A follow-up?", "Q", "Questioner", SpeakerRole::questioner, "Thanks. A follow-up?"},
      {"Q. Is that right?", "Q", "Questioner", SpeakerRole::questioner, "Is that right?"},
      {"SENIOR ADMINISTRATION OFFICIAL:  Sure.", "SENIOR ADMINISTRATION OFFICIAL", "Senior Administration Official",
       SpeakerRole::official, "Sure."},
      {"SENIOR STATE DEPARTMENT OFFICIAL: Right.", "SENIOR STATE DEPARTMENT OFFICIAL", "Senior State Department Official",
       SpeakerRole::official, "Right."},
      {"PRESIDENT MÜLLER:\xC2\xA0" "Danke.", "PRESIDENT MÜLLER", "President Müller", SpeakerRole::named, "Danke."},
      {"AMBASSADOR LEE:", "AMBASSADOR LEE", "Ambassador Lee", SpeakerRole::named, ""},
      {"**MODERATOR:** Welcome.", "MODERATOR", "Moderator", SpeakerRole::moderator, "Welcome."},
      {"**SECRETARY SMITH**: Thanks.", "SECRETARY SMITH", "Secretary Smith", SpeakerRole::named, "Thanks."},
      {"__QUESTION:__ Why?", "QUESTION", "Questioner", SpeakerRole::questioner, "Why?"},
      {"FOREIGN MINISTER KANG (As interpreted): We agree.", "FOREIGN MINISTER KANG", "Foreign Minister Kang",
       SpeakerRole::named, "We agree."},
      {"DEPUTY ENVOY O'BRIEN-SMITH (via interpreter):  Indeed.", "DEPUTY ENVOY O'BRIEN-SMITH", "Deputy Envoy O'Brien-Smith",
       SpeakerRole::named, "Indeed."},  // small letters only in the note in brackets
      {"G7 ENVOY ÉLODIE MARTÍN: Oui.", "G7 ENVOY ÉLODIE MARTÍN", "G7 Envoy Élodie Martín", SpeakerRole::named, "Oui."},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    const auto label = match_speaker_label(c.line);
    REQUIRE(label);
    CHECK(label->label == c.label);
    CHECK(label->speaker == c.speaker);
    CHECK(label->role == c.role);
    CHECK(c.line.substr(label->speech_begin) == c.speech);
    CHECK(parley::segments::has_speaker_label(c.line));
  }
}

TEST_CASE("speaker labels: lines that are not labels") {
  const std::vector<std::string> cases = {
      "Secretary Smith: Thank you.",         // not in capitals
      "NOTE: The call was on background.",   // a note, not a speaker
      "At 10:30 the meeting began.",         // a time
      "See https://example.org for more.",   // a URL
      "THE MINISTERS AGREED THAT THE TALKS WOULD CONTINUE NEXT YEAR: ALL OF THEM.",  // too long
      "Quite right: they did.",
      "Q4 results: strong.",
      "**NOTE:** read this.",
      "**BOLD HEADING** without a colon",
      "The spokesman said: fine.",           // small letters before any bracket
      "U.S. officials (two of them): yes.",
      "MINISTER Lee: Thanks.",
      "",
  };
  for (const auto& line : cases) {
    CAPTURE(line);
    CHECK_FALSE(match_speaker_label(line));
    CHECK_FALSE(parley::segments::has_speaker_label(line));
  }
}
