// Mentions of knowledge-base entries found by the gazetteer. A capital named as a place ("talks
// in Beijing", "a visit to Washington") is a location, not the government it can stand for.
#include "entities/knowledge_base_data.hpp"
#include "mentions/recognisers.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;

void recognise_known_names(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const WordList& place_prepositions = context.lists.place_prepositions;
  const Gazetteer& gazetteer = context.gazetteer;
  for (const auto& hit : sentence.hits) {
    // The target carries what is tested and copied here: the entry itself (cold, a few cache
    // lines) is not read, unless it has a date.
    const GazetteerTarget& target = *hit.target;
    const std::string_view type = gazetteer.word(target.type);
    if (type != "actor"sv && type != "agreement"sv) continue;
    Reference reference = Reference::name;
    if (target.form == NameForm::metonym) {
      if (hit.first > 0 && place_prepositions.contains(sentence.tokens[hit.first - 1])) continue;
      reference = Reference::metonym;
    } else if (target.form == NameForm::demonym) {
      reference = Reference::demonym;
    }
    Mention& mention = sentence.add_mention(type, gazetteer.word(target.kind), hit.first, hit.last, "gazetteer");
    mention.reference = reference;
    mention.kb_entry = &context.kb.entries[target.entry];
    mention.country = gazetteer.word(target.country);
    // Most entries have no date: an empty string assigned is still a call.
    if (target.has_date) mention.date = mention.kb_entry->date;
  }
}

}  // namespace parley::mentions
