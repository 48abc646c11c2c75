// Generating and listing the benchmark corpus: see corpus.hh.
#include "corpus.hh"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "random.hh"
#include "templates.hh"
#include "vocabulary.hh"
#include "parley/error.hpp"

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

// Bump when the generated text changes, so that an old corpus is generated again.
constexpr int kGeneratorVersion = 1;
constexpr std::uint64_t kSeed = 0x5061726C65794231ULL;  // "ParleyB1"
constexpr std::uint64_t kBigFileSeed = kSeed ^ 0xB16F11EULL;
constexpr std::size_t kFilesPerPartAtScale1 = 100;
constexpr std::size_t kMinDocumentBytes = 6000;
constexpr std::size_t kMaxDocumentBytes = 14000;

// What a stamp says: the generator, its seed, and the size asked for ("scale 0.02", "bytes 1000000000").
std::string stamp_text(const std::string& size) {
  std::ostringstream text;
  text << "parley-bench corpus generator " << kGeneratorVersion << ", seed " << kSeed << ", " << size << '\n';
  return text.str();
}

bool stamp_matches(const fs::path& stamp, const std::string& size) {
  std::ifstream in(stamp, std::ios::binary);  // a missing stamp reads as empty
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text == stamp_text(size);
}

void write_text_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) throw Error(ErrorKind::input, path.string(), "cannot write the file");
}

void make_directories(const fs::path& path) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) throw Error(ErrorKind::input, path.string(), "cannot create the directory: " + error.message());
}

void remove_tree(const fs::path& path) {
  std::error_code error;
  fs::remove_all(path, error);
  if (error) throw Error(ErrorKind::input, path.string(), "cannot remove the old corpus: " + error.message());
}

std::string numbered(const char* prefix, std::size_t number, int width, const char* suffix = "") {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s%0*zu%s", prefix, width, number, suffix);
  return buffer;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Assembles briefings from template paragraphs: a title and dateline from one example, then runs
// of consecutive paragraphs from any example, most runs with fresh substitutions.
class DocumentGenerator {
 public:
  DocumentGenerator(const Vocabulary& vocabulary, std::vector<Template> templates)
      : vocabulary_(vocabulary), templates_(std::move(templates)) {
    const bool has_body = std::any_of(templates_.begin(), templates_.end(),
                                      [](const Template& example) { return example.paragraphs.size() >= 3; });
    if (!has_body) throw Error(ErrorKind::input, "examples", "no example has a paragraph after its title and dateline");
  }

  // The same (seed, index) gives the same briefing.
  std::string document(std::uint64_t seed, std::size_t index, bool allow_front_matter) const {
    SplitMix64 random = SplitMix64::for_item(seed, index);
    Renderer renderer(vocabulary_, random);
    renderer.new_section();
    const std::size_t target = kMinDocumentBytes + random.below(kMaxDocumentBytes - kMinDocumentBytes + 1);
    std::string out;
    out.reserve(target + 2048);

    const std::size_t head = random.below(templates_.size());
    const Template& head_template = templates_[head];
    std::string title;
    renderer.render(head, head_template.paragraphs[0], title);
    if (allow_front_matter && random.chance(0.6)) {
      out += "---\ntitle: ";
      out += title;
      out += "\ndate: ";
      out += renderer.iso_date(renderer.shifted(first_date(head_template)));
      out += "\n---\n";
    }
    out += title;
    out += "\n\n";
    renderer.render(head, head_template.paragraphs[1], out);
    out += "\n\n";

    while (out.size() < target) {
      if (random.chance(0.6)) renderer.new_section();
      const std::size_t chosen = random.below(templates_.size());
      const auto& paragraphs = templates_[chosen].paragraphs;
      if (paragraphs.size() < 3) continue;
      const std::size_t first = 2 + random.below(paragraphs.size() - 2);  // after title and dateline
      const std::size_t count = 1 + random.below(std::min<std::size_t>(4, paragraphs.size() - first));
      for (std::size_t i = first; i < first + count; ++i) {
        renderer.render(chosen, paragraphs[i], out);
        out += "\n\n";
      }
    }
    out.pop_back();  // one final newline
    return out;
  }

 private:
  static std::chrono::sys_days first_date(const Template& example) {
    for (const auto& paragraph : example.paragraphs) {
      for (const auto& piece : paragraph.pieces) {
        if (piece.kind == PieceKind::date) return piece.date;
      }
    }
    return std::chrono::sys_days(std::chrono::year(2024) / 6 / 1);
  }

  const Vocabulary& vocabulary_;
  std::vector<Template> templates_;
};

void generate_documents(const DocumentGenerator& generator, const fs::path& docs, double scale, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  remove_tree(docs);
  const std::uint64_t target = static_cast<std::uint64_t>(std::llround(kCorpusBytes * scale));
  const std::size_t files_per_part =
      std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(kFilesPerPartAtScale1 * scale)));
  std::uint64_t written = 0;
  std::size_t index = 0;
  std::uint64_t next_report = target / 10;
  for (; written < target; ++index) {
    const fs::path part = docs / numbered("part-", index / files_per_part, 3);
    if (index % files_per_part == 0) make_directories(part);
    const std::string text = generator.document(kSeed, index, true);
    write_text_file(part / numbered("doc-", index, 6, ".txt"), text);
    written += text.size();
    if (written >= next_report) {
      log << "bench: corpus " << written * 100 / target << "% (" << index + 1 << " documents, "
          << static_cast<double>(written) / 1e6 << " MB)\n"
          << std::flush;
      next_report += target / 10;
    }
  }
  log << "bench: generated " << index << " documents, " << static_cast<double>(written) / 1e6 << " MB in "
      << seconds_since(start) << " s\n";
}

