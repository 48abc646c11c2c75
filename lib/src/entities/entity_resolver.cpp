// Resolution of mentions into entities within one document (rules in entity_resolver.hpp).
#include "entities/entity_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "core/string_hash.hpp"
#include "entities/key_index.hpp"
#include "entities/text_store.hpp"
#include "mentions/recognisers.hpp"
#include "parley/ids.hpp"

namespace parley::entities {

// Words as views ("the"sv), and compared by is() below: a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {

// `text == word`, inline. std::string_view's operator== calls compare(), which the compiler
// keeps out of line here and which calls memcmp: some 45 instructions for each of the many type
// and kind tests (`is(mention.type, "actor")`) made per mention and per entity.
bool is(std::string_view text, std::string_view word) {
  return text.size() == word.size() && std::memcmp(text.data(), word.data(), word.size()) == 0;
}

using mentions::Mention;
using mentions::Reference;
using mentions::SentenceAnalysis;

std::string title_cased(std::string_view text) {
  // Speaker labels are often in capitals ("SECRETARY SMITH"); names and titles match in title case.
  std::string out(text);
  bool start = true;
  for (auto& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else {
      start = u != '\'';
    }
  }
  return out;
}

// False when `text` is surely not in capitals (Token::all_caps), as a second byte in lowercase
// says: asked first of a capitalised word, it spares most of them the call.
bool may_be_all_caps(std::string_view text) {
  return text.size() < 2 || text[1] < 'a' || text[1] > 'z';
}

bool has_lowercase(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// The words joined by single spaces, appended to `out`, without a string of their own.
void append_joined(std::string& out, const std::vector<std::string_view>& words) {
  const std::size_t start = out.size();
  for (const auto word : words) {
    if (out.size() > start) out += ' ';
    out += word;
  }
}

// Attribute names looked up for every named mention, made once: the maps are keyed by
// std::string, and a C string key built a temporary string per look-up.
const std::string kTitle = "title";
const std::string kName = "name";
const std::string kIdentity = "identity";
// ... and for every meeting mention and meeting entity.
const std::string kRound = "round";
const std::string kSeries = "series";
const std::string kDefinite = "definite";
const std::string kVisitor = "visitor";

// The group key of a meeting, "<prefix><signature>" or "<prefix><signature>:<round>", built in
// `key` (the resolver's one buffer: a string per key was an allocation for most meeting mentions).
std::string_view group_key(std::string& key, std::string_view prefix, std::string_view signature, std::string_view round = {},
                           bool with_round = false) {
  key.clear();
  key += prefix;
  key += signature;
  if (with_round) {
    key += ':';
    key += round;
  }
  return key;
}

// The group key of a round of a series, "round:<signature>:<round>".
std::string_view round_key(std::string& key, std::string_view signature, std::string_view round) {
  return group_key(key, "round:", signature, round, /*with_round=*/true);
}

// Compared as views: substr() made a string of each bound for every role asked about.
bool role_active(const KbRole& role, std::string_view date) {
  if (date.empty()) return false;
  if (!role.from.empty() && date < std::string_view(role.from).substr(0, date.size())) return false;
  if (!role.to.empty() && date.substr(0, role.to.size()) > std::string_view(role.to)) return false;
  return true;
}

// What stands for a meeting mention's own label, kind and series, where set (see
// Resolver::meeting_entity): saves copying a whole Mention to change a field or two.
struct MeetingAs {
  const std::string* label = nullptr;
  const std::string_view* kind = nullptr;
  const std::string* series = nullptr;  // the "series" attribute, set over the mention's
};

class Resolver {
 public:
  Resolver(const Document& document, const mentions::RecogniserContext& context)
      : document_(document), context_(context), entity_of_entry_(context.kb.entries.size(), kNoEntity) {
    forget_title_keys();
  }

  EntityTable run(StageTimes* times) {
    StageClock recognising(times, Stage::recognise);
    plan_briefing();
    analyse();  // with the named entities (see create_named_entities), timed with it
    recognising.stop();
    StageClock resolving(times, Stage::resolve);
    create_speakers();
    merge_partial_names();
    scan_person_names();
    create_briefing();
    resolve_in_order();
    resolve_commitments();
    finish();
    // The sentences' Mentions are done with: their lists' storage serves the next document's.
    for (auto& analysis : analyses_) mentions::keep_mention_list(analysis.mentions);
    return std::move(table_);
  }

 private:
  // --- passes ---------------------------------------------------------------------------------

  void analyse() {
    const std::size_t count = document_.sentences.size();
    mention_first_.resize(count + 1);
    reserve_entities();
    // Every sentence at once (see analyse_sentences: the recognisers' code is fetched once).
    analyses_ = mentions::analyse_sentences(context_, document_.sentences);
    std::size_t at = 0;  // the first mention of this sentence in the flat lists
    for (std::size_t s = 0; s < count; ++s) {
      if (scan_here_ && here_sentence_ == kNone) find_here(s);
      mention_first_[s] = at;
      candidate_first_.push_back(candidates_.size());
      note_name_candidates(analyses_[s]);
      // The hits' last reader: their storage serves the next document's sentences.
      mentions::keep_hit_list(analyses_[s].hits);
      at += analyses_[s].mentions.size();
    }
    mention_first_[count] = at;
    candidate_first_.push_back(candidates_.size());
    // Nesting and named entities in a second loop, over the Mentions alone. Both loops read what
    // analyse_sentences() left in the second-level cache (a document's tokens and Mentions), and
    // no recogniser runs between them, so the resolver's code stays in the instruction cache;
    // one loop doing both cost the same (callgrind cost 307.0 vs 307.2 M: D1 misses -23 K,
    // I1 misses +7 K), so the tokens' pass and the Mentions' pass stay apart.
    dropped_of_.assign(at, 0);
    key_entity_.assign(at, kNone);
    in_order_.reserve(count);
    for (std::size_t s = 0; s < count; ++s) {
      const auto& list = analyses_[s].mentions;
      const bool nested = mark_nested(list);
      if (nested) std::copy(dropped_.begin(), dropped_.end(), dropped_of_.begin() + static_cast<std::ptrdiff_t>(mention_first_[s]));
      const auto by_first = [](const Mention& a, const Mention& b) { return a.first < b.first; };
      in_order_.push_back(!nested && std::is_sorted(list.begin(), list.end(), by_first));
      create_named_entities(s);
    }
  }

  // Notes in candidates_ the tokens of the analysis that scan_person_names() will ask about: all
  // it asks of a token but whether a person bears the word is the sentence's own, and is asked
  // here, in analyse()'s pass over the tokens, right after the recognisers: scan_person_names()
  // comes after the other resolution passes, which push most tokens out of the cache.
  void note_name_candidates(const SentenceAnalysis& analysis) {
    const auto& not_names = context_.lists.non_name_words;
    const auto& titles = context_.lists.person_titles;
    const auto& tokens = analysis.tokens;
    // The count read once: the calls below kept the compiler from keeping it.
    for (std::size_t i = 0, count = tokens.size(); i < count; ++i) {
      const auto& token = tokens[i];
      // The word lists first: their answers are bits of the token's annotation, and capitalised
      // words that are no names ("The", "Minister") are most of those asked; all_caps() is a call.
      if (!token.word || !token.capitalised() || not_names.contains(token) || titles.match(tokens, i) > 0 ||
          (may_be_all_caps(token.text) && token.all_caps()))
        continue;
      if (named_at(analysis, i) || analysis.hit_at(i)) continue;
      candidates_.push_back(i);
    }
  }

  // A KB name inside a titled mention of the same person ("Secretary [Smith]") is one mention:
  // marks in dropped_ the mentions nested so, and says whether there are any. The passes skip
  // them where they stand (is_dropped): erasing them moved every later Mention, a dozen strings.
  bool mark_nested(const std::vector<Mention>& list) {
    if (list.size() < 2) return false;  // nothing to nest in: most sentences
    // Bytes in one buffer for every sentence: a std::vector<bool> per sentence was an allocation,
    // and a shift and mask for each test in the loop below.
    auto& drop = dropped_;
    const std::size_t count = list.size();
    drop.assign(count, 0);
    // The token spans side by side, for the pairs' first tests: read from the Mentions, a few
    // hundred bytes apart, each was reloaded for every pair.
    auto& spans = spans_;
    spans.clear();
    for (const auto& mention : list) spans.emplace_back(mention.first, mention.last);
    for (std::size_t a = 0; a < count; ++a) {
      const auto [first, last] = spans[a];
      for (std::size_t b = 0; b < count; ++b) {
        if (a == b || drop[b]) continue;
        // b's span must hold a's, whether it is longer or the same: integers first, then the type's bytes.
        if (first < spans[b].first || spans[b].second < last || list[a].type != list[b].type) continue;
        const bool inside = (list[b].last - list[b].first) > (list[a].last - list[a].first);
        const bool same_span = !inside && b < a;
        const bool name_part = inside && list[a].reference == Reference::metonym && is(list[b].kind, "person");
        if ((inside && (list[a].key() == list[b].key() || !is(list[a].type, "actor"))) || same_span || name_part) drop[a] = 1;
      }
    }
    return std::find(drop.begin(), drop.end(), 1) != drop.end();
  }

  // Did mark_nested() drop mention `index` of analysis `sentence`? (Mentions added after it are kept.)
  bool is_dropped(std::size_t sentence, std::size_t index) const {
    const std::size_t at = mention_first_[sentence] + index;
    return at < mention_first_[sentence + 1] && dropped_of_[at];
  }

  // Did mark_nested() drop any mention of analysis `sentence`?
  bool any_dropped(std::size_t sentence) const {
    const auto first = dropped_of_.begin() + static_cast<std::ptrdiff_t>(mention_first_[sentence]);
    const auto last = dropped_of_.begin() + static_cast<std::ptrdiff_t>(mention_first_[sentence + 1]);
    return std::find(first, last, 1) != last;
  }

  // Room for the entities, made before analyse() creates the first: so that the table is not
  // moved as it grows, room for about three mentions a sentence and the speakers; capped, as a long
  // document names far fewer entities than it has mentions, and so that the block stays under
  // malloc's mmap threshold (128 KB: an Entity is some 300 bytes).
  void reserve_entities() {
    constexpr std::size_t kMostReserved = 256;
    const std::size_t room = document_.turns.size() + 8 + 3 * document_.sentences.size();
    table_.entities.reserve(std::min(room, kMostReserved));
    // The same room in the lists kept beside the table, which grew one entity at a time.
    names_.reserve(table_.entities.capacity());
    redirect_.reserve(table_.entities.capacity());
    last_seen_.reserve(table_.entities.capacity());
    title_key_of_.reserve(table_.entities.capacity());
    // by_key_ too, so that it is not rebuilt as it grows.
    by_key_.reserve(table_.entities.capacity());
  }

  // Entities for everything sentence `sentence` names (persons, states, bodies, agreements), not
  // yet counted, but for the mentions mark_nested() dropped (dropped_of_). Made by analyse()'s
  // second loop, sentence after sentence, in text order.
  void create_named_entities(std::size_t sentence) {
    const std::size_t at = mention_first_[sentence];  // the first mention of this sentence in key_entity_
    const auto& list = analyses_[sentence].mentions;
    // The count read once: the calls below kept the compiler from keeping it.
    const std::size_t count = list.size();
    for (std::size_t k = 0; k < count; ++k) {
      const Mention& mention = list[k];
      if (dropped_of_[at + k]) continue;
      if (!is(mention.type, "actor") && !is(mention.type, "agreement")) continue;
      if (mention.reference == Reference::title || !mention.has_key()) continue;
      key_entity_[at + k] = entity_for_named(mention);
    }
  }

  // The entity that create_named_entities() found for mention `index` of sentence `sentence` by
  // its key (kNone: it asked for none, as for the mentions added after it).
  std::size_t key_entity(std::size_t sentence, std::size_t index) const {
    const std::size_t at = mention_first_[sentence] + index;
    return at < mention_first_[sentence + 1] ? key_entity_[at] : kNone;
  }

  std::size_t entity_for_named(const Mention& mention) {
    // A KB mention's entity is remembered by entry, where most of them find it without hashing;
    // else by key. The key (a KB mention's id, on a cold line of its entry) is read only when
    // the entry has no entity yet.
    std::string_view key;
    std::uint32_t* by_entry = mention.kb_entry ? &entity_of_entry_[mention.kb_entry - context_.kb.entries.data()] : nullptr;
    std::size_t existing = by_entry && *by_entry != kNoEntity ? *by_entry : kNone;
    bool created = false;
    if (existing == kNone) {
      key = mention.key();
      // A KB id is its own lasting key (the knowledge base outlives the resolver).
      const KeyEntity found = entity_of_key(key, /*lasting=*/mention.kb_entry != nullptr);
      existing = found.index;
      created = found.created;
      if (by_entry && existing < kNoEntity) *by_entry = static_cast<std::uint32_t>(existing);
    }
    if (!created) {
      Entity& entity = table_.entities[existing];
      // Assigned only when there is something to assign: most mentions name no country, and an
      // assignment is a call even of an empty string.
      if (entity.country.empty() && !mention.country.empty()) entity.country = mention.country;
      if (!mention.title.empty() && entity.attributes.try_emplace(kTitle, mention.title).second)
        title_key_of_[existing] = &title_key(mention.title);
      if (const auto name = mention.attributes.find(kName); name != mention.attributes.end()) add_name(existing, name->second);
      return existing;
    }
    const std::size_t index = new_entity();
    Entity& entity = table_.entities[index];
    entity.id = key;
    entity.type = mention.type;
    entity.kind = mention.kind;
    const std::string_view label = mention.label_text();
    entity.label = label.empty() ? mention.surface : label;
    // The new entity's strings are empty: fields the mention leaves empty (most mentions have no
    // KB entry, country or date) are not assigned, each assignment being a call.
    const KbEntry* kb = mention.kb_entry;
    entity.kb_entry = kb;
    // The KB's country where it has one, else the mention's: assigned once (the KB's was assigned
    // over the mention's, most KB mentions carrying both).
    const std::string_view country = kb && !kb->country.empty() ? std::string_view(kb->country) : mention.country;
    if (!country.empty()) entity.country = country;
    if (!mention.date.empty()) entity.date = mention.date;
    entity.rule = mention.rule;
    if (!mention.title.empty()) {
      entity.attributes.try_emplace(kTitle, mention.title);
      title_key_of_[index] = &title_key(mention.title);
    }
    if (const auto identity = mention.attributes.find(kIdentity); identity != mention.attributes.end())
      entity.attributes.try_emplace(kIdentity, identity->second);
    if (is(mention.type, "actor") && is(mention.kind, "person")) {
      const std::string& label = table_.entities[index].label;
      add_name(index, label);
      // A name the same as the label adds no word: it was tokenised again for nothing.
      if (const auto name = mention.attributes.find(kName); name != mention.attributes.end() && name->second != label)
        add_name(index, name->second);
    }
    return index;
  }

  // The entity of `key` in by_key_ (`created`: new, given the index of the entity the caller is
  // to add next), and for a new key the key as the table keeps it: a view of `key` itself when
  // it is `lasting`, else of a copy kept in key_texts_.
  struct KeyEntity {
    std::size_t index;
    bool created;
    std::string_view key;
  };
  KeyEntity entity_of_key(std::string_view key, bool lasting = false) {
    const std::size_t hash = string_hash(key);
    if (const std::size_t found = by_key_.find(key, hash); found != KeyIndex::kAbsent) return {found, false, {}};
    const std::size_t index = table_.entities.size();
    const std::string_view kept = lasting ? key : key_texts_.keep(key);
    by_key_.add(kept, hash, index);
    return {index, true, kept};
  }

  void add_name(std::size_t entity, const std::string& name) {
    // Room for a person's usual few name words at the first: grown one by one, most persons'
    // lists were reallocated.
    constexpr std::size_t kFirstNames = 4;
    mentions::tokenize_into(name, name_tokens_);
    for (const auto& token : name_tokens_) {
      const std::string_view key = token.key;
      if (key.size() < 2 || !std::isalpha(static_cast<unsigned char>(key[0]))) continue;
      auto& names = names_[entity];
      if (std::find(names.begin(), names.end(), key) != names.end()) continue;
      // The word kept once, for every person that bears it, with the head of its bearers' chain.
      std::size_t word = bearer_words_.find(key, token.hash);
      if (word == KeyIndex::kAbsent) {
        word = bearer_heads_.size();
        const std::string_view kept = key_texts_.keep(key);
        bearer_words_.add(kept, token.hash, word);
        bearer_heads_.push_back({kept, kNone});
      }
      if (names.empty()) names.reserve(kFirstNames);
      names.push_back(bearer_heads_[word].word);
      bearer_links_.push_back({entity, bearer_heads_[word].first});
      bearer_heads_[word].first = bearer_links_.size() - 1;
    }
  }

  // An empty entity at the end of the table, for the caller to fill in place: an Entity is some
  // 400 bytes to move.
  std::size_t new_entity() {
    table_.entities.emplace_back();
    names_.emplace_back();
    redirect_.push_back(kNone);
    last_seen_.push_back(0);
    title_key_of_.push_back(nullptr);
    return table_.entities.size() - 1;
  }

  void create_speakers() {
    table_.turn_speakers.assign(document_.turns.size(), kNone);
    table_.turn_states.assign(document_.turns.size(), kNone);
    speaker_label_of_.assign(document_.turns.size(), kNone);
    // A transcript gives one speaker many turns under the same label: each label is analysed
    // once, and its later turns take the first one's mention (entity_for_named of the same
    // mention again would change nothing).
    std::unordered_map<std::string_view, std::size_t> first_turn_of;
    // Room for every label, made once: the mentions view the label's text, and a reallocation
    // would move the short ones' bytes.
    speaker_texts_.reserve(document_.turns.size());
    for (std::size_t t = 0; t < document_.turns.size(); ++t) {
      const Turn& turn = document_.turns[t];
      if (turn.role != SpeakerRole::named && turn.role != SpeakerRole::official) continue;
      if (const auto [first, new_label] = first_turn_of.try_emplace(turn.speaker, t); !new_label) {
        speaker_label_of_[t] = speaker_label_of_[first->second];
        continue;
      }
      std::string_view text = turn.speaker;
      if (!has_lowercase(text)) text = speaker_texts_.emplace_back(title_cased(turn.speaker));
      SentenceAnalysis analysis = mentions::analyse_sentence(context_, text, nullptr);
      mentions::keep_hit_list(analysis.hits);  // read by the recognisers only
      const bool nested = mark_nested(analysis.mentions);
      for (std::size_t k = 0; k < analysis.mentions.size(); ++k) {
        Mention& mention = analysis.mentions[k];
        if (nested && dropped_[k]) continue;
        if (!is(mention.type, "actor") || !is(mention.kind, "person")) continue;
        // A title is resolved later, like any title.
        if (mention.reference != Reference::title && mention.has_key()) entity_for_named(mention);
        speaker_label_of_[t] = speaker_labels_.size();
        speaker_labels_.push_back(std::move(mention));
        break;
      }
      if (speaker_label_of_[t] == kNone) {
        // A surname alone as a label ("SMITH:"): a person named elsewhere. (The analysis's
        // tokens are the label's.)
        const auto& tokens = analysis.tokens;
        if (tokens.size() == 1 && tokens[0].word) {
          Mention mention;
          mention.type = "actor";
          mention.kind = "person";
          mention.reference = Reference::surname;
          mention.surface = text;
          mention.rule = "person:speaker-label";
          speaker_label_of_[t] = speaker_labels_.size();
          speaker_labels_.push_back(std::move(mention));
        }
      }
    }
  }

  std::size_t follow(std::size_t entity) const {
    while (entity != kNone && redirect_[entity] != kNone) entity = redirect_[entity];
    return entity;
  }

  // "Director Lee" and "Lee Min" are one person; a body named without its state is the body of
  // the same name that has one.
  void merge_partial_names() {
    auto& entities = table_.entities;
    for (std::size_t a = 0; a < entities.size(); ++a) {
      if (!is(entities[a].type, "actor")) continue;
      if (is(entities[a].kind, "person") && !entities[a].kb_entry && names_[a].size() == 1) {
        std::size_t target = kNone;
        bool ambiguous = false;
        for (std::size_t b = 0; b < entities.size(); ++b) {
          if (b == a || !is(entities[b].kind, "person") || names_[b].size() < 2) continue;
          const auto& names = names_[b];
          if (names.front() == names_[a][0] || names.back() == names_[a][0]) {
            if (target != kNone) ambiguous = true;
            target = b;
          }
        }
        if (target != kNone && !ambiguous) redirect_[a] = target;
      }
      if (is(entities[a].kind, "organization") && entities[a].country.empty() && entities[a].attributes.count(kIdentity)) {
        for (std::size_t b = 0; b < entities.size(); ++b) {
          if (b != a && !entities[b].country.empty() && entities[b].attributes.count(kIdentity) &&
              entities[b].attributes[kIdentity] == entities[a].attributes[kIdentity]) {
            redirect_[a] = b;
            break;
          }
        }
      }
    }
  }

  // The person a name word refers to ("Smith", "Jane"), when exactly one person of the document
  // bears it; else a KB person of that surname.
  // `hash`: string_hash(key), as a token carries it.
  std::size_t person_by_name_word(std::string_view key, std::size_t hash, bool allow_kb) {
    std::size_t found = kNone;
    if (const std::size_t word = bearer_words_.find(key, hash); word != KeyIndex::kAbsent) {
      for (std::size_t link = bearer_heads_[word].first; link != kNone; link = bearer_links_[link].next) {
        const std::size_t e = bearer_links_[link].entity;
        if (redirect_[e] != kNone || !is(table_.entities[e].kind, "person")) continue;
        if (found != kNone) return kNone;
        found = e;
      }
    }
    if (found != kNone || !allow_kb || key.size() < 4) return found;
    const auto& candidates = context_.persons.by_surname(key);
    if (candidates.size() != 1) return kNone;
    const KbEntry& entry = context_.kb.entries[candidates.front()];
    Mention mention;
    mention.type = "actor";
    mention.kind = "person";
    mention.kb_entry = &entry;  // and its label
    mention.country = entry.country;
    mention.rule = "person:kb-surname";
    return entity_for_named(mention);
  }

  // Is token `at` inside a mention of an actor, agreement or meeting? One pass over the
  // sentence's mentions, where SentenceAnalysis::covered makes one per type. Mentions that
  // mark_nested() dropped need no skipping: each lies inside a kept one of its type.
  static bool named_at(const SentenceAnalysis& analysis, std::size_t at) {
    for (const auto& mention : analysis.mentions) {
      if (mention.first <= at && at < mention.last &&
          (is(mention.type, "actor") || is(mention.type, "agreement") || is(mention.type, "meeting")))
        return true;
    }
    return false;
  }

  // Surnames and first names standing alone.
  // Over the tokens analyse() noted (note_name_candidates): a mention added covers tokens after
  // its candidate only, so that the recognisers' mentions alone answered named_at() there.
  void scan_person_names() {
    order_first_.resize(analyses_.size() + 1);
    for (std::size_t s = 0; s < analyses_.size(); ++s) {
      SentenceAnalysis& analysis = analyses_[s];
      const auto& tokens = analysis.tokens;
      const std::size_t made = analysis.mentions.size();
      std::size_t next = 0;  // the first token not yet in a mention added here
      for (std::size_t c = candidate_first_[s]; c < candidate_first_[s + 1]; ++c) {
        const std::size_t i = candidates_[c];
        if (i < next) continue;
        const auto& token = tokens[i];
        const std::size_t entity = person_by_name_word(token.key, token.hash, true);
        if (entity == kNone) continue;
        std::size_t last = i + 1;
        // "Jane Smith": the next word may be the same person's other name
        if (last < tokens.size() && tokens[last].word && tokens[last].capitalised() &&
            std::find(names_[entity].begin(), names_[entity].end(), tokens[last].key) != names_[entity].end())
          ++last;
        Mention mention = analysis.make_mention("actor", "person", i, last, "person:name-alone");
        mention.reference = Reference::surname;
        mention.derived_key = table_.entities[entity].id;
        analysis.mentions.push_back(std::move(mention));
        next = last;
      }
      order_first_[s] = order_.size();
      // Mentions as they are: nothing dropped, in order, and none added.
      if (!in_order_[s] || analysis.mentions.size() != made) append_text_order(analysis.mentions, s);
      const std::size_t ordered = order_.size() - order_first_[s];
      resolved_count_ += ordered == 0 ? analysis.mentions.size() : ordered;
    }
    order_first_.back() = order_.size();
  }

  // Appends to order_ the indices of sentence `sentence`'s mentions not dropped, in text order,
  // ties in recogniser order (a stable sort); nothing when that is all of them as they are, as in
  // most sentences. resolve_in_order() takes them in this order as it moves them into the table:
  // sorting the Mentions themselves moved each one once more. (One list for every sentence: a
  // vector per sentence out of order was an allocation.)
  void append_text_order(const std::vector<Mention>& mentions, std::size_t sentence) {
    const auto by_first = [](const Mention& a, const Mention& b) { return a.first < b.first; };
    if (!any_dropped(sentence) && std::is_sorted(mentions.begin(), mentions.end(), by_first)) return;
    const std::size_t start = order_.size();
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (!is_dropped(sentence, i)) order_.push_back(i);
    }
    const auto order = order_.begin() + static_cast<std::ptrdiff_t>(start);
    const std::size_t size = order_.size() - start;
    // An insertion sort, stable as it moves an index only past greater ones: a sentence has a
    // few mentions, and std::stable_sort allocated a buffer for every sentence out of order. A
    // sentence of many (a file of one line) takes stable_sort, which is not quadratic.
    constexpr std::size_t kMostForInsertion = 32;
    if (size > kMostForInsertion) {
      std::stable_sort(order, order + static_cast<std::ptrdiff_t>(size),
                       [&](std::size_t a, std::size_t b) { return mentions[a].first < mentions[b].first; });
      return;
    }
    for (std::size_t i = 1; i < size; ++i) {
      const std::size_t index = order[i];
      std::size_t at = i;
      while (at > 0 && mentions[order[at - 1]].first > mentions[index].first) {
        order[at] = order[at - 1];
        --at;
      }
      order[at] = index;
    }
  }

  bool is_transcript() const {
    return std::any_of(document_.turns.begin(), document_.turns.end(), [](const Turn& turn) {
      return turn.role == SpeakerRole::named || turn.role == SpeakerRole::official;
    });
  }

  // Whether the document records a briefing (a title that says so, or a transcript), and whether
  // its place must be sought in the text: decided before analyse(), which then seeks it in its
  // pass over the tokens, right after the recognisers read them (a pass over every token after
  // resolution missed the cache for most of them).
  void plan_briefing() {
    const auto& lexicon = context_.lexicon;
    title_tokens_ = mentions::tokenize(document_.title);
    const auto& title_tokens = title_tokens_;
    // The lists looked up once, not by name for every word of the title.
    const mentions::WordList* heads[] = {&lexicon.list("meeting_heads.briefing"), &lexicon.list("meeting_heads.call"),
                                         &lexicon.list("meeting_heads.conference")};
    const mentions::WordList& briefing_nouns = lexicon.list("briefing_nouns");
    bool titled = false;
    for (std::size_t i = 0; i < title_tokens.size(); ++i) {
      for (const mentions::WordList* heads_of_kind : heads) {
        if (heads_of_kind->contains(title_tokens[i])) titled = true;
      }
      if (briefing_nouns.match(title_tokens, i) > 0) titled = true;
    }
    titled_ = titled;
    briefing_wanted_ = titled || is_transcript();
    scan_here_ = briefing_wanted_ && title_place_at() == kNone;
  }

  // The first token of the place that "in <Place>" names in the title, or kNone.
  std::size_t title_place_at() const {
    for (std::size_t i = 0; i + 1 < title_tokens_.size(); ++i) {
      if (is(title_tokens_[i].key, "in") && title_tokens_[i + 1].capitalised()) return i + 1;
    }
    return kNone;
  }

  // Notes the first "here at <Place>" / "here in <Place>" of analysis `sentence`, if any.
  void find_here(std::size_t sentence) {
    const auto& tokens = analyses_[sentence].tokens;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
      if (is(tokens[i].key, "here") && (is(tokens[i + 1].key, "at") || is(tokens[i + 1].key, "in")) &&
          (tokens[i + 2].capitalised() || std::isdigit(static_cast<unsigned char>(tokens[i + 2].text[0])))) {
        here_sentence_ = sentence;
        here_at_ = i + 2;
        return;
      }
    }
  }

