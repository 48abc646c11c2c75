// Commitments: explicit undertakings, each labelled with the short verb phrase of what is
// undertaken (never the whole sentence). Triggers (lexicon.json):
//  - a commitment verb followed by "to" + an action: "pledged to ...", "agreed to ...",
//    "are committed to ...", "vowed to ..." (commitment_verbs.<kind>);
//  - "agreed that ... will <action>", "agreed on the need to <action>" (an agreement);
//  - a commitment noun followed by "to" + an action, with nothing but a name between: "our
//    commitment to maintaining ...", "the commitment under the Example Accord to ..."
//    (commitment_nouns); a reaffirmation when a reaffirming verb comes just before it;
//  - a reaffirming verb with a possessed object: "reiterated our <policy>" (reaffirmation);
//  - "we will <action>" / "we're going to <action>"; outside speaker turns (statements,
//    readouts) also "they will", "<named state> will" (an intention). Verbs of perception or
//    prediction after "will" ("see", "need") are not undertakings (non_commitment_verbs).
// Not commitments: questions; negated triggers ("will not", "did not agree", "refused to");
// hedged ones ("may", "could", "hope to" just before the trigger: hedges) and conditional ones
// ("if"/"unless" earlier in the clause: conditionals).
// Makers: the subject of the trigger: a pronoun ("we", "they") the resolver links to the
// speaker's state or to the latest makers, or the named actors (joined by "and") just before it.
// Two "we will <same verb>" in one sentence are one commitment ("protect X; we will protect Y").

#include "mentions/recognisers.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {


// Clause breaks are one byte: the length is tested first, so a word costs no compare.
bool clause_break(const Token& token) {
  if (token.text.size() != 1) return false;
  switch (token.text[0]) {
    case '.': case ';': case ':': case '?': case '!': case '(': case ')': case '"':
      return true;
    default:
      return false;
  }
}

// Is token `at` the start of an action ("to intensify", "to maintaining") rather than a
// destination ("to Ukraine", "to the region")?
bool action_start(const RecogniserLists& lists, const TokenList& tokens, std::size_t at) {
  if (at >= tokens.size()) return false;
  const Token& token = tokens[at];
  return token.word && !token.capitalised() && !token.numeric() && !lists.non_action_words.contains(token);
}

// The action's words from `at`: up to a clause break, a comma or word that opens another clause,
// or the word limit; trailing function words dropped. Returns the end token.
std::size_t action_end(const RecogniserLists& lists, const TokenList& tokens, std::size_t at) {
  const WordList& openers = lists.clause_openers;
  const WordList& soft_openers = lists.soft_clause_openers;
  const WordList& trailing = lists.label_trailing_words;
  constexpr std::size_t kMaxWords = 14;
  std::size_t words = 0;
  std::size_t k = at;
  for (; k < tokens.size() && words < kMaxWords; ++k) {
    const Token& token = tokens[k];
    if (clause_break(token)) break;
    if (token.text == "-" && token.space_before) break;  // a spaced dash opens an aside
    if (token.text == ",") {
      if (k + 1 >= tokens.size() || openers.contains(tokens[k + 1]) || soft_openers.contains(tokens[k + 1]) ||
          words >= 10)
        break;
      continue;
    }
    if (token.word && k > at && openers.contains(token) && words >= 4) break;
    if (token.word && k > at && soft_openers.contains(token) && words >= 10) break;
    if (token.word) ++words;
  }
  while (k > at && (!tokens[k - 1].word || trailing.contains(tokens[k - 1]))) --k;
  return k;
}

std::size_t clause_start(const TokenList& tokens, std::size_t at) {
  while (at > 0 && !clause_break(tokens[at - 1])) --at;
  return at;
}

bool negated_or_hedged(const RecogniserLists& lists, const TokenList& tokens, std::size_t start, std::size_t trigger,
                       std::size_t action) {
  const WordList& negations = lists.negations;
  const WordList& hedges = lists.hedges;
  const WordList& conditionals = lists.conditionals;
  const std::size_t near = trigger >= 4 ? std::max(start, trigger - 4) : start;
  for (std::size_t k = start; k <= action && k < tokens.size(); ++k) {
    if (k >= near && negations.contains(tokens[k])) return true;
    if (k >= near && k < action && hedges.match(tokens, k) > 0) return true;
    if (k < trigger && conditionals.contains(tokens[k])) return true;
  }
  return false;
}

struct Subject {
  std::vector<std::pair<std::size_t, std::size_t>> actors;
  std::string_view pronoun;  // "we", "they", or "context" when the clause names no subject
};

