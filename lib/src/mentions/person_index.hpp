// Knowledge-base persons by surname and by role title, so that "Secretary Smith" and "the
// Secretary" can be resolved to an entry whose full name the text never writes.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.hpp"

namespace parley {
struct KnowledgeBaseData;
}

namespace parley::mentions {

class PersonIndex {
 public:
  PersonIndex() = default;
  explicit PersonIndex(const KnowledgeBaseData& data);
  // Entries whose label or a name ends with this surname (token key, lowercase).
  const std::vector<std::size_t>& by_surname(std::string_view key) const;
  // Entries that held a role of this title (lowercase, words joined by one space).
  const std::vector<std::size_t>& by_title(const std::string& title) const;

 private:
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>> surnames_;
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash> titles_;
};

// "Secretary of State" -> "secretary of state": the form titles are compared in.
std::string title_key(std::string_view title);

}  // namespace parley::mentions