  void create_briefing() {
    const bool titled = titled_;
    if (!briefing_wanted_) return;
    const std::size_t index = new_entity();
    Entity& briefing = table_.entities[index];
    briefing.type = "meeting";
    briefing.kind = "briefing";
    briefing.label = titled ? document_.title : "press briefing";
    briefing.date = document_.date;
    briefing.location = briefing_place();
    briefing.rule = "meeting:document-itself";
    briefing.evidence_sentence = document_.sentences.empty() ? kNone : 0;
    briefing.mentions = 1;
    if (titled) briefing.add_alias(document_.title);
    briefing.attributes["briefing"] = "true";
    table_.briefing = index;
    meeting_rank_.resize(table_.entities.size(), 0);
  }

  // Where the briefing took place: "in <Place>" in its title ("Roundtable in Sylvan City"), else
  // the first "here at <Place>" / "here in <Place>" of its text.
  std::string briefing_place() const {
    const auto place_from = [&](std::string_view text, const mentions::TokenList& tokens, std::size_t at) {
      std::size_t end = at;
      const auto& not_names = context_.lexicon.list("non_name_words");
      while (end < tokens.size() &&
             ((tokens[end].word && tokens[end].capitalised() && !not_names.contains(tokens[end])) ||
              (tokens[end].word && std::isdigit(static_cast<unsigned char>(tokens[end].text[0]))) ||
              (tokens[end].text == "," && end + 1 < tokens.size() && tokens[end + 1].capitalised() &&
               !not_names.contains(tokens[end + 1]))))
        ++end;
      return std::string(mentions::span_text(text, tokens, at, end));
    };
    if (const std::size_t at = title_place_at(); at != kNone) return place_from(document_.title, title_tokens_, at);
    if (here_sentence_ != kNone) {
      const auto& analysis = analyses_[here_sentence_];
      return place_from(analysis.text, analysis.tokens, here_at_);
    }
    return {};
  }

