// Mentions of knowledge-base entries found by the gazetteer. A capital named as a place ("talks
// in Beijing", "a visit to Washington") is a location, not the government it can stand for.
#include "entities/knowledge_base_data.hpp"
#include "mentions/recognisers.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;

void recognise_known_names(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const WordList& place_prepositions = context.lists.place_prepositions;
  for (const auto& hit : sentence.hits) {
    const KbEntry& entry = context.kb.entries[hit.target->entry];
    if (entry.type != "actor"sv && entry.type != "agreement"sv) continue;
    Reference reference = Reference::name;
    if (hit.target->form == NameForm::metonym) {
      if (hit.first > 0 && place_prepositions.contains(sentence.tokens[hit.first - 1])) continue;
      reference = Reference::metonym;
    } else if (hit.target->form == NameForm::demonym) {
      reference = Reference::demonym;
    }
    Mention& mention = sentence.add_mention(entry.type, entry.kind, hit.first, hit.last, "gazetteer");
    mention.reference = reference;
    mention.kb_entry = &entry;
    // Most entries have no country or no date: an empty string assigned is still a call.
    if (!entry.country.empty()) mention.country = entry.country;
    if (!entry.date.empty()) mention.date = entry.date;
  }
}

}  // namespace parley::mentions
