// Persons introduced by a title: "Ambassador Jane Roe", "U.S. Secretary of State John Doe",
// "Special Representative Kim", and titles standing alone ("the Secretary", "my prime
// minister") that resolution links to a person. Title words live in lexicon.json
// (person_titles); a name is one to four capitalised words that are not titles or other names.
#include <cctype>

#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {

std::string title_case(std::string_view word) {
  std::string out(word);
  bool all_caps = true;
  for (unsigned char c : word) {
    if (std::islower(c)) all_caps = false;
  }
  if (!all_caps || word.size() < 2) return out;
  for (std::size_t i = 1; i < out.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(out[i])) && std::isalpha(static_cast<unsigned char>(out[i - 1])))
      out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
  }
  return out;
}

// The length in tokens of the name that starts at `at` (0: none).
std::size_t person_name_length(const RecogniserContext& context, const SentenceAnalysis& sentence, std::size_t at) {
  const auto& tokens = sentence.tokens;
  const WordList& titles = context.lists.person_titles;
  const WordList& not_names = context.lists.non_name_words;
  std::size_t j = at;
  std::size_t words = 0;
  while (j < tokens.size() && words < 4) {
    const Token& token = tokens[j];
    if (!token.word || !token.capitalised() || not_names.contains(token) || titles.match(tokens, j) > 0) break;
    if (const GazetteerHit* hit = sentence.hit_at(j)) {
      // a capital's name can be a given name ("Sofia", "Victoria") when a name follows it
      const bool given_name = hit->target->form == NameForm::metonym && hit->last == j + 1 && j + 1 < tokens.size() &&
                              tokens[j + 1].word && tokens[j + 1].capitalised() && !sentence.hit_at(j + 1);
      if (context.kb.entries[hit->target->entry].kind != "person"sv && !given_name) break;
    }
    ++j;
    ++words;
    // An initial ("J.") or a hyphenated part ("Jong-un") continues the name.
    if (j + 1 < tokens.size() && !tokens[j].space_before && (tokens[j].text == "." || tokens[j].text == "-") &&
        tokens[j + 1].word && (tokens[j].text == "." ? token.text.size() == 1 : !tokens[j + 1].space_before)) {
      if (tokens[j].text == ".") {
        ++j;
      } else {
        j += 2;
      }
    }
  }
  return j - at;
}

// The knowledge-base person a name refers to, or npos.
std::size_t known_person(const RecogniserContext& context, const SentenceAnalysis& sentence, std::size_t first,
                         std::size_t last, std::string_view title) {
  for (const auto& hit : sentence.hits) {
    if (hit.first == first && hit.last == last && context.kb.entries[hit.target->entry].kind == "person"sv)
      return hit.target->entry;
  }
  // A full name the gazetteer does not know is someone else than a KB person of that surname.
  if (last - first > 1) return std::string::npos;
  const auto& candidates = context.persons.by_surname(sentence.tokens[last - 1].key);
  if (candidates.size() == 1) return candidates.front();
  const std::string wanted = title_key(title);
  std::size_t chosen = std::string::npos;
  for (std::size_t candidate : candidates) {
    for (const auto& role : context.kb.entries[candidate].roles) {
      if (!wanted.empty() && title_key(role.title).find(wanted) != std::string::npos) {
        if (chosen != std::string::npos && chosen != candidate) return std::string::npos;
        chosen = candidate;
      }
    }
  }
  return chosen;
}

// Titles only one state uses ("Secretary of State" and "Foreign Secretary" in their national
// forms) give the person's state: lexicon lists title_country.<alpha-3>.
std::string_view country_of_title(const RecogniserLists& lists, const TokenList& tokens, std::size_t first, std::size_t last) {
  for (const auto& [code, list] : lists.title_countries) {
    if (list->match(tokens, first) == last - first) return code;
  }
  return {};
}

}  // namespace

void recognise_persons(const RecogniserContext& context, SentenceAnalysis& sentence) {
  const auto& tokens = sentence.tokens;
  const WordList& titles = context.lists.person_titles;
  const WordList& honorifics = context.lists.honorifics;
  const WordList& determiners = context.lists.title_determiners;
  if (!context.lists.person_triggers.may_start_any(sentence.list_firsts)) return;  // most sentences
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t title_length = titles.match(tokens, i);
    if (title_length == 0 || sentence.covered(i, "actor")) continue;
    const std::size_t name_start = i + title_length;
    const std::string_view title = span_text(sentence.text, tokens, i, name_start);
    const std::size_t name_length = tokens[i].capitalised() ? person_name_length(context, sentence, name_start) : 0;
    std::size_t state_start = i;
    std::string_view country = sentence.state_before(context.kb, i, &state_start);
    if (country.empty()) country = country_of_title(context.lists, tokens, i, name_start);
    if (name_length > 0) {
      const std::size_t name_end = name_start + name_length;
      Mention& mention = sentence.add_mention("actor", "person", i, name_end, "person:title+name");
      std::string name;
      for (std::size_t k = name_start; k < name_end; ++k) {
        if (!name.empty() && tokens[k].space_before) name += ' ';
        name += title_case(tokens[k].text);
      }
      mention.country = country;
      mention.attributes["name"] = name;
      const std::size_t entry = known_person(context, sentence, name_start, name_end, title);
      if (entry != std::string::npos) {
        const KbEntry& known = context.kb.entries[entry];
        mention.kb_entry = &known;
        if (!known.country.empty()) mention.country = known.country;
      } else {
        mention.derived_key = make_node_id("actor", name);
        mention.label = std::move(name);
      }
      // An honorific ("Mr", "Dr") is no title to resolve by.
      if (!honorifics.contains(tokens[i])) mention.title = title;
      i = name_end - 1;
      continue;
    }
    // A title alone, after a determiner, names a person the resolver must find.
    if (honorifics.contains(tokens[i])) continue;
    const bool determined = i > 0 && determiners.contains(tokens[i - 1]);
    const bool followed_by_of = name_start < tokens.size() && tokens[name_start].key == "of"sv;
    if (!determined || followed_by_of) continue;
    Mention& mention = sentence.add_mention("actor", "person", i, name_start, "person:title");
    mention.reference = Reference::title;
    mention.title = title;
    mention.country = country;
    i = name_start - 1;
  }
}

}  // namespace parley::mentions