  // --- the pass in text order -----------------------------------------------------------------

  void note(std::size_t entity, const Mention& mention, std::size_t sentence, bool alias = true) {
    Entity& target = table_.entities[entity];
    ++target.mentions;
    if (alias && !mention.surface.empty()) target.add_alias(mention.surface);
    if (target.evidence_sentence == kNone || sentence < target.evidence_sentence) target.evidence_sentence = sentence;
    last_seen_[entity] = sentence + 1;
  }

  std::size_t turn_of(std::size_t sentence) const {
    const int turn = document_.sentences[sentence].turn;
    return turn < 0 ? kNone : static_cast<std::size_t>(turn);
  }

  std::size_t resolve_title(const Mention& mention, std::size_t sentence) {
    const std::string& wanted = title_key(mention.title);
    std::size_t best = kNone;
    // Title words joined by one space: "secretary" names "deputy secretary" and "secretary of
    // state". Compared in place: a string built per entity per title made this loop costly.
    const auto same_title = [&wanted](std::string_view have) {
      if (have.size() == wanted.size()) return have == wanted;
      if (have.size() < wanted.size() + 1) return false;
      return (have.ends_with(wanted) && have[have.size() - wanted.size() - 1] == ' ') ||
             (have.starts_with(wanted) && have[wanted.size()] == ' ');
    };
    for (std::size_t e = 0; e < table_.entities.size(); ++e) {
      // Integers first: most entities have no title.
      if (!title_key_of_[e] || redirect_[e] != kNone || !is(table_.entities[e].kind, "person")) continue;
      if (!same_title(*title_key_of_[e])) continue;
      if (best == kNone || last_seen_[e] > last_seen_[best]) best = e;
    }
    if (best != kNone) return best;
    // The KB person who held the role on the document's date, of the speaker's state if the
    // title is possessed ("my prime minister"), else of the mention's state if it has one.
    std::string country(mention.country);
    if (country.empty() && mention.first > 0 && sentence != kNone) {
      const auto& tokens = analyses_[sentence].tokens;
      if (context_.lexicon.list("first_person_singular").contains(tokens[mention.first - 1]) ||
          context_.lexicon.list("first_person_plural").contains(tokens[mention.first - 1])) {
        const std::size_t turn = turn_of(sentence);
        if (turn != kNone && speaker_entity(turn) != kNone) country = table_.entities[speaker_entity(turn)].country;
      }
    }
    std::size_t chosen = std::string::npos;
    for (std::size_t candidate : context_.persons.by_title(wanted)) {
      const KbEntry& entry = context_.kb.entries[candidate];
      bool active = false;
      for (const auto& role : entry.roles) {
        // The title's look-up form last: the cheap tests rule most roles out first.
        if (role_active(role, document_.date) && (country.empty() || role.country.empty() || role.country == country) &&
            title_key(role.title) == wanted)
          active = true;
      }
      if (!active) continue;
      if (chosen != std::string::npos) return kNone;
      chosen = candidate;
    }
    if (chosen == std::string::npos) return kNone;
    const KbEntry& entry = context_.kb.entries[chosen];
    Mention named;
    named.type = "actor";
    named.kind = "person";
    named.kb_entry = &entry;  // and its label
    named.country = entry.country;
    named.rule = "person:title-role";
    named.title = mention.title;
    return entity_for_named(named);
  }

