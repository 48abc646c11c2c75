// Meetings: encounters of actors that the text refers to as events.
//  - named series and their rounds: "Second Example-Other Strategic Dialogue", "the third
//    Example Dialogue", "Example Summit" (head words: lexicon meeting_heads.<kind>; ordinals:
//    lexicon ordinals, in order, plus first_round_words such as "inaugural");
//  - rounds named by an ordinal alone ("the inaugural meeting", "the third round"): the latest
//    series of the document, found by the resolver;
//  - summits and conferences named by who holds them ("G20 summit", "NATO summit in Riga");
//  - visits and trips to a place ("the Minister's visit to Paris");
//  - meetings, calls and talks between or with named persons ("a call between President Roe and
//    Prime Minister Doe"), or in a place ("the meeting in Geneva");
//  - anaphors ("the dialogue", "this call") that the resolver links to the latest such meeting.
// Each gets the date the sentence gives next to it and the place "in"/"at" that follows it.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <span>

#include "mentions/capitalised_phrase.hpp"
#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {



int round_of(const RecogniserContext& context, const Token& token) {
  if (context.lists.first_round_words.contains(token)) return 1;
  // The annotation bit first: most words are no ordinal, and position() is a look-up.
  if (context.lists.ordinals.contains(token)) {
    if (const std::size_t position = context.lists.ordinals.position(token)) return static_cast<int>(position);
  }
  // 2nd, 3rd, 21st
  const std::string_view key = token.key;
  if (key.size() >= 3 && std::isdigit(static_cast<unsigned char>(key[0]))) {
    const std::string_view suffix = key.substr(key.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      int number = 0;
      std::from_chars(key.data(), key.data() + key.size(), number);  // the leading digits, as atoi read them
      return number;
    }
  }
  return 0;
}

std::string capitalise(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::string last_word(std::string_view label) {
  const auto space = label.rfind(' ');
  return std::string(space == std::string_view::npos ? label : label.substr(space + 1));
}

// A place named from token `at` on ("London", "Washington, D.C.", "the White House").
std::size_t place_end(const SentenceAnalysis& sentence, const RecogniserLists& lists, std::size_t at) {
  const auto& tokens = sentence.tokens;
  const WordList& not_names = lists.non_name_words;
  std::size_t k = at;
  while (k < tokens.size() && tokens[k].word && tokens[k].capitalised() && !not_names.contains(tokens[k])) ++k;
  if (k == at) return at;
  if (k + 1 < tokens.size() && tokens[k].text == "," && tokens[k + 1].all_caps() && tokens[k + 1].key.size() <= 3 &&
      tokens[k + 1].text.find('.') != std::string_view::npos)
    k += 2;  // "Washington, D.C."
  return k;
}

// The place that "in"/"at" introduces after token `from`, before `limit`.
// A view into the sentence.
std::string_view place_after(const SentenceAnalysis& sentence, const RecogniserLists& lists, std::size_t from, std::size_t limit) {
  const auto& tokens = sentence.tokens;
  const WordList& prepositions = lists.meeting_place_prepositions;
  for (std::size_t k = from; k + 1 < limit && k < from + 8; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") break;
    if (!prepositions.contains(tokens[k])) continue;
    const std::size_t end = place_end(sentence, lists, k + 1);
    if (end > k + 1) return span_text(sentence.text, tokens, k + 1, end);
  }
  return {};
}

// The actor mentions that end at the possessive before token `at` ("the Minister's visit").
const Mention* possessor(const SentenceAnalysis& sentence, std::size_t at) {
  for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
    if (sentence.tokens[at - back].key != "'s"sv) continue;
    for (const auto& mention : sentence.mentions) {
      if (mention.type == "actor"sv && mention.last == at - back) return &mention;
    }
  }
  return nullptr;
}