// The subject of the trigger: walk back over auxiliaries and adverbs to a pronoun or to named
// actors ("Freedonia and Sylvania pledged").
Subject subject_of(const RecogniserContext& context, const SentenceAnalysis& sentence, std::size_t start, std::size_t trigger) {
  const auto& tokens = sentence.tokens;
  const WordList& first_person = context.lists.first_person_plural;
  const WordList& third_person = context.lists.third_person_plural;
  const WordList& skip = context.lists.subject_skip_words;
  Subject subject;
  std::size_t k = trigger;
  while (k > start && (skip.contains(tokens[k - 1]) || tokens[k - 1].text == ",")) --k;
  if (k > start && first_person.contains(tokens[k - 1])) {
    subject.pronoun = "we";
    return subject;
  }
  if (k > start && third_person.match_ending(tokens, k) > 0) {
    subject.pronoun = "they";
    return subject;
  }
  // Named actors, possibly coordinated: "A, B and C".
  while (k > start) {
    const Mention* found = nullptr;
    for (const auto& mention : sentence.mentions) {
      if (mention.type == "actor"sv && mention.last == k && mention.first >= start) found = &mention;
    }
    if (!found) break;
    subject.actors.emplace_back(found->first, found->last);
    k = found->first;
    if (k > start && (tokens[k - 1].key == "the"sv)) --k;
    if (k > start && (tokens[k - 1].key == "and"sv || tokens[k - 1].text == ",")) {
      --k;
      if (k > start && tokens[k - 1].key == "the"sv) --k;
      continue;
    }
    break;
  }
  if (subject.actors.empty()) {
    // "our commitment to ...": a possessive pronoun before a commitment noun.
    for (std::size_t b = start; b < trigger + 1 && b < tokens.size(); ++b) {
      if (first_person.contains(tokens[b])) subject.pronoun = "we";
    }
    if (subject.pronoun.empty()) subject.pronoun = "context";
  }
  return subject;
}

void add(const RecogniserContext& context, SentenceAnalysis& sentence, std::string_view kind, std::size_t trigger,
         std::size_t action, const std::string& modality) {
  const auto& tokens = sentence.tokens;
  const std::size_t start = clause_start(tokens, trigger);
  if (negated_or_hedged(context.lists, tokens, start, trigger, action)) return;
  const std::size_t end = action_end(context.lists, tokens, action);
  if (end <= action) return;
  for (auto& existing : sentence.mentions) {
    if (existing.type != "commitment"sv) continue;
    if (existing.first <= action && action < existing.last) return;
    // "we will protect X; we will protect Y": one commitment, "protect X and Y".
    // The existing label's first word is its first span's first token.
    if (!existing.label_spans.empty() && tokens[existing.label_spans.front().first].key == tokens[action].key &&
        action + 1 < end) {
      existing.label += " and " + sentence.surface(action + 1, end);
      existing.label_spans.emplace_back(action + 1, end);
      existing.last = end;
      existing.end = tokens[end - 1].end;
      return;
    }
  }
  // The subject first: it is read from the mentions so far, which the new one must not join yet.
  Subject subject = subject_of(context, sentence, start, trigger);
  Mention& mention = sentence.add_mention("commitment", kind, trigger, end, rule_name("commitment:", modality));
  mention.label = span_text(sentence.text, tokens, action, end);
  mention.label_spans.emplace_back(action, end);
  mention.attributes["modality"] = modality;
  mention.maker_spans = std::move(subject.actors);
  mention.maker_pronoun = subject.pronoun;
}


// Between a commitment noun and its "to": only a name and its function words ("the commitment
// under the Example Accord for Trade to ...").
bool name_gap(const RecogniserLists& lists, const TokenList& tokens, std::size_t from, std::size_t to) {
  const WordList& allowed = lists.commitment_gap_words;
  for (std::size_t k = from; k < to; ++k) {
    const Token& token = tokens[k];
    if (token.text == "-" && !token.space_before) continue;
    if (token.word && (token.capitalised() || token.numeric() || allowed.contains(token))) continue;
    return false;
  }
  return true;
}

}  // namespace