  // The look-up form of a title, remembered: a title mention compares its title with every
  // titled person's, and the same few titles recur throughout a document, and from one document
  // to the next (the form depends on the title's text alone). A reference into the thread's
  // table, which keeps its entries while a document is resolved (see forget_title_keys).
  const std::string& title_key(std::string_view title) {
    auto& keys = title_keys();
    auto found = keys.find(title);
    if (found == keys.end()) found = keys.emplace(title, mentions::title_key(title)).first;
    return found->second;
  }
  using TitleKeys = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;  // as written -> title_key()
  static TitleKeys& title_keys() {
    thread_local TitleKeys keys;
    return keys;
  }
  // Empties the thread's table of title keys when it has grown past a document's usual share,
  // between documents only: entities keep pointers to its keys (title_key_of_).
  static void forget_title_keys() {
    constexpr std::size_t kMostTitleKeys = 4096;
    if (title_keys().size() > kMostTitleKeys) title_keys().clear();
  }

  std::size_t speaker_entity(std::size_t turn) {
    if (turn >= table_.turn_speakers.size()) return kNone;
    return table_.turn_speakers[turn];
  }

  std::size_t resolve_actor(const Mention& mention, std::size_t sentence) {
    if (mention.reference == Reference::title) return resolve_title(mention, sentence);
    if (mention.reference == Reference::surname && mention.key().empty()) {
      const auto words = mentions::tokenize(mention.surface);
      return words.empty() ? kNone : follow(person_by_name_word(words.back().key, words.back().hash, true));
    }
    const std::size_t found = by_key_.find(mention.key());
    return found == KeyIndex::kAbsent ? kNone : follow(found);
  }

