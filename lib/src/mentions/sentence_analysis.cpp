// One sentence through the recognisers (see sentence_analysis.hpp).
#include "mentions/sentence_analysis.hpp"

#include <utility>

#include "mentions/recognisers.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;

Mention SentenceAnalysis::make_mention(std::string_view type, std::string_view kind, std::size_t first, std::size_t last,
                                       std::string_view rule) const {
  Mention mention;
  mention.type = type;
  mention.kind = kind;
  mention.first = first;
  mention.last = last;
  mention.begin = tokens[first].begin;
  mention.end = tokens[last - 1].end;
  mention.surface = span_text(text, tokens, first, last);
  mention.rule = rule;
  return mention;
}

Mention& SentenceAnalysis::add_mention(std::string_view type, std::string_view kind, std::size_t first, std::size_t last,
                                       std::string_view rule) {
  // Room for a sentence's usual mentions at its first (a Mention is costly to move as the list
  // grows); none for the many sentences that have no mention at all.
  if (mentions.capacity() == 0) mentions = take_mention_list(hits.size() + 4);
  return mentions.emplace_back(type, kind, first, last, tokens[first].begin, tokens[last - 1].end, span_text(text, tokens, first, last), rule);
}

namespace {
// Lists kept on this thread for the next sentences to take, at most kMostKeptLists (a long
// document's lists beyond are freed).
template <typename List>
class KeptLists {
 public:
  List take() {
    if (lists_.empty()) return {};
    List list = std::move(lists_.back());
    lists_.pop_back();
    return list;
  }
  void keep(List& list) {
    if (lists_.size() < kMostKeptLists) lists_.push_back(std::move(list));
  }

 private:
  static constexpr std::size_t kMostKeptLists = 1024;
  std::vector<List> lists_;
};

thread_local KeptLists<std::vector<Mention>> kept_mention_lists;
thread_local KeptLists<TokenList> kept_token_lists;
thread_local KeptLists<std::vector<GazetteerHit>> kept_hit_lists;
}  // namespace

std::vector<Mention> take_mention_list(std::size_t room) {
  std::vector<Mention> list = kept_mention_lists.take();
  list.reserve(room);
  return list;
}

void keep_mention_list(std::vector<Mention>& list) {
  if (list.capacity() == 0) return;
  list.clear();
  kept_mention_lists.keep(list);
}

TokenList take_token_list() { return kept_token_lists.take(); }

void keep_token_list(TokenList& list) {
  if (!list.empty()) kept_token_lists.keep(list);  // an empty list may have no storage
}

std::vector<GazetteerHit> take_hit_list() { return kept_hit_lists.take(); }

void keep_hit_list(std::vector<GazetteerHit>& list) {
  if (list.capacity() == 0) return;
  list.clear();
  kept_hit_lists.keep(list);
  list = std::vector<GazetteerHit>();  // the storage kept, or freed (`= {}` would keep it)
}

const GazetteerHit* SentenceAnalysis::hit_at(std::size_t at) const {
  for (const auto& hit : hits) {
    if (hit.first <= at && at < hit.last) return &hit;
  }
  return nullptr;
}

bool SentenceAnalysis::covered(std::size_t at, std::string_view type) const {
  for (const auto& mention : mentions) {
    // The range first: most mentions do not cover the token, and comparing the type is a call.
    if (mention.first <= at && at < mention.last && mention.type == type) return true;
  }
  return false;
}

std::string_view SentenceAnalysis::state_before(const KnowledgeBaseData& kb, std::size_t at, std::size_t* starts) const {
  if (at == 0) return {};
  std::size_t end = at;
  if (tokens[end - 1].key == "'s"sv && end >= 2) --end;
  for (const auto& hit : hits) {
    if (hit.last != end) continue;
    const KbEntry& entry = kb.entries[hit.target->entry];
    if (entry.kind != "state"sv || entry.country.empty()) return {};
    if (starts) *starts = hit.first;
    return entry.country;
  }
  return {};
}

namespace {

// The recognisers, in the order they run (see recognisers.hpp).
using Recogniser = void (*)(const RecogniserContext&, SentenceAnalysis&);
constexpr Recogniser kRecognisers[] = {recognise_known_names, recognise_persons,  recognise_bodies,      recognise_groups,
                                       recognise_agreements,  recognise_meetings, recognise_commitments};

// A sentence's tokens, their annotation and the gazetteer's hits, what the recognisers read, into
// a new analysis (built in place: a SentenceAnalysis moved is some forty instructions).
void read_sentence(const RecogniserContext& context, std::string_view text, const Sentence* sentence, SentenceAnalysis& analysis) {
  analysis.text = text;
  analysis.sentence = sentence;
  analysis.tokens = take_token_list();
  tokenize_into(text, analysis.tokens);
  analysis.list_firsts = context.lexicon.annotate(analysis.tokens);
  analysis.hits = take_hit_list();
  context.gazetteer.match_into(analysis.tokens, analysis.hits);
}

}  // namespace

SentenceAnalysis analyse_sentence(const RecogniserContext& context, std::string_view text, const Sentence* sentence) {
  SentenceAnalysis analysis;
  read_sentence(context, text, sentence, analysis);
  for (const Recogniser recognise : kRecognisers) recognise(context, analysis);
  return analysis;
}

std::vector<SentenceAnalysis> analyse_sentences(const RecogniserContext& context, std::span<const Sentence> sentences) {
  std::vector<SentenceAnalysis> analyses;
  analyses.reserve(sentences.size());
  for (const Sentence& sentence : sentences) read_sentence(context, sentence.text, &sentence, analyses.emplace_back());
  // Each recogniser walks the sentences the other way from the one before: it starts with the
  // sentences whose data that one left in the cache.
  bool forward = false;  // the last sentence read is read first
  for (const Recogniser recognise : kRecognisers) {
    if (forward) {
      for (SentenceAnalysis& analysis : analyses) recognise(context, analysis);
    } else {
      for (auto analysis = analyses.rbegin(); analysis != analyses.rend(); ++analysis) recognise(context, *analysis);
    }
    forward = !forward;
  }
  return analyses;
}

}  // namespace parley::mentions