void recognise_commitments(const RecogniserContext& context, SentenceAnalysis& sentence) {
  if (sentence.sentence && sentence.sentence->question) return;
  const bool spoken = sentence.sentence && sentence.sentence->turn >= 0;
  const auto& tokens = sentence.tokens;
  const RecogniserLists& lists = context.lists;
  const WordList& nouns = lists.commitment_nouns;
  const WordList& intentions = lists.intention_markers;
  const WordList& first_person = lists.first_person_plural;
  const WordList& third_person = lists.third_person_plural;
  const WordList& adverbs = lists.commitment_adverbs;
  const WordList& possessives = lists.possessives;
  const WordList& not_undertakings = lists.non_commitment_verbs;
  const KindedLists& verbs = lists.commitment_verbs;
  // Most sentences hold no trigger: the lists' bits say so at once, and the lowered text
  // whether a "we'll" or a "going" could stand in it, without a walk of the tokens. "Going" is
  // looked for only where a first-person word stands ("we're going to", "we are going to"):
  // the search, a call per "g" of the sentence, was most of the cost of a sentence here.
  if (!lists.commitment_triggers.may_start_any(sentence.list_firsts) &&
      tokens.lowered().find("'ll") == std::string_view::npos &&
      (!lists.first_person_words.may_start_any(sentence.list_firsts) ||
       tokens.lowered().find("going") == std::string_view::npos))
    return;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.word) continue;
    // Every trigger below is a word of the lists, "we'll" or "going": most words are none.
    if (!lists.commitment_triggers.may_start(token) && !token.key.ends_with("'ll") && token.key != "going"sv) continue;
    const std::string_view kind = verbs.kind_of(token);
    if (nouns.contains(token)) {
      for (std::size_t k = i + 1; k < tokens.size() && k <= i + 18; ++k) {
        if (tokens[k].key != "to"sv) continue;
        if (action_start(lists, tokens, k + 1) && name_gap(lists, tokens, i + 1, k)) {
          bool reaffirmed = false;
          for (std::size_t b = (i >= 4 ? i - 4 : 0); b < i; ++b)
            reaffirmed = reaffirmed || verbs.kind_of(tokens[b]) == "reaffirmation";
          add(context, sentence, reaffirmed ? "reaffirmation" : "pledge", i, k + 1, std::string(token.key));
        }
        break;
      }
      continue;
    }
    if (!kind.empty()) {
      std::size_t k = i + 1;
      while (k < tokens.size() && adverbs.contains(tokens[k])) ++k;
      if (k + 1 < tokens.size() && tokens[k].key == "to"sv && action_start(lists, tokens, k + 1)) {
        add(context, sentence, kind, i, k + 1, std::string(token.key));
        continue;
      }
      if (kind == "agreement"sv && k < tokens.size() && (tokens[k].key == "that"sv || tokens[k].key == "on"sv)) {
        for (std::size_t w = k + 1; w < tokens.size() && w <= k + 14; ++w) {
          if (clause_break(tokens[w])) break;
          if ((intentions.contains(tokens[w]) || tokens[w].key == "to"sv) && action_start(lists, tokens, w + 1)) {
            add(context, sentence, kind, i, w + 1, std::string(token.key));
            break;
          }
        }
        continue;
      }
      if (kind == "reaffirmation"sv && k < tokens.size() && possessives.contains(tokens[k])) {
        bool noun_follows = false;
        for (std::size_t w = k; w < tokens.size() && w <= k + 4; ++w) noun_follows = noun_follows || nouns.contains(tokens[w]);
        if (!noun_follows) add(context, sentence, kind, i, k + 1, std::string(token.key));
      }
      continue;
    }
    // "we will", "we'll", "we're going to"; in statements also "they will", "<actor> will".
    const bool contraction = token.key.size() > 3 && token.key.ends_with("'ll") &&
                             first_person.contains(token.key.substr(0, token.key.size() - 3));
    const bool going_to = token.key == "going"sv && i + 1 < tokens.size() && tokens[i + 1].key == "to"sv && i > 0 &&
                          (tokens[i - 1].key == "we're"sv || (tokens[i - 1].key == "are"sv && i > 1 && tokens[i - 2].key == "we"sv));
    if (!intentions.contains(token) && !contraction && !going_to) continue;
    bool subject = contraction || going_to;
    if (!subject && i > 0) {
      subject = first_person.contains(tokens[i - 1]);
      if (!spoken) {
        subject = subject || third_person.match_ending(tokens, i) > 0;
        for (const auto& mention : sentence.mentions) {
          if (mention.type == "actor"sv && mention.last == i && mention.kind != "person"sv) subject = true;
        }
      }
    }
    if (!subject) continue;
    std::size_t k = going_to ? i + 2 : i + 1;
    while (k < tokens.size() && adverbs.contains(tokens[k])) ++k;
    if (not_undertakings.match(tokens, k) > 0) continue;
    if (action_start(lists, tokens, k)) add(context, sentence, "intention", going_to ? i - 1 : i, k, "will");
  }
}

}  // namespace parley::mentions
