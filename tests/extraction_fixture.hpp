// Shared by the extractor's unit tests: the shipped lexicon plus a few knowledge-base entries
// (invented states and persons, and real ones whose names are general facts), and helpers that
// build Documents by hand.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entities/entity_resolver.hpp"
#include "entities/extraction_state.hpp"
#include "mentions/sentence_analysis.hpp"
#include "parley/knowledge_base.hpp"

namespace parley::testing {

inline KbEntry entry(std::string id, std::string kind, std::string label, std::string country,
                     std::vector<std::string> names = {}, std::vector<std::string> demonyms = {},
                     std::vector<std::string> metonyms = {}) {
  KbEntry e;
  e.id = std::move(id);
  e.type = e.id.substr(0, e.id.find(':'));
  e.kind = std::move(kind);
  e.label = std::move(label);
  e.country = std::move(country);
  e.names = std::move(names);
  e.demonyms = std::move(demonyms);
  e.metonyms = std::move(metonyms);
  return e;
}

inline KnowledgeBaseData test_data() {
  KnowledgeBase kb;
  kb.add_file(PARLEY_SOURCE_DIR "/data/kb/lexicon.json");
  KnowledgeBaseData data;
  data.lexicon = kb.data().lexicon;
  data.entries = {
      entry("actor:freedonia", "state", "Freedonia", "FRE", {"Republic of Freedonia"}, {"Freedonian"}, {"Fredville"}),
      entry("actor:sylvania", "state", "Sylvania", "SYL", {"SYL"}, {"Sylvanian"}, {"Sylvan City"}),
      entry("actor:united-states", "state", "United States", "USA", {"U.S.", "US", "America"}, {"American"}, {"Washington"}),
      entry("actor:nato", "organization", "NATO", "", {"North Atlantic Treaty Organization"}),
      entry("actor:rufus-t-firefly", "person", "Rufus T. Firefly", "FRE", {"Rufus Firefly"}),
      entry("agreement:example-accord", "deal", "Example Accord", ""),
  };
  KbRole role;
  role.title = "Prime Minister";
  role.country = "FRE";
  role.from = "2020-01-01";
  data.entries[4].roles.push_back(role);
  data.index_entries();
  return data;
}

struct Fixture {
  KnowledgeBaseData data = test_data();
  Extractor::State state{data};

  // The analysis views the text: keep it alive (a temporary would dangle, hence the deleted overload).
  mentions::SentenceAnalysis analyse(const std::string& text) const {
    return mentions::analyse_sentence(state.context, text, nullptr);
  }
  mentions::SentenceAnalysis analyse(std::string&& text) const = delete;
};

// Mentions of one type in a sentence, by label (the KB entry's for a known name; the surface
// when there is none).
inline std::vector<std::string> labels(const mentions::SentenceAnalysis& analysis, const std::string& type) {
  std::vector<std::string> out;
  for (const auto& mention : analysis.mentions) {
    if (mention.type == type) out.emplace_back(mention.label_text().empty() ? mention.surface : mention.label_text());
  }
  return out;
}

// The first mention of one type in a sentence; null when there is none.
inline const mentions::Mention* first_of_type(const mentions::SentenceAnalysis& analysis, const std::string& type) {
  for (const auto& mention : analysis.mentions) {
    if (mention.type == type) return &mention;
  }
  return nullptr;
}

// A document of plain sentences (one paragraph each), optionally in speaker turns: a sentence
// starting with "NAME: " opens a turn of that speaker.
inline Document make_document(const std::vector<std::string>& lines, std::string date = "") {
  Document document;
  document.source = "test.txt";
  document.date = std::move(date);
  for (const auto& line : lines) {
    std::string text = line;
    const auto colon = line.find(": ");
    if (colon != std::string::npos && colon > 0 && std::isupper(static_cast<unsigned char>(line[0])) &&
        line.substr(0, colon).find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
      Turn turn;
      turn.label = line.substr(0, colon);
      turn.speaker = turn.label;
      turn.role = turn.label == "Q" ? SpeakerRole::questioner
                  : turn.label == "MODERATOR" ? SpeakerRole::moderator
                                              : SpeakerRole::named;
      turn.span = {document.text.size(), document.text.size() + line.size()};
      document.turns.push_back(turn);
      text = line.substr(colon + 2);
      document.text += line.substr(0, colon + 2);
    }
    Sentence sentence;
    sentence.text = text;
    sentence.span = {document.text.size(), document.text.size() + text.size()};
    sentence.offsets.add(0, document.text.size());
    sentence.paragraph = document.sentences.size();
    sentence.turn = document.turns.empty() ? -1 : static_cast<int>(document.turns.size() - 1);
    sentence.question = !text.empty() && text.back() == '?';
    document.text += text + "\n";
    document.sentences.push_back(sentence);
  }
  return document;
}

}  // namespace parley::testing
