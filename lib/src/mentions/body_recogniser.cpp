// Government bodies the knowledge base does not know: "Department of Commerce", "Ministry of
// Foreign Affairs", "Office of the Trade Representative" (a head word first, lexicon body_heads),
// and "State Department", "Foreign Office" (a head word last, body_tails). A state named just
// before gives the body its country ("U.S. Department of ..."); names that other states share
// carry it in their id. "Commerce Department" and "Department of Commerce" share one id.

#include "core/ascii_case.hpp"
#include "mentions/capitalised_phrase.hpp"
#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {

// "Department of the Treasury" -> "department of treasury": the form ids are made from.
std::string identity_name(const TokenList& tokens, std::size_t first, std::size_t last) {
  std::string name;
  for (std::size_t k = first; k < last; ++k) {
    if (tokens[k].key == "the"sv || !tokens[k].word) continue;
    if (!name.empty()) name += ' ';
    name += tokens[k].key;
  }
  return name;
}

bool starts_with_gazetteer_name(const SentenceAnalysis& sentence, std::size_t first, std::size_t last) {
  const GazetteerHit* hit = sentence.hit_at(first);
  return hit && hit->first == first && hit->last >= last;
}

}  // namespace

void recognise_bodies(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const WordList& heads = context.lists.body_heads;
  const WordList& tails = context.lists.body_tails;
  const WordList& inverted = context.lists.body_tails_inverted;
  const WordList& connectors = context.lists.name_connectors;
  const WordList& organisation_tails = context.lists.organization_tails;
  if (!context.lists.body_triggers.may_start_any(sentence.list_firsts)) return;  // most sentences
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word || !tokens[i].capitalised() || !context.lists.body_triggers.may_start(tokens[i])) continue;
    std::size_t first = i, last = i + 1;
    std::string canonical;
    const bool head_first = heads.contains(tokens[i]) && i + 2 < tokens.size() &&
                            (tokens[i + 1].key == "of"sv || tokens[i + 1].key == "for"sv);
    if (head_first) {
      last = capitalised_end(tokens, i, connectors);
      if (last <= i + 2) continue;
      // "Oval Office of ...": a capitalised word before the head makes it another name
      if (i > 0 && tokens[i - 1].word && tokens[i - 1].capitalised() && !sentence.hit_at(i - 1) &&
          !context.lists.non_name_words.contains(tokens[i - 1]))
        continue;
      canonical = sentence.surface(i, last);
    } else if (organisation_tails.contains(tokens[i]) && i > 0) {
      // Organisations by their head word: "Example Workers' Party", "Freedonian Navy".
      first = capitalised_start(tokens, i, connectors);
      while (first < i && context.lists.non_name_words.contains(tokens[first])) ++first;
      if (first >= i) continue;
      canonical = sentence.surface(first, last);
      if (sentence.covered(first, "actor") && !(sentence.hit_at(first) && sentence.hit_at(first)->last <= i)) {
        i = last - 1;
        continue;
      }
      const GazetteerHit* prefix = sentence.hit_at(first);
      std::string_view country;
      if (prefix && prefix->first == first && context.kb.entries[prefix->target->entry].kind == "state"sv)
        country = context.kb.entries[prefix->target->entry].country;
      if (prefix && prefix->first == first && prefix->last >= last) continue;
      Mention& mention = sentence.add_mention("actor", "organization", first, last, "organization:name+head");
      mention.label = canonical;
      mention.country = country;
      mention.derived_key = make_node_id("actor", canonical);
      continue;
    } else if (tails.contains(tokens[i])) {
      first = capitalised_start(tokens, i, connectors);
      while (first < i && context.lists.non_name_words.contains(tokens[first])) ++first;
      // a state name before the body is its country, not part of its name
      while (first < i) {
        const GazetteerHit* hit = sentence.hit_at(first);
        if (!hit || context.kb.entries[hit->target->entry].kind != "state"sv) break;
        first = hit->last;
        if (first < i && tokens[first].text == "-") ++first;
      }
      if (first >= i) continue;
      if (inverted.contains(tokens[i])) {
        canonical = std::string(tokens[i].text) + " of " + sentence.surface(first, i);
      } else {
        canonical = sentence.surface(first, last);
      }
    } else {
      continue;
    }
    if (sentence.covered(first, "actor") || starts_with_gazetteer_name(sentence, first, last)) {
      i = last - 1;
      continue;
    }
    std::size_t state_start = first;
    const std::string_view country = sentence.state_before(context.kb, first, &state_start);
    Mention& mention = sentence.add_mention("actor", "organization", first, last, head_first ? "body:head+of" : "body:name+head");
    mention.label = canonical;
    mention.country = country;
    std::string identity = head_first ? identity_name(tokens, first, last) : lower_ascii(canonical);
    if (!head_first) {
      const auto keys = token_keys(canonical);
      identity.clear();
      for (const auto& key : keys) {
        if (key == "the"sv) continue;
        if (!identity.empty()) identity += ' ';
        identity += key;
      }
    }
    mention.attributes["identity"] = identity;
    mention.derived_key = make_node_id("actor", identity + (country.empty() ? "" : " " + lower_ascii(std::string(country))));
    i = last - 1;
  }
}

}  // namespace parley::mentions
