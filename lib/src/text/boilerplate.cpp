// Recognising page furniture line by line and over the whole page (see boilerplate.hpp).
#include "text/boilerplate.hpp"

#include <algorithm>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <unordered_set>

#include "core/ascii_case.hpp"
#include "core/byte_block.hpp"
#include "segments/speaker_turns.hpp"
#include "text/lines.hpp"
#include "text/normaliser.hpp"
#include "text/text_data.hpp"

namespace parley::text {
namespace {

constexpr std::size_t kLongestFurnitureLine = 600;  // bytes; longer lines are prose
constexpr std::size_t kMaxRepeatedWords = 15;
constexpr std::size_t kMinRepeatedWords = 2;  // "Okay" said twice is speech, not a repeated header
constexpr std::size_t kMaxFooterWords = 12;
constexpr std::size_t kMaxFooterLines = 5;
constexpr std::size_t kMaxImageLineWords = 4;
constexpr std::size_t kMaxSectionLabelWords = 8;
constexpr std::size_t kMinRandomTokenBytes = 10;  // shorter tokens are words or numbers, never image ids

// What the traits ask of one normalised line, worked out once: its number of words and its
// lower-case copy, where a word's lower-case form stands at the same offsets. The words
// themselves are read only as far as a trait needs them (most lines: the first), never listed.
struct LineWords {
  std::string_view line;
  std::string lower;
  std::size_t word_count = 0;  // pieces between spaces, as count_words has them

  void set(std::string_view normalised_line, std::size_t words) {
    line = normalised_line;
    lower_ascii(line, lower);
    word_count = words;
  }
  // Calls visit(word) for the words in turn (views into the line) while it returns true.
  template <typename Visit>
  void each_word(Visit visit) const {
    std::size_t pos = 0;
    while (pos < line.size()) {
      std::size_t end = line.find(' ', pos);
      if (end == std::string_view::npos) end = line.size();
      if (end > pos && !visit(line.substr(pos, end - pos))) return;
      pos = end + 1;
    }
  }
  std::string_view lower_of(std::string_view word) const {
    return std::string_view(lower).substr(static_cast<std::size_t>(word.data() - line.data()), word.size());
  }
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view strip_punctuation(std::string_view word) {
  while (!word.empty() && !is_alpha(word.front()) && !is_digit(word.front())) word.remove_prefix(1);
  while (!word.empty() && !is_alpha(word.back()) && !is_digit(word.back())) word.remove_suffix(1);
  return word;
}

// Ends like a sentence: . ? ! possibly inside closing quotes or brackets.
bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '?' || s.back() == '!');
}

// Where the vocabulary's phrases may stand in a line, found from the line's spaces: each phrase
// is anchored at its first space, and for the bytes just before and just after that space, the
// phrases with that byte there are kept as bits (one per phrase). A space of the line where the
// two bytes' sets meet is where a phrase may stand; the phrase is compared there. Spaces are a
// few of a line's bytes and are found sixteen at a time, so a line costs a few instructions a
// word, whatever the number of phrases. (A phrase with no space between two bytes is looked for
// whole.)
class PhraseAnchors {
 public:
  explicit PhraseAnchors(const std::vector<std::string_view>& phrases) {
    chunks_ = std::max<std::size_t>(1, (phrases.size() + 63) / 64);  // one at least: the first is read without a check
    before_.assign(256 * chunks_, 0);
    after_.assign(256 * chunks_, 0);
    for (const std::string_view phrase : phrases) {
      phrases_.push_back({static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(phrase.size()), 0});
      bytes_.append(phrase);
    }
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      const std::string_view phrase = phrases[k];
      const std::size_t space = phrase.find(' ');
      if (space == std::string_view::npos || space == 0 || space + 1 == phrase.size()) {
        whole_.push_back(k);
        continue;
      }
      phrases_[k].anchor = static_cast<std::uint32_t>(space);
      const std::uint64_t bit = std::uint64_t{1} << (k % 64);
      before_[k / 64 * 256 + static_cast<unsigned char>(phrase[space - 1])] |= bit;
      after_[k / 64 * 256 + static_cast<unsigned char>(phrase[space + 1])] |= bit;
    }
  }