// "2031-W09" (an ISO week, as "two weeks ago" resolves) -> the month holding its Thursday,
// "2031-03": meetings are dated by day or month.
std::string month_of_week(const std::string& iso) {
  if (iso.size() < 8 || iso[4] != '-' || (iso[5] != 'W' && iso[5] != 'w')) return iso;
  const int year = std::atoi(iso.substr(0, 4).c_str());
  const int week = std::atoi(iso.substr(6, 2).c_str());
  if (week < 1 || week > 53) return iso;
  using namespace std::chrono;
  const sys_days january4{std::chrono::year{year} / January / 4};
  const weekday day_of_week{january4};
  const sys_days week1_monday = january4 - (day_of_week - Monday);
  const year_month_day thursday{week1_monday + days{(week - 1) * 7 + 3}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(thursday.year()), static_cast<unsigned>(thursday.month()));
  return buffer;
}

// How far (bytes) a date may stand from the meeting it dates: "took place in London on 4 May".
constexpr std::size_t kDateReach = 60;

// The meetings are the sentence's mentions from `first_meeting` on: recognise_meetings adds them
// after every other kind, so they are found without walking (and comparing the type of) the rest.
void assign_dates(SentenceAnalysis& sentence, std::size_t first_meeting) {
  if (!sentence.sentence || sentence.sentence->dates.empty()) return;
  const std::span<Mention> meetings = std::span<Mention>(sentence.mentions).subspan(first_meeting);
  const OffsetMap& offsets = sentence.sentence->offsets;
  // Each offset mapped once: the end of the meeting before is kept from its turn.
  std::size_t previous = 0;
  for (std::size_t m = 0; m < meetings.size(); ++m) {
    Mention& meeting = meetings[m];
    const std::size_t begin = offsets.to_original(meeting.begin);
    const std::size_t end = offsets.to_original(meeting.end);
    const std::size_t next = m + 1 < meetings.size() ? offsets.to_original(meetings[m + 1].begin) : std::string::npos;
    // Absolute dates must stand next to the meeting; a relative one ("today", "last week") dates
    // every meeting of its sentence, unless the sentence is a question (questions speculate).
    const bool question = sentence.sentence->question;
    const auto reach = [&](const DateMention& date, std::size_t limit) {
      return date.relative ? (question ? std::size_t{0} : std::string::npos) : limit;
    };
    const DateMention* chosen = nullptr;
    for (const auto& date : sentence.sentence->dates) {
      if (date.iso.empty()) continue;
      const std::size_t limit = reach(date, kDateReach);
      if (date.span.begin >= end && date.span.begin < next && (limit == std::string::npos || date.span.begin <= end + limit)) {
        chosen = &date;
        break;
      }
    }
    if (!chosen) {
      for (const auto& date : sentence.sentence->dates) {
        const std::size_t limit = reach(date, kDateReach / 2);
        if (!date.iso.empty() && date.span.end <= begin && date.span.begin >= previous &&
            (limit == std::string::npos || date.span.end + limit >= begin))
          chosen = &date;
      }
    }
    if (chosen && meeting.date.empty()) meeting.date = month_of_week(chosen->iso);
    previous = end;
  }
}

// The person just before token `at` ("President Roe was in ..."), or the speaker for "I"/"we".
// Returns false when there is neither.
bool subject_before(const SentenceAnalysis& sentence, std::size_t at, const Mention** person, bool* speaker) {
  *person = nullptr;
  *speaker = false;
  if (at == 0) return false;
  const std::string_view key = sentence.tokens[at - 1].key;
  if (key == "i"sv || key == "we"sv) {
    *speaker = true;
    return true;
  }
  for (const auto& mention : sentence.mentions) {
    if (mention.type == "actor"sv && mention.kind == "person"sv && mention.last == at && !mention.label_text().empty()) *person = &mention;
  }
  return *person != nullptr;
}

