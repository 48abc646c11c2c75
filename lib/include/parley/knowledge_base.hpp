// The knowledge base: general facts the extractor resolves names against (states, international
// organisations, government bodies, officials with the dates of their roles, instruments,
// designated groups) and the trigger words of its recognisers. JSON files read with RapidJSON;
// the format is documented in data/kb/README.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

namespace parley {

struct KnowledgeBaseData;  // the loaded entries and indexes; private to the library

class KnowledgeBase {
 public:
  KnowledgeBase();  // empty
  ~KnowledgeBase();
  KnowledgeBase(KnowledgeBase&&) noexcept;
  KnowledgeBase& operator=(KnowledgeBase&&) noexcept;

  // The files shipped with Parley (data/kb/*.json, in name order).
  static KnowledgeBase builtin();

  // Adds a file; its entries win over earlier ones with the same id. Throws Error (kind input)
  // naming the file, line and column of the first problem.
  void add_file(const std::filesystem::path& path);

  // Validates a file on its own (what `parley kb check` runs): throws Error on the first
  // problem, else returns the number of entries.
  static std::size_t check_file(const std::filesystem::path& path);

  std::size_t size() const;
  const KnowledgeBaseData& data() const { return *data_; }

 private:
  std::unique_ptr<KnowledgeBaseData> data_;
};

}  // namespace parley