  // Calls found(k) for phrase k at each place it stands in `text` until found returns true;
  // then returns true.
  template <typename Found>
  bool any(std::string_view text, Found found) const {
    for (std::size_t k : whole_) {
      if (text.find(phrase(k)) != std::string_view::npos && found(k)) return true;
    }
    // A space with a byte on either side, at `at`: the phrases anchored there. (The tables and
    // their size held in locals: read once a line, not again at every space.)
    const std::uint64_t* before_sets = before_.data();
    const std::uint64_t* after_sets = after_.data();
    const std::size_t chunks = chunks_;
    // The phrases of chunk `chunk` (of 64) that the bytes around the space at `at` let through.
    auto phrases_at = [&](std::size_t at, std::size_t chunk, std::uint64_t may) {
      for (; may != 0; may &= may - 1) {
        const std::size_t k = chunk * 64 + static_cast<std::size_t>(std::countr_zero(may));
        const std::size_t anchor = phrases_[k].anchor;
        // Compared in place: most places the bytes let through are no phrase (" and the").
        const std::string_view candidate = phrase(k);
        if (at >= anchor && at - anchor + candidate.size() <= text.size() &&
            std::memcmp(text.data() + at - anchor, candidate.data(), candidate.size()) == 0 && found(k)) {
          return true;
        }
      }
      return false;
    };
    auto at_space = [&](std::size_t at) {
      const auto before = static_cast<unsigned char>(text[at - 1]);
      const auto after = static_cast<unsigned char>(text[at + 1]);
      // The first chunk, all a page's few phrases, without a loop: this runs at every space.
      if (const std::uint64_t may = before_sets[before] & after_sets[after]; may != 0 && phrases_at(at, 0, may)) return true;
      for (std::size_t chunk = 1; chunk < chunks; ++chunk) {
        const std::uint64_t may = before_sets[chunk * 256 + before] & after_sets[chunk * 256 + after];
        if (may != 0 && phrases_at(at, chunk, may)) return true;
      }
      return false;
    };
    if (text.size() < 3) return false;
    const std::size_t last = text.size() - 1;  // a space here has no byte after it
    std::size_t i = 0;
    for (; i + 16 <= text.size(); i += 16) {
      for (std::uint32_t spaces = lane_bits(load_block(text.data() + i) == ' '); spaces != 0; spaces &= spaces - 1) {
        const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(spaces));
        if (at != 0 && at != last && at_space(at)) return true;
      }
    }
    // The bytes left, as the sixteen that end the text (those before i read already), or padded
    // when the text is shorter: one block more, not a loop over the last bytes of every line.
    if (i < last) {
      std::uint32_t spaces;
      std::size_t block_start;
      if (text.size() >= 16) {
        block_start = text.size() - 16;
        spaces = lane_bits(load_block(text.data() + block_start) == ' ') >> (i - block_start) << (i - block_start);
      } else {
        char padded[16] = {};
        std::copy(text.begin(), text.end(), padded);
        block_start = 0;
        spaces = lane_bits(load_block(padded) == ' ');
      }
      for (; spaces != 0; spaces &= spaces - 1) {
        const std::size_t at = block_start + static_cast<std::size_t>(std::countr_zero(spaces));
        if (at != 0 && at != last && at_space(at)) return true;
      }
    }
    return false;
  }

 private:
  // The phrases' bytes one after the other in one buffer, each found by a small record: a page's
  // first lines compare a few of them, and the text data's strings, each in its own allocation,
  // cost a cache miss apiece once extraction had pushed them out.
  struct Phrase {
    std::uint32_t begin;   // in bytes_
    std::uint32_t size;
    std::uint32_t anchor;  // where its first space stands in it
  };
  std::string_view phrase(std::size_t k) const { return {bytes_.data() + phrases_[k].begin, phrases_[k].size}; }

  std::string bytes_;
  std::vector<Phrase> phrases_;
  std::vector<std::size_t> whole_;
  std::size_t chunks_ = 0;
  std::vector<std::uint64_t> before_;  // by chunk, then byte before the anchor
  std::vector<std::uint64_t> after_;   // by chunk, then byte after it
};

// The vocabulary's phrases, those for any line first, then those for headings only.
const PhraseAnchors& phrase_anchors() {
  static const PhraseAnchors anchors = [] {
    const auto& vocabulary = text_data().boilerplate;
    std::vector<std::string_view> phrases(vocabulary.phrases.begin(), vocabulary.phrases.end());
    phrases.insert(phrases.end(), vocabulary.heading_phrases.begin(), vocabulary.heading_phrases.end());
    return PhraseAnchors(phrases);
  }();
  return anchors;
}

// The vocabulary, reached once per thread's first line: text_data is a call into another file.
const BoilerplateWords& vocabulary_words() {
  static const BoilerplateWords& words = text_data().boilerplate;
  return words;
}

// The bytes that the words end with at one end (front or back): a byte outside the set needs no
// comparison with any of the words.
template <typename Words, typename EndByte>
std::bitset<256> end_bytes(const Words& words, EndByte end_byte) {
  std::bitset<256> bytes;
  for (const auto& word : words) {
    if (!word.empty()) bytes.set(static_cast<unsigned char>(end_byte(word)));
  }
  return bytes;
}

