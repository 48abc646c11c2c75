// The benchmark corpus: briefings generated deterministically from the examples (see
// templates.hh) into DIR/docs/part-NNN/doc-NNNNNN.txt — about 200 MB in some 20 000 files,
// times --scale — whose first parts (about a tenth) form the 20 MB subset, plus one big briefing
// DIR/big/big.txt (1 GB at full scale) made of many documents' paragraphs. A stamp file per half
// records the generator version, seed and size: a half is generated again only when its stamp is
// missing or different.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace parley::bench {

struct CorpusSpec {
  std::filesystem::path directory;
  std::filesystem::path examples_dir;  // the templates
  std::filesystem::path kb_dir;        // the names substituted into them
  double scale = 1.0;                  // of the many-files corpus
  std::uint64_t big_file_bytes = 0;    // 0: no big file
};

struct Corpus {
  std::filesystem::path directory;
  std::vector<std::filesystem::path> files;  // every document of the many-files corpus, in order
  std::vector<std::filesystem::path> parts;  // its subdirectories, in order
  std::uint64_t bytes = 0;
  std::size_t subset_parts = 0;  // the first parts: the subset
  std::size_t subset_files = 0;
  std::uint64_t subset_bytes = 0;
  std::filesystem::path big_file;  // empty without the big file
  std::uint64_t big_bytes = 0;
};

// Target sizes at scale 1 (MB = 10^6 bytes).
inline constexpr double kCorpusBytes = 200e6;
inline constexpr double kSubsetBytes = 20e6;
inline constexpr double kBigFileBytes = 1000e6;

// Generates what is missing or stale, then lists the corpus. Progress lines go to `log`.
// Throws parley::Error naming the file that could not be read or written.
Corpus prepare_corpus(const CorpusSpec& spec, std::ostream& log);

}  // namespace parley::bench
