// Sentence boundaries of printable ASCII by the rules of UAX #29 (see sentence_breaks.hpp).
// Without line ends, format or extending characters, the rules that remain are SB6 to SB11 and
// SB998 ("no break otherwise"): a break only ever follows a terminator, closing punctuation
// and spaces (SATerm Close* Sp*).
#include "segments/sentence_breaks.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace parley::segments {
namespace {

// Sentence_Break property values of printable ASCII (Unicode's SentenceBreakProperty.txt).
enum class SentenceClass : std::uint8_t { other, sp, lower, upper, numeric, aterm, sterm, close, scontinue };

constexpr std::array<SentenceClass, 128> make_classes() {
  std::array<SentenceClass, 128> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = SentenceClass::lower;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = SentenceClass::upper;
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = SentenceClass::numeric;
  classes[' '] = SentenceClass::sp;
  classes['.'] = SentenceClass::aterm;
  classes['!'] = SentenceClass::sterm;
  classes['?'] = SentenceClass::sterm;
  for (char c : {'"', '\'', '(', ')', '[', ']', '{', '}'}) classes[static_cast<std::size_t>(c)] = SentenceClass::close;
  for (char c : {',', '-', ':'}) classes[static_cast<std::size_t>(c)] = SentenceClass::scontinue;
  return classes;
}

constexpr std::array<SentenceClass, 128> kClasses = make_classes();

SentenceClass class_of(char c) { return kClasses[static_cast<unsigned char>(c) & 0x7F]; }

bool is_letter_class(SentenceClass c) { return c == SentenceClass::lower || c == SentenceClass::upper; }
bool is_term(SentenceClass c) { return c == SentenceClass::aterm || c == SentenceClass::sterm; }

// The next place of one byte at or after a position, found with memchr and kept until the
// position passes it: the three terminators are each looked for once over the text.
class NextByte {
 public:
  NextByte(std::string_view text, char byte) : text_(text), byte_(byte) {}
  std::size_t at_or_after(std::size_t from) {
    if (!found_ || at_ < from) {
      const void* found = from < text_.size() ? std::memchr(text_.data() + from, byte_, text_.size() - from) : nullptr;
      at_ = found ? static_cast<std::size_t>(static_cast<const char*>(found) - text_.data()) : text_.size();
      found_ = true;
    }
    return at_;
  }

 private:
  std::string_view text_;
  char byte_;
  std::size_t at_ = 0;
  bool found_ = false;
};

}  // namespace

bool is_printable_ascii(std::string_view text) {
  // Eight bytes at a time: no byte with the high bit, none below a space, none that is DEL.
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t highs = 0x8080808080808080u;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t below_space = (word - ones * 0x20) & ~word;
    const std::uint64_t del = word ^ (ones * 0x7F);
    if (((word | below_space | ((del - ones) & ~del)) & highs) != 0) return false;
  }
  for (; i < text.size(); ++i) {
    if (text[i] < ' ' || text[i] > '~') return false;
  }
  return true;
}

void ascii_sentence_breaks(std::string_view text, std::vector<std::size_t>& boundaries) {
  boundaries.clear();
  const std::size_t n = text.size();
  if (n == 0) return;
  // Where the text before the boundary stands in "SATerm Close* Sp*": not in it, in the
  // closing punctuation after the terminator, or in the spaces after that.
  enum class Phase { none, close, space } phase = Phase::none;
  bool full_stop = false;  // the terminator is an ATerm ('.'), not an STerm ('!', '?')
  // SB8 looks ahead to the first letter or terminator; positions up to it share the answer.
  std::size_t lookahead_stop = 0;
  bool have_lookahead = false;
  NextByte full_stops(text, '.'), exclamations(text, '!'), questions(text, '?');
  for (std::size_t i = 1; i < n; ++i) {
    const SentenceClass before = class_of(text[i - 1]);
    if (is_term(before)) {
      phase = Phase::close;
      full_stop = before == SentenceClass::aterm;
    } else if (before == SentenceClass::close && phase == Phase::close) {
      // still closing
    } else if (before == SentenceClass::sp && phase != Phase::none) {
      phase = Phase::space;
    } else {
      phase = Phase::none;
    }
    if (phase == Phase::none) {  // SB998; so it stays until the next terminator
      i = std::min({full_stops.at_or_after(i), exclamations.at_or_after(i), questions.at_or_after(i)});
      // the loop moves on to just after it
      continue;
    }
    const SentenceClass after = class_of(text[i]);
    // SB6: ATerm x Numeric. SB7: (Upper | Lower) ATerm x Upper.
    if (before == SentenceClass::aterm) {
      if (after == SentenceClass::numeric) continue;
      if (after == SentenceClass::upper && i >= 2 && is_letter_class(class_of(text[i - 2]))) continue;
    }
    // SB8: ATerm Close* Sp* x (not a letter, terminator or paragraph separator)* Lower.
    if (full_stop) {
      if (!have_lookahead || i > lookahead_stop) {
        std::size_t j = i;
        while (j < n && !is_letter_class(class_of(text[j])) && !is_term(class_of(text[j]))) ++j;
        lookahead_stop = j;
        have_lookahead = true;
      }
      if (lookahead_stop < n && class_of(text[lookahead_stop]) == SentenceClass::lower) continue;
    }
    // SB8a: SATerm Close* Sp* x (SContinue | SATerm).
    if (after == SentenceClass::scontinue || is_term(after)) continue;
    // SB9: SATerm Close* x (Close | Sp). SB10: SATerm Close* Sp* x Sp.
    if (phase == Phase::close && after == SentenceClass::close) continue;
    if (after == SentenceClass::sp) continue;
    // SB11: SATerm Close* Sp* break.
    boundaries.push_back(i);
  }
  boundaries.push_back(n);
}

}  // namespace parley::segments