// The first bytes of the prefixes: most lines start with none of them.
const std::bitset<256>& prefix_first_bytes() {
  static const std::bitset<256> bytes = end_bytes(vocabulary_words().prefixes, [](const auto& p) { return p.front(); });
  return bytes;
}

bool has_vocabulary(const LineWords& line) {
  const std::string& lower = line.lower;
  const auto& vocabulary = vocabulary_words();
  if (line.word_count > vocabulary.max_words) return false;
  // Links and buttons are short and no sentence; a sentence may well say "sign up for".
  const bool heading = line.word_count <= vocabulary.heading_max_words && !ends_like_sentence(lower);
  const std::size_t any_line_phrases = vocabulary.phrases.size();
  if (phrase_anchors().any(lower, [&](std::size_t k) { return k < any_line_phrases || heading; })) return true;
  // (The first byte first: most lines start with none of the prefixes' few.)
  if (prefix_first_bytes().test(static_cast<unsigned char>(lower.front()))) {
    for (const auto& prefix : vocabulary.prefixes) {
      if (lower.front() == prefix.front() && (heading || prefix.back() == ':') && lower.starts_with(prefix)) return true;
    }
  }
  // A line made only of furniture words: "Share", "Facebook Twitter LinkedIn Email".
  std::size_t furniture_words = 0;
  bool only_furniture = true;
  line.each_word([&](std::string_view word) {
    const std::string_view key = strip_punctuation(line.lower_of(word));
    if (key.empty()) return true;  // separators: "Print | Email"
    only_furniture = vocabulary.words.count(key) != 0;
    furniture_words += only_furniture;
    return only_furniture;
  });
  return only_furniture && furniture_words > 0;
}

// The last bytes of the image extensions: most words end in none of them and need no comparison.
const std::bitset<256>& extension_last_bytes() {
  static const std::bitset<256> bytes =
      end_bytes(vocabulary_words().image_extensions, [](const auto& e) { return e.back(); });
  return bytes;
}

bool is_image_placeholder(const LineWords& line) {
  const std::string& lower = line.lower;
  if (line.word_count == 0 || line.word_count > kMaxImageLineWords) return false;
  const auto& vocabulary = vocabulary_words();
  const std::bitset<256>& extension_ends = extension_last_bytes();
  bool image_word = false;
  line.each_word([&](std::string_view word) {
    // (Stripping only shortens a word: one too short for a random token is not stripped.)
    if (word.size() >= kMinRandomTokenBytes && is_random_token(strip_punctuation(word))) image_word = true;
    const std::string_view key = line.lower_of(word);
    if (extension_ends.test(static_cast<unsigned char>(key.back()))) {
      for (const auto& extension : vocabulary.image_extensions) {
        if (key.size() > extension.size() && key.compare(key.size() - extension.size(), extension.size(), extension) == 0) {
          image_word = true;
        }
      }
    }
    return !image_word;
  });
  if (image_word) return true;
  // "[image]", "(photo)"
  if (line.word_count != 1) return false;
  const std::string_view inner = strip_punctuation(lower);
  return inner.size() + 2 <= lower.size() && vocabulary.image_words.count(inner);
}

bool is_section_label(std::string_view line, std::size_t words) {
  if (words == 0 || words > kMaxSectionLabelWords || ends_like_sentence(line) || line.back() == ':') return false;
  std::size_t letters = 0;
  for (char c : line) {
    if (c >= 'a' && c <= 'z') return false;
    if (is_digit(c)) return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 6 && (words >= 2 || letters >= 8);
}

}  // namespace

bool is_random_token(std::string_view token) {
  if (token.size() < kMinRandomTokenBytes) return false;
  std::size_t letters = 0, digits = 0, switches = 0, vowels = 0;
  int previous = 0;  // 1 letter, 2 digit
  for (char c : token) {
    int kind = 0;
    if (is_alpha(c)) {
      kind = 1;
      ++letters;
      const char lower = static_cast<char>(c | 0x20);
      vowels += lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u';
    } else if (is_digit(c)) {
      kind = 2;
      ++digits;
    } else {
      return false;
    }
    switches += previous != 0 && kind != previous;
    previous = kind;
  }
  if (digits >= 2 && letters >= 2 && switches >= 3) return true;
  // Letters only, but not pronounceable: very few vowels for a long token.
  return digits == 0 && token.size() >= 16 && vowels * 5 < letters;
}

namespace {

// The traits of furniture_trait, on a line already split; `labelled`: it opens a speaker turn.
std::string_view line_trait(const LineWords& line, bool labelled, bool first_line) {
  if (line.line.empty() || line.line.size() > kLongestFurnitureLine) return "";
  if (labelled) return "";
  if (is_image_placeholder(line)) return "image placeholder";
  if (has_vocabulary(line)) return "furniture vocabulary";
  if (!first_line && is_section_label(line.line, line.word_count)) return "section label";
  return "";
}


}  // namespace

