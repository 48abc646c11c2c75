// Groups the knowledge base does not name: a plural group noun (lexicon group_nouns: "oligarchs",
// "militias", "networks") after a state's demonym or a qualifying word (group_modifiers:
// "sanctioned", "designated", "cyber-criminal"): "sanctioned Freedonian oligarchs". One group per
// noun in a document: "sanctioned oligarchs" and "Freedonian oligarchs" are the same people.
#include "entities/knowledge_base_data.hpp"
#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;

void recognise_groups(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const WordList& nouns = context.lists.group_nouns;
  const WordList& modifiers = context.lists.group_modifiers;
  if (!context.lists.group_triggers.may_start_any(sentence.list_firsts)) return;  // most sentences
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!nouns.contains(tokens[i]) || tokens[i].capitalised()) continue;
    std::size_t first = i;
    std::string_view country;
    while (first > 0 && i - first < 4) {
      const Token& before = tokens[first - 1];
      if (first >= 3 && tokens[first - 2].text == "-" && modifiers.match(tokens, first - 3) == 3) {
        first -= 3;  // "cyber-criminal"
        continue;
      }
      if (modifiers.contains(before)) {
        --first;
        continue;
      }
      const GazetteerHit* hit = sentence.hit_at(first - 1);
      if (hit && hit->last == first && context.kb.entries[hit->target->entry].kind == "state"sv &&
          hit->target->form == NameForm::demonym) {
        country = context.kb.entries[hit->target->entry].country;
        first = hit->first;
        continue;
      }
      break;
    }
    if (first == i) continue;
    Mention& mention = sentence.add_mention("actor", "group", first, i + 1, "group:modifier+noun");
    mention.label = mention.surface;
    mention.country = country;
    mention.derived_key = make_node_id("actor", std::string(tokens[i].key));
  }
}

}  // namespace parley::mentions
