// Sentence splitting (see sentence_splitter.hpp). Boundaries come from sentence_breaks.hpp for
// a paragraph of printable ASCII (the common case) or of characters whose Sentence_Break class
// the rules there cover (most others); the rest from one ICU break iterator per thread, set on
// each paragraph in turn over its UTF-8 bytes (no conversion to UTF-16).
#include "segments/sentence_splitter.hpp"

#include <array>
#include <bitset>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "parley/error.hpp"
#include "segments/sentence_breaks.hpp"
#include "text/text_data.hpp"

namespace parley::segments {
namespace {

icu::BreakIterator& sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it) throw Error(ErrorKind::internal, "", "ICU has no sentence break iterator");
    return it;
  }();
  return *iterator;
}

bool is_space(char c) { return c == ' '; }

std::string_view last_word(std::string_view s) {
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  const std::size_t space = s.rfind(' ');
  std::string_view word = space == std::string_view::npos ? s : s.substr(space + 1);
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\'')) word.remove_prefix(1);
  return word;
}

std::string_view first_word(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  const std::size_t space = s.find(' ');
  return space == std::string_view::npos ? s : s.substr(0, space);
}

// The lengths and first bytes of the abbreviations (never_final, may_end): most words that end
// a sentence ("talks.") are told to be none of them without a look-up.
class AbbreviationShapes {
 public:
  AbbreviationShapes() {
    const auto& words = text::text_data().abbreviations;
    for (const auto* set : {&words.never_final, &words.may_end}) {
      for (const auto& word : *set) {
        if (word.empty()) continue;
        if (word.size() > kMaxLength) {
          any_long_ = true;
        } else {
          first_bytes_[word.size()].set(static_cast<unsigned char>(word.front()));
        }
      }
    }
  }
  bool may_be(std::string_view word) const {
    if (word.size() > kMaxLength) return any_long_;
    return first_bytes_[word.size()].test(static_cast<unsigned char>(word.front()));
  }

 private:
  static constexpr std::size_t kMaxLength = 15;
  std::array<std::bitset<256>, kMaxLength + 1> first_bytes_{};
  bool any_long_ = false;
};

[[gnu::always_inline]] inline const AbbreviationShapes& abbreviation_shapes() {
  static const AbbreviationShapes shapes;
  return shapes;
}

// What abbreviation_continues asks of the last word before it looks at the next: false when it
// surely does not continue the sentence (most boundaries), so the next word is not found.
bool may_continue(std::string_view last) {
  if (last.empty() || last.back() != '.') return false;
  return (last.size() == 2 && last[0] >= 'A' && last[0] <= 'Z') || abbreviation_shapes().may_be(last);
}

}  // namespace

bool abbreviation_continues(std::string_view last, std::string_view next) {
  if (last.empty() || last.back() != '.' || next.empty()) return false;
  // An initial: "J." in "Antony J. Blinken".
  if (last.size() == 2 && last[0] >= 'A' && last[0] <= 'Z') return true;
  if (!abbreviation_shapes().may_be(last)) return false;
  const auto& words = text::text_data().abbreviations;
  if (words.never_final.count(last)) return true;
  if (words.may_end.count(last)) {
    std::string_view opener = next;
    while (!opener.empty() && (opener.back() == ',' || opener.back() == '.' || opener.back() == ';' || opener.back() == ':')) {
      opener.remove_suffix(1);
    }
    return !words.sentence_openers.count(opener);
  }
  return false;
}

namespace {

// ICU's sentence boundaries of a paragraph that is not plain ASCII, into `boundaries`.
void icu_sentence_breaks(std::string_view paragraph, std::vector<std::size_t>& boundaries) {
  boundaries.clear();
  UErrorCode status = U_ZERO_ERROR;
  // One UText per thread, reopened on each paragraph: no allocation per paragraph.
  thread_local std::unique_ptr<UText, UText* (*)(UText*)> text(nullptr, utext_close);
  UText* opened = utext_openUTF8(text.get(), paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, "", "ICU cannot open the paragraph text");
  if (!text) text.reset(opened);
  icu::BreakIterator& iterator = sentence_iterator();
  iterator.setText(text.get(), status);
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, "", "ICU cannot set the paragraph text");
  for (int32_t boundary = iterator.next(); boundary != icu::BreakIterator::DONE; boundary = iterator.next()) {
    boundaries.push_back(static_cast<std::size_t>(boundary));
  }
  // Never leave the iterator pointing at a paragraph about to go away.
  iterator.setText(icu::UnicodeString());
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view paragraph, bool printable_ascii) {
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  split_sentences(paragraph, printable_ascii, sentences);
  return sentences;
}

void split_sentences(std::string_view paragraph, bool printable_ascii,
                     std::vector<std::pair<std::size_t, std::size_t>>& sentences) {
  sentences.clear();
  if (paragraph.empty()) return;
  thread_local std::vector<std::size_t> boundaries;  // reused paragraph after paragraph
  if (printable_ascii || is_printable_ascii(paragraph)) {
    ascii_sentence_breaks(paragraph, boundaries);
  } else if (!unicode_sentence_breaks(paragraph, boundaries)) {
    icu_sentence_breaks(paragraph, boundaries);
  }

  std::size_t start = 0;
  for (const std::size_t end : boundaries) {
    if (end < paragraph.size()) {
      const std::string_view last = last_word(paragraph.substr(start, end - start));
      if (may_continue(last) && abbreviation_continues(last, first_word(paragraph.substr(end)))) continue;
    }
    std::size_t b = start, e = end;
    while (b < e && is_space(paragraph[b])) ++b;
    while (e > b && is_space(paragraph[e - 1])) --e;
    if (e > b) sentences.emplace_back(b, e);
    start = end;
  }
}

}  // namespace parley::segments
