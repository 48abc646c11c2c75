// The names the corpus generator substitutes into the example briefings, read from the shipped
// knowledge base (data/kb/*.json): states with their demonyms and capitals, officials,
// organisations, government bodies, instruments, designated groups, and the person titles of the
// lexicon (to find the invented people of the examples).
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace parley::bench {

// What kind of entity a name stands for: a name is only ever replaced by one of the same kind.
enum class Category { state, group, organization, body, instrument, official };
inline constexpr std::size_t kCategoryCount = 6;

struct VocabularyEntity {
  std::string label;
  std::vector<std::string> names;  // other names: short forms, abbreviations
  std::string demonym;             // states: the first demonym, "" when none
  std::string capital;             // states: the first metonym (the capital), "" when none
};

// How a name is written in a template, so that its replacement takes the same form.
enum class NameForm { name, demonym, capital };

// One way an entity is written: "Canada", "Canadian", "Ottawa".
struct Surface {
  std::string text;
  Category category;
  std::size_t entity;  // index into Vocabulary::entities[category]
  NameForm form;
};

struct Vocabulary {
  std::array<std::vector<VocabularyEntity>, kCategoryCount> entities;
  // Every name, demonym and capital, longest first (so the longest match wins); a text claimed by
  // an earlier category (states first) is not listed again for a later one.
  std::vector<Surface> surfaces;
  // The last word of every person title ("Minister", "Secretary", "State" of "Secretary of
  // State"): a capitalised two-word name right after one of them is a person.
  std::vector<std::string> title_words;

  const std::vector<VocabularyEntity>& of(Category category) const {
    return entities[static_cast<std::size_t>(category)];
  }
};

// Reads states, groups, organisations, bodies, instruments and officials, and the lexicon's
// person titles, from `kb_dir`. Throws parley::Error naming the file on a missing or bad file.
Vocabulary load_vocabulary(const std::filesystem::path& kb_dir);

}  // namespace parley::bench
