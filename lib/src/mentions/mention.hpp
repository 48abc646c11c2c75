// A mention: a stretch of one sentence that refers to an actor, agreement, meeting or
// commitment, as a recogniser found it, before resolution merges mentions into entities.
#pragma once

#include <cstddef>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/string_hash.hpp"
#include "entities/knowledge_base_data.hpp"

namespace parley::mentions {

// How a mention refers: by name, or only through a title, pronoun, demonym or anaphor that
// resolution must link to a named entity.
enum class Reference {
  name,        // "Antony Blinken", "Atlantic Declaration", "second Example Dialogue"
  surname,     // "Blinken" alone: a person named elsewhere in the document
  title,       // "the Secretary": resolved through the document's persons and KB roles
  demonym,     // "British" used of a state
  metonym,     // "Washington" used of a government
  anaphor,     // "the dialogue", "this call": the latest meeting of that kind
};

struct Mention {
  // User-provided, so that a vector's emplace_back() (value-initialisation) runs the member
  // initialisers alone: with an implicit constructor it zeroed the ~500 bytes first.
  Mention() {}
  // A recogniser's mention, its fields set at once (SentenceAnalysis::add_mention).
  Mention(std::string_view type_, std::string_view kind_, std::size_t first_, std::size_t last_, std::size_t begin_,
          std::size_t end_, std::string_view surface_, std::string_view rule_)
      : type(type_), first(first_), last(last_), surface(surface_), kind(kind_), begin(begin_), end(end_), rule(rule_) {}

  // The fields every pass over a sentence's mentions reads (the recognisers' covered(), the
  // resolver's nesting, naming and text-order passes) come first, in the record's first 64 bytes:
  // spread over the record, each mention read was several cache lines.

  // actor, agreement, meeting, commitment: a view of a literal or of a KB entry's type (a string
  // assigned and freed per mention before).
  std::string_view type;
  std::size_t first = 0, last = 0;  // token range in the sentence
  // The words as written: a view into the sentence's text (Document::sentences, or the speaker
  // label the resolver keeps), which outlives the mention. A copy was an allocation per mention
  // for most surfaces, and 32 bytes of the record.
  std::string_view surface;
  Reference reference = Reference::name;
  // The knowledge-base entry, when the mention is one (the knowledge base outlives every
  // document's mentions): its id was a heap copy per KB mention, and resolution looked the entry
  // up again by that id.
  const KbEntry* kb_entry = nullptr;
  // Then the fields that own memory, together: destroying a mention reads each of them, and
  // spread among the views they made it read most of the record's lines.
  // The display name the recogniser proposes, when it is not a KB entry's: a mention with a
  // KB entry leaves it empty and shows the entry's label (label_text()), where a copy of it was
  // an allocation and a free for most known names.
  std::string label;
  // The identity proposed for a mention with no KB entry: a derived id (parley/ids.hpp), or the
  // id of the entity a resolver linked it to. Left empty for a KB mention, whose identity is its
  // KB id: a second heap copy of that id was most of recognising known names' allocations.
  std::string derived_key;
  std::string date;     // meetings, agreements: ISO date from the sentence
  std::map<std::string, std::string> attributes;  // modality, series, round, ...
  // Commitments: who makes it, as the token ranges [first, last) of actor mentions in the
  // sentence, or a pronoun for the resolver ("we", "they", "context": none in the clause).
  std::vector<std::pair<std::size_t, std::size_t>> maker_spans;
  // Commitments: the label's words as token ranges [first, last) of the sentence, the label being
  // their texts joined by " and " (two undertakings of one verb merged): the resolver reads the
  // label's words from the sentence's tokens instead of tokenising the label again.
  std::vector<std::pair<std::size_t, std::size_t>> label_spans;
  // The display name: label, or the KB entry's label when the mention leaves it empty.
  std::string_view label_text() const {
    return label.empty() && kb_entry ? std::string_view(kb_entry->label) : std::string_view(label);
  }
  // The knowledge-base entry's id, or empty.
  std::string_view kb_id() const { return kb_entry ? std::string_view(kb_entry->id) : std::string_view(); }
  // The identity proposed: the KB id when the mention is a KB entry, else derived_key.
  std::string_view key() const { return kb_entry ? std::string_view(kb_entry->id) : std::string_view(derived_key); }
  // Is key() non-empty? Without reading the entry (a cold cache line per mention): a KB entry
  // always has an id (the loader requires one).
  bool has_key() const { return kb_entry || !derived_key.empty(); }

  // The rest are views and integers, which destroying a mention never reads.
  // SCHEMA kind: a view, as type, of a literal, a KB entry's kind or a lexicon list's name.
  std::string_view kind;
  std::size_t begin = 0, end = 0;   // byte range in Sentence::text
  // alpha-3 where the mention says it ("U.S. Secretary of State ..."): a view of a KB entry's or
  // a lexicon list's code, which outlive every mention.
  std::string_view country;
  // Persons: the title used ("Secretary of State"), a view into the sentence; anaphors: the
  // noun, a view of its kind's name or of the token's key (the TokenList's, kept in the table).
  std::string_view title;
  std::string_view location;  // meetings: a view into the sentence
  // Which recogniser produced it: a view of a literal, or of a name from rule_name().
  std::string_view rule;
  std::string_view maker_pronoun;  // "we", "they", "context" (literals), or empty
};

// The name of a rule made of a prefix and a word ("commitment:" and the trigger's key), kept for
// the life of the program so that Mention::rule can view it. The words are the lexicon's, a few
// dozen at most, where a string per mention was an allocation for most of them. Shared by the
// threads that extract, hence the lock; each thread first asks its own table, by the word, of
// the names it has made: a hash look-up without the lock, and without joining prefix and word
// (the lock and the ordered set's string comparisons were most of the cost of a commitment).
inline std::string_view rule_name(std::string_view prefix, std::string_view word) {
  // word -> the name last made of it, whose prefix is checked (callers use one prefix, so far).
  // Keys and values view the names in `names`, which outlive every thread's table.
  thread_local std::unordered_map<std::string_view, std::string_view, StringHash> by_word;
  if (const auto known = by_word.find(word); known != by_word.end()) {
    const std::string_view name = known->second;
    if (name.size() == prefix.size() + word.size() && name.starts_with(prefix)) return name;
  }
  static std::mutex mutex;
  static std::set<std::string, std::less<>> names;  // nodes: a name never moves
  std::string joined;
  joined.reserve(prefix.size() + word.size());
  joined += prefix;
  joined += word;
  std::string_view name;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    auto found = names.find(joined);
    if (found == names.end()) found = names.emplace(std::move(joined)).first;
    name = *found;
  }
  by_word.insert_or_assign(name.substr(prefix.size()), name);
  return name;
}

}  // namespace parley::mentions