// Meetings told by a verb: "<person> was in <place>", "I will travel to <place>" (a visit;
// lexicon visit_verbs) and "<person> met with <person>" (a meeting; meeting_verbs).
void recognise_verb_meetings(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const RecogniserLists& lists = context.lists;
  const WordList& visit_verbs = lists.visit_verbs;
  const WordList& meeting_verbs = lists.meeting_verbs;
  if (!lists.verb_meeting_triggers.may_start_any(sentence.list_firsts)) return;  // most sentences
  // Meetings are added in place as they are found: the walk reads only actor mentions, and every
  // string a meeting takes from one is copied before the list can grow (and move that actor).
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!lists.verb_meeting_triggers.may_start(tokens[i])) continue;
    const std::size_t visit_length = visit_verbs.match(tokens, i);
    const std::size_t meet_length = visit_length ? 0 : meeting_verbs.match(tokens, i);
    if (!visit_length && !meet_length) continue;
    const Mention* person = nullptr;
    bool speaker = false;
    if (!subject_before(sentence, i, &person, &speaker)) continue;
    const std::string visitor = person ? last_word(person->surface) : std::string();
    if (visit_length) {
      const std::size_t place_first = i + visit_length;
      const std::size_t place_last = place_end(sentence, lists, place_first);
      if (place_last == place_first) continue;
      const std::string_view place = span_text(sentence.text, tokens, place_first, place_last);
      std::string visitor_key(person ? person->key() : "speaker");
      Mention& mention = sentence.add_mention("meeting", "visit", i - 1, place_last, "meeting:visit-verb");
      mention.label = (visitor.empty() ? std::string() : visitor + " ") + "visit to " + std::string(place);
      mention.location = place;
      mention.attributes["visitor"] = std::move(visitor_key);
      continue;
    }
    std::vector<const Mention*> others;
    for (const auto& other : sentence.mentions) {
      if (other.type == "actor"sv && other.kind == "person"sv && other.first >= i + meet_length && other.first <= i + meet_length + 8 &&
          !other.label_text().empty())
        others.push_back(&other);
    }
    if (others.empty()) continue;
    std::string names = visitor;
    std::string keys(person ? person->key() : "speaker");
    for (const Mention* other : others) {
      names += (names.empty() ? "" : "-") + last_word(other->surface);
      (keys += ' ') += other->key();
    }
    const std::size_t last = others.back()->last;
    Mention& mention = sentence.add_mention("meeting", "meeting", i - 1, last, "meeting:met-with");
    mention.label = names + " meeting";
    mention.attributes["participants"] = std::move(keys);
    if (speaker) mention.attributes["visitor"] = "speaker";
    mention.location = place_after(sentence, lists, last, tokens.size());
  }
}

}  // namespace