// One briefing made of many: a title, then the bodies of generated documents one after another.
void generate_big_file(const DocumentGenerator& generator, const fs::path& big_dir, std::uint64_t target,
                       std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  remove_tree(big_dir);
  make_directories(big_dir);
  const fs::path path = big_dir / "big.txt";
  const fs::path partial = big_dir / "big.txt.partial";
  std::vector<char> buffer(1 << 20);
  std::ofstream out;
  out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.open(partial, std::ios::binary | std::ios::trunc);
  std::uint64_t written = 0;
  std::uint64_t next_report = target / 10;
  for (std::size_t chunk = 0; written < target && out; ++chunk) {
    std::string text = generator.document(kBigFileSeed, chunk, chunk == 0);
    text += '\n';  // a blank line between the documents' paragraphs
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    written += text.size();
    if (written >= next_report) {
      log << "bench: big file " << written * 100 / target << "%\n" << std::flush;
      next_report += target / 10;
    }
  }
  out.close();
  if (!out) throw Error(ErrorKind::input, partial.string(), "cannot write the big file");
  std::error_code error;
  fs::rename(partial, path, error);
  if (error) throw Error(ErrorKind::input, path.string(), "cannot rename the big file into place: " + error.message());
  log << "bench: generated the big file, " << static_cast<double>(written) / 1e6 << " MB in " << seconds_since(start)
      << " s\n";
}

std::vector<fs::path> sorted_entries(const fs::path& directory, bool directories) {
  std::vector<fs::path> result;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    if (directories ? entry.is_directory() : entry.is_regular_file()) result.push_back(entry.path());
  }
  if (error) throw Error(ErrorKind::input, directory.string(), "cannot list the corpus: " + error.message());
  std::sort(result.begin(), result.end());
  return result;
}

}  // namespace

Corpus prepare_corpus(const CorpusSpec& spec, std::ostream& log) {
  make_directories(spec.directory);
  const fs::path docs = spec.directory / "docs";
  const fs::path docs_stamp = spec.directory / "docs.stamp";
  const fs::path big_dir = spec.directory / "big";
  const fs::path big_stamp = spec.directory / "big.stamp";
  std::ostringstream docs_size;
  docs_size << "scale " << spec.scale;
  const std::string big_size = "bytes " + std::to_string(spec.big_file_bytes);
  const bool need_docs = !stamp_matches(docs_stamp, docs_size.str());
  const bool need_big = spec.big_file_bytes > 0 && !stamp_matches(big_stamp, big_size);

  if (need_docs || need_big) {
    log << "bench: generating the corpus in " << spec.directory.string() << '\n';
    const Vocabulary vocabulary = load_vocabulary(spec.kb_dir);
    const DocumentGenerator generator(vocabulary, load_templates(spec.examples_dir, vocabulary));
    if (need_docs) {
      fs::remove(docs_stamp);
      generate_documents(generator, docs, spec.scale, log);
      write_text_file(docs_stamp, stamp_text(docs_size.str()));
    }
    if (need_big) {
      fs::remove(big_stamp);
      generate_big_file(generator, big_dir, spec.big_file_bytes, log);
      write_text_file(big_stamp, stamp_text(big_size));
    }
  } else {
    log << "bench: reusing the corpus in " << spec.directory.string() << '\n';
  }

  Corpus corpus;
  corpus.directory = spec.directory;
  corpus.parts = sorted_entries(docs, true);
  const auto subset_target = static_cast<std::uint64_t>(std::llround(kSubsetBytes * spec.scale));
  for (const auto& part : corpus.parts) {
    for (const auto& file : sorted_entries(part, false)) {
      if (file.extension() != ".txt") continue;
      corpus.bytes += fs::file_size(file);
      corpus.files.push_back(file);
    }
    if (corpus.subset_bytes < subset_target) {
      ++corpus.subset_parts;
      corpus.subset_files = corpus.files.size();
      corpus.subset_bytes = corpus.bytes;
    }
  }
  if (corpus.files.empty()) throw Error(ErrorKind::input, docs.string(), "the corpus has no documents");
  if (spec.big_file_bytes > 0) {
    corpus.big_file = big_dir / "big.txt";
    corpus.big_bytes = fs::file_size(corpus.big_file);
  }
  return corpus;
}

}  // namespace parley::bench
