// The loaded knowledge base as the extractor sees it (the private side of
// parley/knowledge_base.hpp). File format: data/kb/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/string_hash.hpp"
#include "entities/kb_links.hpp"

namespace parley {

// A role a person held: "Secretary of State" of body actor:us-department-of-state, from/to ISO dates
// (empty `to`: still in office). Resolves "the Secretary" against the document's date.
struct KbRole {
  std::string title;
  std::string body;     // id of the body served, may be empty
  std::string country;  // alpha-3
  std::string from;
  std::string to;
};

// First the fields resolution makes a KB mention's entity of (id, label, country: the record's
// first two lines, on a cache-line boundary), then kind, which recognisers test of a hit, and
// type and date, which the gazetteer's targets carry (a hit's mention reads no line of its
// entry). After the name lists, country and date were two lines more per hit, and a record
// starting mid-line one more; with type and kind before the label, a new entity read three lines.
struct alignas(64) KbEntry {
  std::string id;       // type-prefixed, in the form of parley/ids.hpp: "actor:united-states"
  std::string label;    // canonical name
  std::string country;  // alpha-3 affiliation
  std::string kind;     // state, organization, person, group; treaty, resolution, law, declaration, ...
  std::string type;     // actor, agreement
  std::string date;     // instruments: adoption date (ISO, partial allowed)
  std::vector<std::string> names;     // other names and abbreviations (the label need not repeat)
  std::vector<std::string> demonyms;  // "American": states
  std::vector<std::string> metonyms;  // capitals used for governments: "Washington"
  std::vector<std::string> member_of;      // ids: body -> state, state -> organisation
  std::vector<std::string> distinct_from;  // ids never to be merged with this one
  std::vector<KbRole> roles;               // persons
  std::vector<std::string> parties;        // agreements: ids of the actors party to it
  std::string source;   // where the fact comes from
  std::string file;     // where it was loaded from, for messages
  std::size_t line = 0;
};

struct KnowledgeBaseData {
  // Sorted by id, each id once (the loader merges the entries of one id): an entity or mention
  // that keeps its entry has the entry find() gives for its id.
  std::vector<KbEntry> entries;
  // id -> index in entries, for ids met as text (by index_entries, and by relation rules for an
  // entity of no KB mention): an entity keeps the entry it was made from.
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> by_id;
  // Trigger words of the recognisers by list name ("commitment_verbs", "hedges", ...); files
  // loaded later add to a list.
  std::map<std::string, std::vector<std::string>> lexicon;
  std::set<std::pair<std::string, std::string>> distinct;  // pairs (smaller id, larger id)
  // alpha-3 -> index in entries of the first state (in entries' order, which is id order) of that
  // country: what a speaker of that country speaks for, asked once per country a document's
  // speakers come from (a scan of the entries read each one's kind, a cache miss per entry).
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> state_by_country;
  // Each entry's member_of as entry indices (see kb_links.hpp).
  KbLinks member_of_links;

  // Builds by_id, state_by_country and member_of_links from entries: the loader calls it, and so
  // must code that sets entries itself (as test fixtures do).
  void index_entries() {
    by_id.clear();
    state_by_country.clear();
    member_of_links.clear();
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const KbEntry& entry = entries[i];
      by_id.emplace(entry.id, i);
      if (entry.kind == "state" && !entry.country.empty()) state_by_country.try_emplace(entry.country, i);
    }
    for (const KbEntry& entry : entries) {
      for (const auto& id : entry.member_of) {
        const auto found = by_id.find(id);
        member_of_links.add(found == by_id.end() ? KbLinks::kNotAnEntry : static_cast<std::uint32_t>(found->second));
      }
      member_of_links.close();
    }
  }

  // member_of_links of an entry of entries.
  std::span<const std::uint32_t> member_of_entries(const KbEntry& entry) const {
    return member_of_links.of(static_cast<std::size_t>(&entry - entries.data()));
  }
  const KbEntry* find(std::string_view id) const {
    auto found = by_id.find(id);
    return found == by_id.end() ? nullptr : &entries[found->second];
  }
  // The first state (in id order) whose country is `country`, or null.
  const KbEntry* state_of(std::string_view country) const {
    auto found = state_by_country.find(country);
    return found == state_by_country.end() ? nullptr : &entries[found->second];
  }
  const std::vector<std::string>& words(const std::string& list) const {
    static const std::vector<std::string> none;
    auto found = lexicon.find(list);
    return found == lexicon.end() ? none : found->second;
  }
};

}  // namespace parley