void recognise_meetings(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const RecogniserLists& lists = context.lists;
  const WordList& connectors = lists.name_connectors;
  const WordList& not_names = lists.non_name_words;
  const WordList& determiners = lists.meeting_determiners;
  const WordList& adjectives = lists.meeting_adjectives;
  const WordList& stops = lists.instrument_modifier_stops;
  const std::size_t first_meeting = sentence.mentions.size();
  const KindedLists& heads = lists.meeting_heads;
  // Most sentences hold no head word at all: their tokens are not walked.
  const bool may_hold_head = lists.meeting_head_triggers.may_start_any(sentence.list_firsts);
  for (std::size_t i = 0; may_hold_head && i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.word) continue;
    const std::string_view head_kind = heads.kind_of(token);
    if (head_kind.empty()) continue;
    const std::string_view kind = head_kind;
    std::size_t first = i;
    std::size_t last = i + 1;
    // Built in place at the end of the list (a Mention is costly to move): strings a meeting takes
    // from other mentions are copied before it is added, as adding may move them.
    Mention* mention = nullptr;
    // Named series: capitalised words before a capitalised head.
    if (token.capitalised() && i > 0) {
      first = capitalised_start(tokens, i, connectors);
      while (first < i && (not_names.contains(tokens[first]) || !tokens[first].word)) ++first;
      int round = first < i ? round_of(context, tokens[first]) : 0;
      std::size_t series_first = first;
      if (round > 0) {
        ++series_first;
      } else {
        // "the second Example Dialogue", "the third - Example Dialogue", "the fifth annual Example Forum"
        for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
          const Token& before = tokens[first - back];
          if ((round = round_of(context, before)) > 0) {
            first -= back;
            break;
          }
          if (before.capitalised() || stops.contains(before) || (!before.word && before.text != "-")) break;
        }
      }
      if (series_first < i) {
        const std::string series = sentence.surface(series_first, last);
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:named");
        mention->attributes["series"] = series;
        if (round > 0) {
          mention->attributes["round"] = std::to_string(round);
          std::size_t words_from = first + 1;
          while (words_from < last && !tokens[words_from].word) ++words_from;
          mention->label = capitalise(std::string(tokens[first].text)) + " " + sentence.surface(words_from, last);
          mention->derived_key = make_node_id("meeting", series + " " + std::to_string(round));
        } else {
          mention->label = series;
          mention->derived_key = make_node_id("meeting", series);
        }
      }
    }
    if (!mention && !token.capitalised()) {
      // An ordinal before lowercase words and the head: "second strategic sanctions dialogue",
      // or before the head alone: "the inaugural meeting" (a round of the latest series).
      std::size_t k = i;
      int round = 0;
      while (k > 0 && i - k < 5) {
        const Token& before = tokens[k - 1];
        if ((round = round_of(context, before)) > 0) break;
        if (!before.word || stops.contains(before)) break;
        --k;
      }
      if (round > 0 && (k < i || lists.round_nouns.contains(token))) {
        first = k - 1;
        if (k < i) {
          const std::string series = sentence.surface(k, last);
          mention = &sentence.add_mention("meeting", kind, first, last, "meeting:ordinal+series");
          mention->attributes["series"] = series;
          mention->attributes["round"] = std::to_string(round);
          mention->label = capitalise(std::string(tokens[first].text)) + " " + series;
          mention->derived_key = make_node_id("meeting", series + " " + std::to_string(round));
        } else {
          mention = &sentence.add_mention("meeting", kind, first, last, "meeting:ordinal-round");
          mention->reference = Reference::anaphor;
          mention->attributes["round"] = std::to_string(round);
          mention->title = token.key;
        }
      }
    }
    if (!mention && !token.capitalised() && (kind == "summit"sv || kind == "conference"sv)) {
      // Held by a named group: "G20 summit".
      first = capitalised_start(tokens, i, connectors);
      while (first < i && (not_names.contains(tokens[first]) || !tokens[first].word)) ++first;
      if (first < i) {
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:holder+noun");
        mention->label = sentence.surface(first, last);
      }
    }
    if (!mention && kind == "visit"sv && i + 2 < tokens.size() && tokens[i + 1].key == "to"sv) {
      // A visit to a place, by its possessor.
      std::size_t place_first = i + 2;
      if (tokens[place_first].key == "the"sv && place_first + 1 < tokens.size()) ++place_first;
      const std::size_t place_last = place_end(sentence, lists, place_first);
      if (place_last > place_first) {
        const std::string_view place = span_text(sentence.text, tokens, place_first, place_last);
        const Mention* visitor = possessor(sentence, i);
        first = visitor ? visitor->first : i;
        last = place_last;
        if (visitor && visitor->label_text().empty()) visitor = nullptr;  // a title alone: no name to show
        std::string label = (visitor ? last_word(visitor->surface) + " " : std::string()) + std::string(token.text) + " to " + std::string(place);
        const bool speaker_visits = !visitor && i > 0 && (tokens[i - 1].key == "my"sv || tokens[i - 1].key == "our"sv);
        std::string visitor_key(visitor ? visitor->key() : speaker_visits ? "speaker" : "");
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:visit-to");
        mention->label = std::move(label);
        mention->location = place;
        if (visitor || speaker_visits) mention->attributes["visitor"] = std::move(visitor_key);
      }
    }
    if (!mention && !token.capitalised() && i + 1 < tokens.size() &&
        (tokens[i + 1].key == "between"sv || tokens[i + 1].key == "with"sv)) {
      // Between or with named persons.
      std::vector<const Mention*> participants;
      std::size_t end = i + 2;
      for (const auto& other : sentence.mentions) {
        if (other.type != "actor"sv || other.kind != "person"sv || other.first < i + 2 || other.first > i + 16) continue;
        participants.push_back(&other);
        end = std::max(end, other.last);
      }
      if (!participants.empty()) {
        first = i;
        if (i > 0 && adjectives.contains(tokens[i - 1])) --first;
        std::string names;
        std::string keys;
        if (const Mention* host = possessor(sentence, first)) participants.insert(participants.begin(), host);
        for (const Mention* participant : participants) {
          names += (names.empty() ? "" : "-") + last_word(participant->surface);
          (keys += (keys.empty() ? "" : " ")) += participant->key();
        }
        mention = &sentence.add_mention("meeting", kind, first, i + 1, "meeting:between-persons");
        mention->label = names + " " + sentence.surface(first, i + 1);
        mention->attributes["participants"] = std::move(keys);
      }
    }
    if (!mention && !token.capitalised() && i + 4 < tokens.size() && tokens[i + 1].key == "between"sv &&
        lists.pair_phrases.match(tokens, i + 2) > 0) {
      // Between a pair the text does not name here: "the call between both ministers".
      const std::size_t pair = lists.pair_phrases.match(tokens, i + 2);
      if (i + 2 + pair < tokens.size() && tokens[i + 2 + pair].word) {
        first = i;
        while (first > 0 && adjectives.contains(tokens[first - 1])) --first;
        last = i + 3 + pair;
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:between-pair");
        mention->label = sentence.surface(first, last);
      }
    }
    if (!mention && !token.capitalised() && i + 2 < tokens.size() && tokens[i + 1].key == "of"sv) {
      // Of a named group or body: "a video meeting of the Example Group leaders".
      std::size_t at = i + 2;
      if (tokens[at].key == "the"sv) ++at;
      const Mention* group = nullptr;
      for (const auto& other : sentence.mentions) {
        if (other.type != "actor"sv || other.first != at || other.kind == "person"sv) continue;
        group = &other;
        break;
      }
      if (group) {
        first = i;
        while (first > 0 && adjectives.contains(tokens[first - 1])) --first;
        last = group->last;
        std::string label = std::string(group->label_text()) + " " + sentence.surface(first, i + 1);
        std::string participants(group->key());
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:of-group");
        mention->label = std::move(label);
        mention->attributes["participants"] = std::move(participants);
      }
    }
    if (!mention && !token.capitalised() && i + 2 < tokens.size() && tokens[i + 1].key == "in"sv &&
        kind != "visit"sv) {
      const std::size_t place_last = place_end(sentence, lists, i + 2);
      if (place_last > i + 2) {
        first = i;
        if (i > 0 && adjectives.contains(tokens[i - 1])) --first;
        last = place_last;
        mention = &sentence.add_mention("meeting", kind, first, last, "meeting:noun-in-place");
        mention->label = sentence.surface(first, last);
        mention->location = span_text(sentence.text, tokens, i + 2, place_last);
        if (first > 0 && (tokens[first - 1].key == "the"sv || tokens[first - 1].key == "this"sv)) mention->attributes["definite"] = "true";
      }
    }
    if (!mention && i > 0 && determiners.contains(tokens[i - 1])) {
      mention = &sentence.add_mention("meeting", kind, i - 1, i + 1, "meeting:anaphor");
      mention->reference = Reference::anaphor;
      mention->title = kind;
    }
    if (!mention) continue;
    if (mention->kind.empty()) mention->kind = kind;
    if (mention->key().empty() && !mention->label.empty()) mention->derived_key = make_node_id("meeting", mention->label);
    if (mention->location.empty()) mention->location = place_after(sentence, lists, mention->last, tokens.size());
    i = std::max(i, mention->last - 1);
  }
  recognise_verb_meetings(context, sentence);
  assign_dates(sentence, first_meeting);
}

}  // namespace parley::mentions
