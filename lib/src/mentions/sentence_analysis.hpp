// What the recognisers share about one sentence: its tokens, the gazetteer's hits, and the
// mentions found so far (recognisers run in order and may read earlier mentions), plus the
// read-only context they all need (knowledge base, gazetteer, lexicon).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "entities/knowledge_base_data.hpp"
#include "mentions/gazetteer.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/mention.hpp"
#include "mentions/person_index.hpp"
#include "mentions/recogniser_lists.hpp"
#include "mentions/tokens.hpp"
#include "parley/document.hpp"

namespace parley::mentions {

struct RecogniserContext {
  const KnowledgeBaseData& kb;
  const Gazetteer& gazetteer;
  const Lexicon& lexicon;
  const PersonIndex& persons;
  const RecogniserLists& lists;  // the lexicon's lists the recognisers use, looked up once
};

struct SentenceAnalysis {
  std::string_view text;
  const Sentence* sentence = nullptr;  // null for a speaker label analysed on its own
  TokenList tokens;
  // The union of the tokens' KeyLists::firsts: a recogniser whose ListGroup of triggers may
  // start nowhere in the sentence (ListGroup::may_start_any) skips it at once.
  ListSet list_firsts = ListSet().set();
  // Read by the recognisers and by the resolver as it handles the analysed sentence, which then
  // hands the list's storage on to later sentences (keep_hit_list): empty after that.
  std::vector<GazetteerHit> hits;
  std::vector<Mention> mentions;

  // Tokens [first, last) as written.
  std::string surface(std::size_t first, std::size_t last) const { return std::string(span_text(text, tokens, first, last)); }
  // A mention with its token and byte ranges filled in.
  Mention make_mention(std::string_view type, std::string_view kind, std::size_t first, std::size_t last, std::string_view rule) const;
  // The same mention built in place at the end of `mentions`, for a recogniser that keeps every
  // mention it starts (a Mention, a dozen strings and a map, is costly to move). The reference
  // holds until the next mention is added.
  Mention& add_mention(std::string_view type, std::string_view kind, std::size_t first, std::size_t last, std::string_view rule);
  // The gazetteer hit that covers token `at`, if any.
  const GazetteerHit* hit_at(std::size_t at) const;
  // Is token `at` covered by a mention of this type already?
  bool covered(std::size_t at, std::string_view type) const;
  // The alpha-3 code of a state named just before token `at` ("U.S. Secretary", "the UK's
  // Foreign Secretary", "Chinese envoy"), and where that name starts; empty when there is none.
  // A view of the KB entry's code.
  std::string_view state_before(const KnowledgeBaseData& kb, std::size_t at, std::size_t* starts = nullptr) const;
};

// Storage for sentences' mention lists, kept per thread from one document to the next: a list's
// first room is a block of over a kilobyte (a Mention is some 380 bytes), which the allocator
// serves on its slow path, once for every sentence that has a mention. take_mention_list() gives
// an empty list with room for at least `room` mentions (a kept one when there is one);
// keep_mention_list() empties `list` and keeps its storage for the next.
std::vector<Mention> take_mention_list(std::size_t room);
void keep_mention_list(std::vector<Mention>& list);
// The same for sentences' token lists, which the entity table keeps until it is destroyed: each
// was a block of a few kilobytes, allocated and often grown once, for every sentence.
// take_token_list() gives a kept list (its storage, for tokenize_into) or an empty one.
TokenList take_token_list();
void keep_token_list(TokenList& list);

// The same for the gazetteer's hits, handed on once the resolver has read them: a document's
// lists serve the next document's sentences, where a new list for each sentence with a name was
// an allocation. keep_hit_list() leaves `list` empty.
std::vector<GazetteerHit> take_hit_list();
void keep_hit_list(std::vector<GazetteerHit>& list);

// Tokenises, matches the gazetteer and runs every recogniser, in order.
SentenceAnalysis analyse_sentence(const RecogniserContext& context, std::string_view text, const Sentence* sentence);

// Every sentence analysed as analyse_sentence() does, in order; but each recogniser runs over all
// of them before the next starts. The recognisers together are several times the first-level
// instruction cache, and run sentence by sentence each fetched its code afresh for every
// sentence: this way, once a document. (The sentences' tokens are read again from the second-level
// cache instead, which costs less.)
std::vector<SentenceAnalysis> analyse_sentences(const RecogniserContext& context, std::span<const Sentence> sentences);

}  // namespace parley::mentions
