// Commitments: explicit undertakings, each labelled with the short verb phrase of what is
// undertaken (never the whole sentence). Triggers (lexicon.json):
//  - a commitment verb followed by "to" + an action: "pledged to ...", "agreed to ...",
//    "are committed to ...", "vowed to ..." (commitment_verbs.<kind>);
//  - "agreed that ... will <action>" (an agreement);
//  - a commitment noun followed by "to" + an action: "our commitment to maintaining ...", "a
//    commitment to continue ..." (commitment_nouns), a reaffirmation when a reaffirming verb
//    comes just before it;
//  - a reaffirming verb with a possessed object: "reiterated our <policy>" (reaffirmation);
//  - "will" after a first-person or third-person plural subject or a named actor: "we will
//    <action>", "The two states will <action>" (an intention).
// Not commitments: questions; negated triggers ("will not", "did not agree", "refused to");
// hedged ones ("may", "could", "hope to", "if ..." before the trigger: lexicon hedges).
// Makers: the actor mentions before the trigger in its clause, or a pronoun ("we", "they")
// the resolver links to the speaker's state or to the latest makers.
#include <array>

#include "mentions/recognisers.hpp"

namespace parley::mentions {
namespace {

constexpr std::array<const char*, 3> kVerbKinds = {"pledge", "agreement", "reaffirmation"};

bool clause_break(const Token& token) {
  return token.text == "." || token.text == ";" || token.text == ":" || token.text == "?" || token.text == "!" ||
         token.text == "(" || token.text == ")" || token.text == "\"";
}

// Is token `at` the start of an action ("to intensify", "to maintaining") rather than a
// destination ("to Ukraine", "to the region")?
bool action_start(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t at) {
  if (at >= tokens.size()) return false;
  const Token& token = tokens[at];
  return token.word && !token.capitalised() && !token.numeric() &&
         !lexicon.list("non_action_words").contains(token.key);
}

// The action's words from `at`: up to a clause break, a comma that opens another clause, or the
// word limit; trailing function words dropped. Returns the end token.
std::size_t action_end(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t at) {
  const WordList& openers = lexicon.list("clause_openers");
  const WordList& trailing = lexicon.list("instrument_modifier_stops");
  constexpr std::size_t kMaxWords = 14;
  std::size_t words = 0;
  std::size_t k = at;
  for (; k < tokens.size() && words < kMaxWords; ++k) {
    const Token& token = tokens[k];
    if (clause_break(token)) break;
    if (token.text == "-" && token.space_before) break;  // a spaced dash opens an aside
    if (token.text == ",") {
      if (k + 1 >= tokens.size() || openers.contains(tokens[k + 1].key) || words >= 8) break;
      continue;
    }
    if (token.word && k > at && openers.contains(token.key) && words >= 4) break;
    if (token.word) ++words;
  }
  while (k > at && (!tokens[k - 1].word || trailing.contains(tokens[k - 1].key) || tokens[k - 1].key == "'s")) --k;
  return k;
}

std::size_t clause_start(const std::vector<Token>& tokens, std::size_t at) {
  while (at > 0 && !clause_break(tokens[at - 1])) --at;
  return at;
}

bool negated_or_hedged(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t start, std::size_t trigger,
                       std::size_t action) {
  const WordList& negations = lexicon.list("negations");
  const WordList& hedges = lexicon.list("hedges");
  for (std::size_t k = start; k <= action && k < tokens.size(); ++k) {
    if (negations.contains(tokens[k].key) && k + 4 >= trigger) return true;
    if (k < action && hedges.match(tokens, k) > 0) return true;
  }
  return false;
}

void add(const RecogniserContext& context, SentenceAnalysis& sentence, const std::string& kind, std::size_t trigger,
         std::size_t action, const std::string& modality) {
  const auto& tokens = sentence.tokens;
  const std::size_t start = clause_start(tokens, trigger);
  if (negated_or_hedged(context.lexicon, tokens, start, trigger, action)) return;
  const std::size_t end = action_end(context.lexicon, tokens, action);
  if (end <= action) return;
  for (const auto& existing : sentence.mentions) {
    if (existing.type == "commitment" && existing.first <= action && action < existing.last) return;
  }
  Mention mention = sentence.make_mention("commitment", kind, trigger, end, "commitment:" + modality);
  mention.label = sentence.surface(action, end);
  mention.attributes["modality"] = modality;
  // Makers: actors named in the clause before the trigger, else a pronoun.
  const WordList& first_person = context.lexicon.list("first_person_plural");
  const WordList& third_person = context.lexicon.list("third_person_plural");
  for (const auto& actor : sentence.mentions) {
    if (actor.type == "actor" && actor.first >= start && actor.last <= trigger) mention.maker_spans.emplace_back(actor.first, actor.last);
  }
  if (mention.maker_spans.empty()) {
    for (std::size_t k = start; k < trigger; ++k) {
      if (first_person.contains(tokens[k].key)) mention.maker_pronoun = "we";
      if (third_person.match(tokens, k) > 0) mention.maker_pronoun = "they";
    }
    if (mention.maker_pronoun.empty()) mention.maker_pronoun = "context";
  }
  sentence.mentions.push_back(std::move(mention));
}

std::string verb_kind(const Lexicon& lexicon, const std::string& key) {
  for (const char* kind : kVerbKinds) {
    if (lexicon.list(std::string("commitment_verbs.") + kind).contains(key)) return kind;
  }
  return {};
}

}  // namespace

void recognise_commitments(const RecogniserContext& context, SentenceAnalysis& sentence) {
  if (sentence.sentence && sentence.sentence->question) return;
  const auto& tokens = sentence.tokens;
  const Lexicon& lexicon = context.lexicon;
  const WordList& nouns = lexicon.list("commitment_nouns");
  const WordList& intentions = lexicon.list("intention_markers");
  const WordList& first_person = lexicon.list("first_person_plural");
  const WordList& third_person = lexicon.list("third_person_plural");
  const WordList& adverbs = lexicon.list("commitment_adverbs");
  const WordList& possessives = lexicon.list("possessives");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.word) continue;
    const std::string kind = verb_kind(lexicon, token.key);
    if (nouns.contains(token.key)) {
      // "commitment ... to <action>", within a few words.
      for (std::size_t k = i + 1; k < tokens.size() && k <= i + 16; ++k) {
        if (clause_break(tokens[k])) break;
        if (tokens[k].key == "to" && action_start(lexicon, tokens, k + 1)) {
          bool reaffirmed = false;
          for (std::size_t b = (i >= 4 ? i - 4 : 0); b < i; ++b)
            reaffirmed = reaffirmed || verb_kind(lexicon, tokens[b].key) == "reaffirmation";
          add(context, sentence, reaffirmed ? "reaffirmation" : "pledge", i, k + 1, std::string(token.key));
          break;
        }
      }
      continue;
    }
    if (!kind.empty()) {
      std::size_t k = i + 1;
      while (k < tokens.size() && adverbs.contains(tokens[k].key)) ++k;
      if (k + 1 < tokens.size() && tokens[k].key == "to" && action_start(lexicon, tokens, k + 1)) {
        add(context, sentence, kind, i, k + 1, std::string(token.key));
        continue;
      }
      if (kind == "agreement" && k < tokens.size() && (tokens[k].key == "that" || tokens[k].key == "on")) {
        // "agreed that X will <action>", "agreed on the need to <action>"
        for (std::size_t w = k + 1; w < tokens.size() && w <= k + 14; ++w) {
          if (clause_break(tokens[w])) break;
          if ((intentions.contains(tokens[w].key) || tokens[w].key == "to") && action_start(lexicon, tokens, w + 1)) {
            add(context, sentence, kind, i, w + 1, std::string(token.key));
            break;
          }
        }
        continue;
      }
      if (kind == "reaffirmation" && k < tokens.size() && possessives.contains(tokens[k].key)) {
        // "reiterated our long-standing policy": the object is what is reaffirmed, unless a
        // commitment noun follows (handled above).
        bool noun_follows = false;
        for (std::size_t w = k; w < tokens.size() && w <= k + 4; ++w) noun_follows = noun_follows || nouns.contains(tokens[w].key);
        if (!noun_follows) add(context, sentence, kind, i, k + 1, std::string(token.key));
      }
      continue;
    }
    if (intentions.contains(token.key) || (token.key.size() > 3 && token.key.ends_with("'ll") &&
                                           first_person.contains(token.key.substr(0, token.key.size() - 3)))) {
      // "we will", "they will", "<actor> will"
      bool subject = token.key.ends_with("'ll");
      if (!subject && i > 0) {
        const Token& before = tokens[i - 1];
        subject = first_person.contains(before.key) || third_person.match_ending(tokens, i) > 0;
        for (const auto& mention : sentence.mentions) {
          if (mention.type == "actor" && mention.last == i && mention.kind != "person") subject = true;
        }
      }
      if (!subject) continue;
      std::size_t k = i + 1;
      while (k < tokens.size() && adverbs.contains(tokens[k].key)) ++k;
      if (action_start(lexicon, tokens, k)) add(context, sentence, "intention", i, k, "will");
    }
  }
}

}  // namespace parley::mentions