  // The words that identify a series whatever its case and state prefix; remembered, as a series
  // is named again and again.
  const std::string& series_signature(const std::string& series) {
    auto known = series_signatures_.find(series);
    if (known == series_signatures_.end()) known = series_signatures_.emplace(series, make_series_signature(series)).first;
    return known->second;
  }

  std::string make_series_signature(const std::string& series) {
    mentions::tokenize_into(series, series_tokens_);
    const mentions::TokenList& tokens = series_tokens_;
    const auto hits = context_.gazetteer.match(tokens);
    // The words as views into the tokens, joined once: a std::string per word was most of the
    // allocations here.
    std::vector<std::string_view> words;
    words.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      bool state = false;
      for (const auto& hit : hits) {
        if (hit.first <= i && i < hit.last && is(context_.kb.entries[hit.target->entry].kind, "state")) state = true;
      }
      if (!state && tokens[i].word) words.push_back(tokens[i].key);
    }
    std::string signature;
    signature.reserve(series.size());  // about as long as the series: one allocation
    append_joined(signature, words);
    return signature;
  }

  // The meeting entity of this group key, created or relabelled from the mention (as `as` says).
  std::size_t meeting_entity(std::string_view group, const Mention& mention, int rank, const MeetingAs& as = {}) {
    const std::string* label = as.label ? as.label : &mention.label;
    const auto [index, created, kept_group] = entity_of_key(group);
    if (created) {
      new_entity();
      Entity& entity = table_.entities[index];
      entity.type = "meeting";
      entity.kind = as.kind ? *as.kind : mention.kind;
      entity.label = *label;
      entity.rule = mention.rule;
      entity.attributes.assign(mention.attributes);
      if (as.series) entity.attributes[kSeries] = *as.series;
      meeting_rank_.resize(table_.entities.size(), 0);
      meeting_rank_[index] = rank;
      meetings_.push_back(index);
      if (kept_group.starts_with("round:")) rounds_.emplace(kept_group, index);
    } else if (rank > meeting_rank_[index]) {
      meeting_rank_[index] = rank;
      table_.entities[index].label = *label;
      for (const auto& [key, value] : mention.attributes) table_.entities[index].attributes[key] = value;
      if (as.series) table_.entities[index].attributes[kSeries] = *as.series;
    }
    Entity& entity = table_.entities[index];
    // Only when the mention has one: most have neither, and assigning an empty string is a call.
    if (entity.date.empty() && !mention.date.empty()) entity.date = mention.date;
    if (entity.location.empty() && !mention.location.empty()) entity.location = mention.location;
    return index;
  }

  // The meeting an anaphor of this kind refers to ("the dialogue", "this call"); `last_word` is
  // the key of the anaphor's last word, `date` and `location` what the anaphor's sentence says.
  std::size_t latest_meeting(std::string_view kind_noun, bool proximal, std::string_view last_word, const std::string& date,
                             std::string_view location) {
    std::size_t best = kNone;
    for (const std::size_t e : meetings_) {
      const Entity& entity = table_.entities[e];
      if (last_seen_[e] == 0 || e == table_.briefing) continue;
      if (entity.kind != kind_noun) continue;
      if (best == kNone) {
        best = e;
        continue;
      }
      const bool more = proximal ? (entity.mentions > table_.entities[best].mentions ||
                                    (entity.mentions == table_.entities[best].mentions && last_seen_[e] >= last_seen_[best]))
                                 : last_seen_[e] >= last_seen_[best];
      if (more) best = e;
    }
    if (best == kNone && table_.briefing != kNone &&
        context_.lexicon.list("meeting_heads.briefing").contains(last_word))
      best = table_.briefing;
    if (best == kNone && table_.briefing != kNone && is(kind_noun, "call") && document_.title.find("Call") != std::string::npos)
      best = table_.briefing;
    if (best != kNone) {
      Entity& entity = table_.entities[best];
      if (entity.date.empty()) entity.date = date;
      if (entity.location.empty()) entity.location = location;
    }
    return best;
  }

  std::size_t resolve_meeting(const Mention& mention, std::size_t sentence) {
    const auto& attributes = mention.attributes;
    meeting_rank_.resize(table_.entities.size(), 0);
    if (mention.reference == Reference::anaphor) {
      if (attributes.count(kRound)) return round_of_latest_series(mention, ordinal_word(mention.surface));
      // "the/that meeting": the latest meeting of that kind; "this meeting": the one the text
      // keeps talking about (most mentioned so far, then latest).
      const auto [first_word, last_word] = end_keys(mention, sentence);
      return latest_meeting(mention.title, is(first_word, "this"), last_word, mention.date, mention.location);
    }
    // The document naming itself ("Press Briefing on ..." in its title) is the briefing.
    if (table_.briefing != kNone && !document_.title.empty() && mention.surface.size() > 3 &&
        document_.title.find(mention.surface) != std::string::npos)
      return table_.briefing;
    // "the dialogue in Geneva" after a named dialogue: that dialogue, now with its place.
    if (attributes.count(kDefinite) && !attributes.count(kRound)) {
      // What the anaphor "the <surface>" resolves to (see above), without copying the Mention
      // to make one: "the" is not proximal, and the last word is the surface's.
      const auto [first_word, last_word] = end_keys(mention, sentence);
      const std::size_t earlier =
          latest_meeting(mention.kind, /*proximal=*/false, last_word.empty() ? "the"sv : last_word, mention.date, mention.location);
      if (earlier != kNone && earlier != table_.briefing) return earlier;
    } else if (attributes.count(kDefinite)) {
      // What the anaphor "the <surface>" resolves to (it has a round, so the latest series' round
      // of that ordinal), without copying the Mention to make one.
      const std::string_view surface = mention.surface;
      const std::size_t earlier = round_of_latest_series(mention, ordinal_word(surface, /*after_the=*/true));
      if (earlier != kNone && earlier != table_.briefing) return earlier;
    }
    if (attributes.count(kSeries)) {
      const std::string& series = attributes.at(kSeries);
      const std::string& signature = series_signature(series);
      if (!signature.empty()) {
        const bool named = is(mention.rule, "meeting:named");
        const auto [known, new_series] = series_.try_emplace(signature);
        if (new_series || named) known->second.label = series;
        known->second.kind = mention.kind;
        last_series_ = signature;
        if (attributes.count(kRound)) {
          return meeting_entity(round_key(group_key_, signature, attributes.at(kRound)), mention, named ? 2 : 1);
        }
        // A series named without a round: its latest round in the document, if any.
        // The series' rounds are one range of the ordered map of rounds (the prefix built once;
        // scanning every key with a new string each was a share of resolution).
        std::size_t best = kNone;
        const std::string_view prefix = round_key(group_key_, signature, "");
        for (auto it = rounds_.lower_bound(prefix); it != rounds_.end() && it->first.starts_with(prefix); ++it) {
          if (best == kNone || last_seen_[it->second] > last_seen_[best]) best = it->second;
        }
        if (best != kNone) return best;
        pending_series_.push_back(signature);
        return meeting_entity(group_key(group_key_, "series:", signature), mention, named ? 2 : 1);
      }
    }
    if (mention.label.empty()) return kNone;
    // The label, with the speaker's name when the speaker is the visitor; the rest as the mention has it.
    std::string label = mention.label;
    if (attributes.count(kVisitor) && attributes.at(kVisitor) == "speaker") {
      const std::size_t turn = turn_of(sentence);
      const std::size_t speaker = turn == kNone ? kNone : speaker_entity(turn);
      if (speaker != kNone) {
        const std::string& speaker_label = table_.entities[speaker].label;
        const char* joiner = is(mention.rule, "meeting:met-with") ? "-" : " ";
        label = speaker_label.substr(speaker_label.rfind(' ') == std::string::npos ? 0 : speaker_label.rfind(' ') + 1) + joiner +
                mention.label;
      }
    }
    return meeting_entity(group_key(group_key_, "label:", slugify(label)), mention, 1, {.label = &label});
  }

  // The round of the latest series that a mention with a round names ("the second round":
  // `ordinal` is "second"), with the mention's other fields.
  std::size_t round_of_latest_series(const Mention& mention, std::string_view ordinal) {
    if (last_series_.empty()) return kNone;
    const Series& series = series_[last_series_];
    // "<Ordinal> <series>", built to size.
    std::string label;
    label.reserve(ordinal.size() + 1 + series.label.size());
    label += ordinal;
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    label += ' ';
    label += series.label;
    return meeting_entity(round_key(group_key_, last_series_, mention.attributes.at(kRound)), mention, 1,
                          {.label = &label, .kind = &series.kind, .series = &series.label});
  }

  // The keys of the first and last tokens of a meeting mention's surface (empty: it has none).
  // The sentence's own tokens over the mention's span when the surface is that span's text, as
  // the recognisers make it: a token's extent depends only on its own bytes and the next, so
  // tokenising the surface again gave the same keys.
  std::pair<std::string_view, std::string_view> end_keys(const Mention& mention, std::size_t sentence) {
    const SentenceAnalysis& analysis = analyses_[sentence];
    if (mention.first < mention.last && mention.last <= analysis.tokens.size() &&
        mentions::span_text(analysis.text, analysis.tokens, mention.first, mention.last) == mention.surface)
      return {analysis.tokens[mention.first].key, analysis.tokens[mention.last - 1].key};
    mentions::tokenize_into(mention.surface, surface_tokens_);
    if (surface_tokens_.empty()) return {};
    return {surface_tokens_.front().key, surface_tokens_.back().key};
  }

  // The word a round is called by in `surface`: its first word, or the next after "the" or
  // "this" ("the second round" -> "second"); `after_the` reads the surface as if "the " preceded
  // it, for a definite round named without one. A view: the label is built once around it.
  static std::string_view ordinal_word(std::string_view surface, bool after_the = false) {
    if (after_the) return surface.substr(0, surface.find(' '));
    const auto space = surface.find(' ');
    std::string_view word = surface.substr(0, space);
    if (is(word, "the") || is(word, "The") || is(word, "this") || is(word, "This")) {
      word = surface.substr(space + 1);  // the whole surface when it is the one word
      word = word.substr(0, word.find(' '));
    }
    return word;
  }

  void resolve_in_order() {
    // The table's lists are empty here (this pass fills them once): made at size, each element
    // value-initialised in place rather than copied from an empty one, as assign() does.
    table_.sentences.reserve(document_.sentences.size(), resolved_count_);
    table_.tokens.resize(document_.sentences.size());
    // Exactly the room that the sentences' lists point into: never reallocated.
    table_.mentions.reserve(resolved_count_);
    // Speakers first: the label opens the turn.
    std::vector<bool> speaker_done(document_.turns.size(), false);
    for (std::size_t s = 0; s < analyses_.size(); ++s) {
      const std::size_t turn = turn_of(s);
      if (turn != kNone && turn < speaker_done.size() && !speaker_done[turn]) {
        speaker_done[turn] = true;
        if (speaker_label_of_[turn] != kNone) {
          const Mention& label = speaker_labels_[speaker_label_of_[turn]];
          const std::size_t person = resolve_actor(label, s);
          if (person != kNone) {
            table_.turn_speakers[turn] = person;
            officials_.insert(person);
            note(person, label, s);
          }
        }
      }
      // The table keeps each mention's span (see MentionSpan); the Mentions stay in the analysis.
      const auto& list = analyses_[s].mentions;
      const std::size_t* order = order_.data() + order_first_[s];
      const std::size_t ordered = order_first_[s + 1] - order_first_[s];
      // The mentions not dropped, in text order (all of them as they are when none are ordered).
      const std::size_t kept = ordered == 0 ? list.size() : ordered;
      for (std::size_t k = 0; k < kept; ++k) {
        const std::size_t index = ordered == 0 ? k : order[k];
        const Mention& mention = list[index];
        // The fields of the Mention's first cache line, which the passes above have read.
        const MentionSpan& span =
            table_.mentions.emplace_back(MentionSpan{mention.type, mention.first, mention.last, mention.surface, mention.reference});
        // A mention named by its key was resolved to an entity once already: by_key_ would give
        // the same (it only gains keys), so its key is not hashed again.
        const std::size_t by_key = key_entity(s, index);
        std::size_t entity = kNone;
        if (is(mention.type, "actor")) {
          entity = by_key != kNone ? follow(by_key) : resolve_actor(mention, s);
          if (entity != kNone) note(entity, mention, s, mention.reference != Reference::title);
          if (entity != kNone && mention.reference == Reference::title) officials_.insert(entity);
        } else if (is(mention.type, "agreement")) {
          if (by_key != kNone) {
            entity = follow(by_key);
          } else if (const std::size_t found = by_key_.find(mention.key()); found != KeyIndex::kAbsent) {
            entity = follow(found);
          }
          if (entity != kNone) note(entity, mention, s);
        } else if (is(mention.type, "meeting")) {
          entity = resolve_meeting(mention, s);
          if (entity != kNone) note(entity, mention, s, mention.reference != Reference::anaphor || mention.attributes.count(kRound));
        } else if (is(mention.type, "commitment")) {
          commitments_.push_back({s, index, table_.sentences.all().size()});
        }
        table_.sentences.add({&span, entity});
      }
      table_.sentences.close_list();
      table_.tokens[s] = std::move(analyses_[s].tokens);
    }
    // Speaker states; a speaker of unknown state (an official) speaks for the document's state.
    choose_home_state();
    // Asked once per country rather than per turn: each answer scans the entities (and the
    // knowledge base when the text never names the state), and a transcript has hundreds of
    // turns. Asking again would give the same entity: entities are only added meanwhile.
    std::map<std::string_view, std::size_t> state_of_country;  // alpha-3 codes, viewed
    for (std::size_t t = 0; t < document_.turns.size(); ++t) {
      const std::size_t person = table_.turn_speakers[t];
      if (person != kNone && !table_.entities[person].country.empty()) {
        // A view of the KB's or lexicon's code: it stays where it is as state_entity adds entities.
        const std::string_view country = table_.entities[person].country;
        auto known = state_of_country.find(country);
        if (known == state_of_country.end()) {
          known = state_of_country.emplace(country, state_entity(country)).first;
        }
        table_.turn_states[t] = known->second;
      } else if (document_.turns[t].role == SpeakerRole::named || document_.turns[t].role == SpeakerRole::official) {
        table_.turn_states[t] = table_.home_state;
      }
    }
  }

  // The entity of the state with this alpha-3 code, created from the KB if the text never names it.
  std::size_t state_entity(std::string_view country) {
    // A country's first byte is compared before the call that compares it whole (its length is
    // not known here): most states differ there.
    const auto same_country = [&country](std::string_view other) {
      return !other.empty() && other[0] == country[0] && is(other, country);
    };
    for (std::size_t e = 0; e < table_.entities.size(); ++e) {
      if (redirect_[e] == kNone && is(table_.entities[e].kind, "state") && same_country(table_.entities[e].country)) return e;
    }
    const KbEntry* entry = context_.kb.state_of(country);
    if (!entry) return kNone;
    Mention mention;
    mention.type = "actor";
    mention.kind = "state";
    mention.kb_entry = entry;  // and its label
    mention.country = entry->country;
    mention.rule = "actor:speaker-state";
    return entity_for_named(mention);
  }

  // The state the document speaks for: the state of its speakers and of the officials it calls by
  // their title alone ("the Secretary": its own side), by mentions; else the most mentioned state.
  void choose_home_state() {
    std::map<std::string_view, long> by_country;  // the entities' views
    for (std::size_t e = 0; e < table_.entities.size(); ++e) {
      const Entity& entity = table_.entities[e];
      if (redirect_[e] == kNone && is(entity.kind, "person") && !entity.country.empty() && officials_.count(e))
        by_country[entity.country] += entity.mentions;
    }
    std::string_view country;
    long most = 0;
    for (const auto& [code, count] : by_country) {
      if (count > most) {
        most = count;
        country = code;
      }
    }
    long best = 0;
    for (std::size_t e = 0; e < table_.entities.size(); ++e) {
      const Entity& entity = table_.entities[e];
      if (redirect_[e] != kNone || !is(entity.kind, "state")) continue;
      if (!country.empty() && entity.country == country) {
        table_.home_state = e;
        return;
      }
      if (entity.mentions > best) {
        best = entity.mentions;
        table_.home_state = e;
      }
    }
  }

  // The makers of commitment `mention` of sentence `sentence`.
  std::vector<std::size_t> makers_of(const Mention& mention, std::size_t sentence) {
    std::vector<std::size_t> makers;
    for (const auto& other : table_.sentences[sentence]) {
      if (other.entity == kNone || !is(other.mention->type, "actor")) continue;
      for (const auto& [first, last] : mention.maker_spans) {
        const bool covers = other.mention->first <= first && last <= other.mention->last;
        if (covers && std::find(makers.begin(), makers.end(), other.entity) == makers.end()) makers.push_back(other.entity);
      }
    }
    if (!makers.empty()) return makers;
    const std::size_t turn = turn_of(sentence);
    if (mention.maker_pronoun == "we") {
      if (turn != kNone && table_.turn_states[turn] != kNone) return {table_.turn_states[turn]};
      if (turn == kNone && table_.home_state != kNone) return {table_.home_state};
      return {};
    }
    if (!last_makers_.empty()) return last_makers_;
    if (turn != kNone && table_.turn_states[turn] != kNone) return {table_.turn_states[turn]};
    if (table_.home_state != kNone) return {table_.home_state};
    return {};
  }

  void resolve_commitments() {
    const auto& stops = context_.lexicon.list("instrument_modifier_stops");
    // The commitments resolve_in_order() met, in its order: a pass over every mention again found
    // most of them out of the cache, to pass them over.
    for (const auto& [s, in_analysis, at] : commitments_) {
      const Mention& mention = analyses_[s].mentions[in_analysis];
      const std::size_t turn = turn_of(s);
      const bool listener = turn != kNone && turn < document_.turns.size() &&
                            (document_.turns[turn].role == SpeakerRole::questioner ||
                             document_.turns[turn].role == SpeakerRole::moderator ||
                             document_.turns[turn].role == SpeakerRole::operator_);
      auto& resolved = table_.sentences.all()[at];
      if (listener) continue;
      // Makers are recorded by span in the recogniser's list; map them through this sentence.
      std::vector<std::size_t> makers = makers_of(mention, s);
      for (auto& maker : makers) maker = follow(maker);
      std::sort(makers.begin(), makers.end(), [&](std::size_t a, std::size_t b) {
        return table_.entities[a].id < table_.entities[b].id;
      });
      makers.erase(std::unique(makers.begin(), makers.end()), makers.end());
      if (!makers.empty()) last_makers_ = makers;
      // The words of the id as views (into the entities' ids and the label's tokens), sorted
      // and joined into one string: a std::string per word, sorted and joined, was most of
      // this loop.
      auto& maker_ids = maker_ids_;
      maker_ids.clear();
      for (std::size_t maker : makers) {
        const std::string_view maker_id = table_.entities[maker].id;
        maker_ids.push_back(maker_id.substr(maker_id.find(':') + 1));
      }
      std::sort(maker_ids.begin(), maker_ids.end());
      constexpr std::size_t kMostKeywords = 5;
      auto& keywords = keywords_;
      keywords.clear();
      // The label's words are the sentence's tokens in its spans, joined by "and": the same
      // tokens the label would give (a token's extent depends only on its own bytes and the
      // next), without tokenising the label again.
      const auto take = [&](std::string_view key, bool stop) {
        if (key.size() < 3 || stop || !std::isalpha(static_cast<unsigned char>(key[0]))) return;
        if (std::find(keywords.begin(), keywords.end(), key) == keywords.end()) keywords.push_back(key);
      };
      const mentions::TokenList& tokens = table_.tokens[s];
      for (std::size_t span = 0; span < mention.label_spans.size() && keywords.size() < kMostKeywords; ++span) {
        if (span > 0) take("and"sv, stops.contains("and"sv));
        const auto [first, last] = mention.label_spans[span];
        for (std::size_t k = first; k < last && keywords.size() < kMostKeywords; ++k) {
          take(tokens[k].key, stops.contains(tokens[k]));  // by token: it carries its key's hash
        }
      }
      std::sort(keywords.begin(), keywords.end());
      auto& words = id_words_;
      words.clear();
      // Room for every word and its space, made once: the string grew a few times per id.
      std::size_t length = maker_ids.size() + keywords.size();
      for (const auto word : maker_ids) length += word.size();
      for (const auto word : keywords) length += word.size();
      words.reserve(length);
      append_joined(words, maker_ids);
      words += ' ';
      append_joined(words, keywords);
      std::string id = make_node_id("commitment", words);
      const auto [index, created, kept_id] = entity_of_key(id);
      if (created) {
        new_entity();
        Entity& entity = table_.entities[index];
        entity.id = std::move(id);  // the map has its own copy of the key
        entity.type = "commitment";
        entity.kind = mention.kind;
        entity.label = mention.label;
        entity.rule = mention.rule;
        entity.attributes.assign(mention.attributes);
        entity.makers = std::move(makers);
      }
      resolved.entity = index;
      note(index, mention, s, false);
    }
  }

  void finish() {
    auto& entities = table_.entities;
    // Redirected entities pass their counts and names to their target.
    for (std::size_t e = 0; e < entities.size(); ++e) {
      const std::size_t target = follow(e);
      if (target == e) continue;
      entities[target].mentions += entities[e].mentions;
      // Moved: an entity redirected makes no node.
      for (auto& alias : entities[e].aliases) entities[target].add_alias(std::move(alias));
      entities[e].aliases.clear();
      if (entities[e].evidence_sentence < entities[target].evidence_sentence)
        entities[target].evidence_sentence = entities[e].evidence_sentence;
      entities[e].mentions = 0;
    }
    for (auto& resolved : table_.sentences.all()) resolved.entity = follow(resolved.entity);
    for (auto& entity : entities) {
      for (auto& maker : entity.makers) maker = follow(maker);
    }
    // Meeting ids: series and round where known, else the name and the date.
    for (std::size_t e = 0; e < entities.size(); ++e) {
      Entity& entity = entities[e];
      if (!is(entity.type, "meeting")) continue;
      // The words of the id in one string built to size (each look-up once; the chains of + made
      // a string per step).
      const auto series = entity.attributes.find(kSeries);
      const auto round = entity.attributes.find(kRound);
      const bool numbered = series != entity.attributes.end() && round != entity.attributes.end();
      const std::string_view first = numbered ? std::string_view(series->second) : std::string_view(entity.label);
      const std::string_view second = numbered ? std::string_view(round->second) : std::string_view(entity.date);
      std::string words;
      words.reserve(first.size() + 1 + second.size());
      words += first;
      if (numbered || !second.empty()) {
        words += ' ';
        words += second;
      }
      entity.id = make_node_id("meeting", words);
      entity.add_alias(entity.label);
    }
    // Actors and agreements keep their label among their aliases only if the text used it.
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (redirect_[e] != kNone) entities[e].mentions = 0;
    }
  }

  const Document& document_;
  const mentions::RecogniserContext& context_;
  EntityTable table_;
  // Per sentence, its tokens (until resolve_in_order() moves them into the table) and its
  // Mentions (the table keeps their spans).
  std::vector<SentenceAnalysis> analyses_;
  // plan_briefing(): the title's tokens, whether they name a briefing, whether the document
  // records one, and whether analyse() seeks its place; find_here(): where it found it.
  mentions::TokenList title_tokens_;
  bool titled_ = false;
  bool briefing_wanted_ = false;
  bool scan_here_ = false;
  std::size_t here_sentence_ = kNone;
  std::size_t here_at_ = 0;
  std::vector<unsigned char> dropped_;  // mark_nested(): the mentions of a sentence to drop
  std::vector<std::pair<std::size_t, std::size_t>> spans_;  // mark_nested(): their token spans
  // Per-mention lists, flat: the recognisers' mentions of sentence s are from mention_first_[s]
  // to mention_first_[s + 1] (those added after analyse() are past the end). A vector per
  // sentence was an allocation for each one that needed it.
  std::vector<std::size_t> mention_first_;
  std::vector<unsigned char> dropped_of_;  // 1: mark_nested() dropped the mention
  // Per analysis, its mentions in text order (none: as they are), from order_first_[s].
  std::vector<std::size_t> order_;
  std::vector<std::size_t> order_first_;
  // Per analysis: its mentions as the recognisers left them are in text order with none dropped.
  std::vector<unsigned char> in_order_;
  // note_name_candidates(): the tokens scan_person_names() asks about, from candidate_first_[s].
  std::vector<std::size_t> candidates_;
  std::vector<std::size_t> candidate_first_;
  // scan_person_names(): how many mentions resolve_in_order() will put in the table (the room made there).
  std::size_t resolved_count_ = 0;
  // Entities by identity key (KB id, node id, or a meeting's group key), hashed: asked for every
  // mention. The rounds of series ("round:<signature>:<n>") are also kept in key order, where the
  // rounds of one series are a range.
  // Its keys are views: of KB ids, else of copies in key_texts_ (see entity_of_key).
  TextStore key_texts_;
  KeyIndex by_key_;
  // The entity of each KB entry a mention named, by entry index (kNoEntity: none yet): by_key_'s
  // answer for its id, which never changes once given. 32 bits an entry: the list is filled for
  // every document, a whole knowledge base long (an entity past them is looked up by key).
  static constexpr std::uint32_t kNoEntity = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> entity_of_entry_;
  // The entity of each mention that create_named_entities() resolved by key, by mention_first_
  // (kNone: not asked). resolve_in_order() reads it there.
  std::vector<std::size_t> key_entity_;
  // The rounds of series by key ("round:<signature>:<n>"), in key order: the rounds of a series
  // are a range. Views of by_key_'s keys.
  std::map<std::string_view, std::size_t> rounds_;
  std::string group_key_;  // meeting group keys are built here (see group_key)
  // Persons: name words (token keys), views of the words kept in key_texts_.
  std::vector<std::vector<std::string_view>> names_;
  // Name word -> the entities that bear it (each once): asked for every capitalised word, a scan
  // of every entity's names made long documents quadratic. Word -> index in bearer_heads_, whose
  // chain of bearer_links_ lists its bearers (a map of vectors was two allocations a word).
  KeyIndex bearer_words_;
  struct BearerHead {
    std::string_view word;      // the word, kept in key_texts_
    std::size_t first = kNone;  // its latest bearer in bearer_links_
  };
  struct BearerLink {
    std::size_t entity;
    std::size_t next;  // the bearer before it, or kNone
  };
  std::vector<BearerHead> bearer_heads_;
  std::vector<BearerLink> bearer_links_;
  std::vector<std::size_t> redirect_;             // entity merged into another
  std::vector<std::size_t> last_seen_;            // 1 + last sentence that mentioned it (0: never)
  // title_key() of the entity's "title" attribute (null: none), which entity_for_named sets and
  // nothing changes after: resolve_title compares it for every entity, and looked it up each time.
  std::vector<const std::string*> title_key_of_;
  // The entities meeting_entity made, in index order: latest_meeting scans these, not every
  // entity (all other meetings are the briefing, which it passes over).
  std::vector<std::size_t> meetings_;
  std::vector<int> meeting_rank_;                 // how good the meeting's current label is
  // The mention each speaker label makes, once per label however many turns it opens, and per
  // turn its index there (kNone: no label, or one that names no person).
  std::vector<Mention> speaker_labels_;
  // The speaker labels title-cased, which those mentions' surfaces view (never reallocated: see
  // create_speakers).
  std::vector<std::string> speaker_texts_;
  std::vector<std::size_t> speaker_label_of_;
  mentions::TokenList surface_tokens_;  // end_keys(): a surface that is not its span's text, tokenised
  mentions::TokenList name_tokens_;     // add_name(): the name's tokens (storage kept for the next)
  mentions::TokenList series_tokens_;   // make_series_signature(): the series' tokens, likewise
  // By signature: how the text names the series (its rounds are named after it), and their
  // kind. One map, not one per field: a look-up in each was a string compare per level.
  struct Series {
    std::string label;
    std::string_view kind;  // a mention's kind: entities view it
  };
  std::map<std::string, Series> series_;
  std::vector<std::string> pending_series_;
  std::string last_series_;
  std::vector<std::size_t> last_makers_;
  // resolve_in_order(): the commitment mentions, by sentence, index in its analysis's mentions,
  // and index in table_.sentences.all().
  struct CommitmentAt {
    std::size_t sentence, index, resolved;
  };
  std::vector<CommitmentAt> commitments_;
  // resolve_commitments(): the words of a commitment's id, in buffers kept from one commitment to
  // the next (three allocations per commitment when each was its own).
  std::vector<std::string_view> maker_ids_;
  std::vector<std::string_view> keywords_;
  std::string id_words_;
  std::set<std::size_t> officials_;  // persons who speak or are called by their title alone
  std::unordered_map<std::string, std::string, StringHash> series_signatures_;  // series as written -> signature
};

}  // namespace

EntityTable resolve_entities(const Document& document, const mentions::RecogniserContext& context, StageTimes* times) {
  return Resolver(document, context).run(times);
}

}  // namespace parley::entities
