// Index of knowledge-base persons (see person_index.hpp).
#include "mentions/person_index.hpp"

#include <algorithm>

#include "entities/knowledge_base_data.hpp"
#include "mentions/tokens.hpp"

namespace parley::mentions {
namespace {

void add_unique(std::vector<std::size_t>& list, std::size_t value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

std::string title_key(std::string_view title) {
  // The keys read from the tokens: token_keys() built a vector and a string per word to join.
  std::string key;
  key.reserve(title.size());  // about as long as the title: one allocation, if any
  for (const auto& token : tokenize(title)) {
    if (!key.empty()) key += ' ';
    key += token.key;
  }
  return key;
}

PersonIndex::PersonIndex(const KnowledgeBaseData& data) {
  for (std::size_t i = 0; i < data.entries.size(); ++i) {
    const KbEntry& entry = data.entries[i];
    if (entry.kind != "person") continue;
    std::vector<std::string> names = entry.names;
    names.push_back(entry.label);
    for (const auto& name : names) {
      const auto keys = token_keys(name);
      if (keys.size() >= 2) add_unique(surnames_[keys.back()], i);
    }
    for (const auto& role : entry.roles) add_unique(titles_[title_key(role.title)], i);
  }
}

const std::vector<std::size_t>& PersonIndex::by_surname(std::string_view key) const {
  static const std::vector<std::size_t> none;
  auto found = surnames_.find(key);
  return found == surnames_.end() ? none : found->second;
}

const std::vector<std::size_t>& PersonIndex::by_title(const std::string& title) const {
  static const std::vector<std::size_t> none;
  auto found = titles_.find(title);
  return found == titles_.end() ? none : found->second;
}

}  // namespace parley::mentions
