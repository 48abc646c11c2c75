// Instruments the knowledge base does not know:
//  - capitalised names ending in a head word ("... Declaration", "... Treaty", "... Act", "Joint
//    Statement ..."), the head giving the kind (lexicon agreement_heads.<kind>), extended right
//    over "of/for/on [the] Capitalised ..." ("Declaration for a ... Partnership");
//  - numbered resolutions ("Resolution 1234", "UNSCR 1234");
//  - lowercase instruments with content modifiers ("a critical minerals agreement", "the joint
//    statement", "secondary legislation"): lexicon instrument_nouns, modifiers not in
//    instrument_modifier_stops; at least one modifier that is not a weak one ("new", "any").
#include <cctype>

#include "mentions/capitalised_phrase.hpp"
#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {



bool is_year(const Token& token) {
  return token.text.size() == 4 && std::isdigit(static_cast<unsigned char>(token.text[0])) && token.numeric();
}

bool overlaps_agreement(const SentenceAnalysis& sentence, std::size_t first, std::size_t last) {
  for (const auto& mention : sentence.mentions) {
    if (mention.type == "agreement"sv && mention.first < last && first < mention.last) return true;
  }
  return false;
}

void add(SentenceAnalysis& sentence, std::size_t first, std::size_t last, std::string_view kind, std::string label,
         std::string_view rule, std::string date = {}) {
  if (overlaps_agreement(sentence, first, last)) return;
  Mention& mention = sentence.add_mention("agreement", kind, first, last, rule);
  mention.derived_key = make_node_id("agreement", label);
  mention.label = std::move(label);
  mention.date = std::move(date);
}

}  // namespace

void recognise_agreements(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const RecogniserLists& lists = context.lists;
  const WordList& connectors = lists.name_connectors;
  const WordList& not_names = lists.non_name_words;
  const WordList& resolution_words = lists.resolution_words;
  const WordList& instrument_nouns = lists.instrument_nouns;
  const WordList& modifier_stops = lists.instrument_modifier_stops;
  const WordList& weak_modifiers = lists.instrument_weak_modifiers;
  const WordList& noun_breakers = lists.instrument_noun_breakers;
  const WordList& needing_body = lists.instrument_nouns_needing_body;
  const WordList& named_modifiers = lists.instrument_named_modifiers;
  const KindedLists& heads = lists.agreement_heads;
  if (!lists.agreement_triggers.may_start_any(sentence.list_firsts)) return;  // most sentences
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.word || !lists.agreement_triggers.may_start(token)) continue;
    // Numbered resolutions.
    if (resolution_words.contains(token) && i + 1 < tokens.size() && tokens[i + 1].numeric()) {
      std::size_t first = capitalised_start(tokens, i, connectors);
      while (first < i && not_names.contains(tokens[first])) ++first;
      const std::string body = first < i ? sentence.surface(first, i) : "";
      const bool assembly = body.find("Assembly") != std::string::npos;
      std::string label = std::string(assembly ? "UN General Assembly" : "UN Security Council") + " Resolution " +
                          std::string(tokens[i + 1].text);
      add(sentence, first, i + 2, "resolution", std::move(label), "agreement:numbered-resolution");
      ++i;
      continue;
    }
    // Capitalised names.
    if (token.capitalised()) {
      const std::string_view head_kind = heads.kind_of(token);
      if (head_kind.empty()) continue;
      const std::string_view kind = head_kind;
      std::size_t first = capitalised_start(tokens, i, connectors);
      while (first < i && (not_names.contains(tokens[first]) || !tokens[first].word)) ++first;
      std::string date;
      if (first < i && is_year(tokens[first])) {
        date = std::string(tokens[first].text);
        ++first;
      }
      if (first == i) continue;
      const std::size_t last = capitalised_end(tokens, i, connectors);
      add(sentence, first, last, kind, sentence.surface(first, last), "agreement:capitalised-name", date);
      i = last - 1;
      continue;
    }
    // Lowercase instruments with modifiers.
    const std::size_t noun_length = instrument_nouns.match(tokens, i);
    if (noun_length == 0) continue;
    // "deal with", "agreement that ...": a verb or a clause, not an instrument
    if (i + noun_length < tokens.size() && noun_breakers.contains(tokens[i + noun_length])) continue;
    std::string_view kind = heads.kind_of(tokens[i + noun_length - 1]);
    if (kind.empty()) kind = "other";
    std::size_t first = i;
    bool strong = noun_length > 1;
    bool named_modifier = false;
    while (first > 0 && i - first < 5) {
      const Token& before = tokens[first - 1];
      if (before.text == "-" && !before.space_before && first >= 2) {
        --first;
        continue;
      }
      if (!before.word || modifier_stops.contains(before) || before.numeric()) break;
      if (before.text.find('\'') != std::string_view::npos) break;  // contractions: "can't deal"
      if (before.capitalised() && !sentence.hit_at(first - 1)) break;
      if (sentence.hit_at(first - 1)) named_modifier = true;
      if (named_modifiers.contains(before)) named_modifier = true;
      if (!weak_modifiers.contains(before)) strong = true;
      --first;
    }
    while (first < i && (weak_modifiers.contains(tokens[first]) || !tokens[first].word)) ++first;
    if (!strong || first == i + noun_length) continue;
    if (first == i && noun_length == 1) continue;
    // Ambiguous nouns ("resolution") are instruments only with a body or a sanctions word.
    if (needing_body.contains(tokens[i]) && !named_modifier) continue;
    const std::size_t last = i + noun_length;
    add(sentence, first, last, kind, sentence.surface(first, last), "agreement:modified-noun");
    i = last - 1;
  }
}

}  // namespace parley::mentions