std::string furniture_trait(std::string_view normalised_line, bool first_line) {
  if (normalised_line.empty() || normalised_line.size() > kLongestFurnitureLine) return "";
  LineWords line;
  line.set(normalised_line, count_words(normalised_line));
  return std::string(line_trait(line, segments::has_speaker_label(normalised_line), first_line));
}

std::vector<std::string_view> find_boilerplate(std::string_view text, const std::vector<Line>& lines,
                                          std::vector<unsigned char>* normalised_lines, LabelsRead* labels,
                                          NormalisedLines* normalised_texts) {
  // What the page-wide traits need of each line, kept small: a big file has millions of lines.
  struct LineFacts {
    bool blank = true;
    bool prose = false;     // a long line, or one that ends like a sentence
    bool footer_like = false;  // short, no sentence, no bracket, no speaker label
  };
  std::vector<std::string_view> reasons(lines.size());
  std::vector<LineFacts> facts(lines.size());
  if (normalised_lines != nullptr) normalised_lines->assign(lines.size(), 0);
  if (labels != nullptr) {
    labels->read.assign(lines.size(), 0);
    labels->found.clear();
  }
  std::unordered_set<std::size_t> seen;  // hashes of short headings, lower case
  bool first_line = true;
  NormalisedLines own_texts;  // the lines that needed normalising, when the caller keeps none: one at a time
  NormalisedLines& texts = normalised_texts != nullptr ? *normalised_texts : own_texts;
  texts.clear();
  LineWords words;
  // No trait looks at a line of more words than this: such a line is prose.
  const std::size_t most_words = std::max({text_data().boilerplate.max_words, kMaxRepeatedWords, kMaxFooterWords,
                                           kMaxSectionLabelWords, kMaxImageLineWords});
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view raw = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (raw.size() > kLongestFurnitureLine) {
      facts[i] = {false, true, false};
      first_line = false;
      continue;
    }
    // Half the lines of a page are the empty ones between paragraphs: not normalised ASCII by
    // definition, but nothing to normalise either.
    if (raw.empty()) continue;
    std::string_view line = raw;
    std::size_t line_words = normalised_ascii_words(raw);
    if (line_words != 0 && normalised_lines != nullptr) (*normalised_lines)[i] = 1;
    if (line_words == 0) {
      // Normalised with its offsets, as the reader would a paragraph of this line alone, and read
      // where it is kept (no other line is added to `texts` while this one is read).
      if (normalised_texts == nullptr) texts.clear();
      texts.emplace_back(i, normalise(raw, lines[i].begin));
      line = texts.back().second.text;
      if (line.empty()) continue;
      line_words = count_words(line, most_words + 1);
    }
    if (line_words > most_words) {
      facts[i] = {false, ends_like_sentence(line), false};
      first_line = false;
      continue;
    }
    words.set(line, line_words);
    // On a line as it stands, the label is kept for the reader, which looks on the same bytes.
    std::optional<segments::SpeakerLabel> label = segments::match_label_shape(line);
    const bool labelled = label.has_value();
    if (labels != nullptr && line.data() == raw.data()) {
      labels->read[i] = 1;
      if (label) labels->found.emplace_back(i, std::move(*label));
    }
    reasons[i] = line_trait(words, labelled, first_line);
    first_line = false;
    const bool sentence = ends_like_sentence(line);
    const std::size_t word_count = words.word_count;
    facts[i] = {false, sentence, !sentence && line.front() != '(' && !labelled && word_count <= kMaxFooterWords};
    // A short heading seen before on the page: a repeated title or banner.
    if (reasons[i].empty() && !sentence && line.front() != '(' && !labelled && word_count <= kMaxRepeatedWords &&
        word_count >= kMinRepeatedWords) {
      if (!seen.insert(std::hash<std::string>{}(words.lower)).second) reasons[i] = "repeated";
    }
  }

  // A footer: the last few short lines of the page, none of them a sentence, after the prose.
  std::vector<std::size_t> footer;
  std::size_t i = lines.size();
  while (i > 0) {
    --i;
    if (facts[i].blank || !reasons[i].empty()) continue;
    if (!facts[i].footer_like) break;
    if (footer.size() == kMaxFooterLines) {  // a list of headings, not a footer
      footer.clear();
      break;
    }
    footer.push_back(i);
  }
  // Only after prose: a page of headings alone has no footer to drop.
  bool prose_before = false;
  const std::size_t footer_start = footer.empty() ? 0 : footer.back();
  for (std::size_t j = 0; j < footer_start && !prose_before; ++j) prose_before = reasons[j].empty() && facts[j].prose;
  if (prose_before) {
    for (std::size_t index : footer) reasons[index] = "footer";
  }
  return reasons;
}

}  // namespace parley::text
