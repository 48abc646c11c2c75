// Sentence boundaries of printable ASCII by the rules of UAX #29 (see sentence_breaks.hpp).
// Without line ends, format or extending characters, the rules that remain are SB6 to SB11 and
// SB998 ("no break otherwise"): a break only ever follows a terminator, closing punctuation
// and spaces (SATerm Close* Sp*).
#include "segments/sentence_breaks.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/byte_block.hpp"

namespace parley::segments {
namespace {

// Sentence_Break property values of printable ASCII (Unicode's SentenceBreakProperty.txt).
enum class SentenceClass : std::uint8_t { other, sp, lower, upper, oletter, numeric, aterm, sterm, close, scontinue };

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
// Where SB8's look-ahead stops: a letter (of any kind) or a terminator.
bool ends_lookahead(SentenceClass c) { return is_letter_class(c) || c == SentenceClass::oletter || is_term(c); }

// The first terminator ('.', '!' or '?') of `text` at or after `from`, or its size: sixteen
// bytes at a time in a compiler vector (SSE2, NEON), the three looked for together; the last
// bytes as the block that ends the text, lanes read already left out.
std::size_t next_terminator(std::string_view text, std::size_t from) {
  const std::size_t n = text.size();
  auto terminators = [](const ByteBlock& block) { return (block == '.') | (block == '!') | (block == '?'); };
  std::size_t i = from;
  for (; i + 16 <= n; i += 16) {
    const std::size_t lane = first_lane(terminators(load_block(text.data() + i)));
    if (lane < 16) return i + lane;
  }
  if (i >= n) return n;
  if (n >= 16) {
    const std::uint32_t lanes = lane_bits(terminators(load_block(text.data() + n - 16))) >> (i + 16 - n);
    return lanes != 0 ? i + static_cast<std::size_t>(std::countr_zero(lanes)) : n;
  }
  for (; i < n; ++i) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') return i;
  }
  return n;
}

}  // namespace

bool is_printable_ascii(std::string_view text) {
  // Sixteen bytes at a time in a compiler vector (SSE2, NEON), as is_normalised_ascii reads the
  // same paragraph just before: none below a space, none above '~'.
  std::size_t i = 0;
  for (; i + 16 <= text.size(); i += 16) {
    const ByteBlock block = load_block(text.data() + i);
    if (any_lane((block < ' ') | (block > '~'))) return false;
  }
  for (; i < text.size(); ++i) {
    if (text[i] < ' ' || text[i] > '~') return false;
  }
  return true;
}

namespace {

// The rules over a text of `count` characters: `class_at(k)` is the class of the k-th,
// `next_term(k)` the first terminator at or after k (count when none), `offset(k)` where the
// k-th starts in bytes (offset(count) is the end). Boundaries go into `boundaries` as offsets.
template <typename ClassAt, typename NextTerm, typename Offset>
void find_breaks(std::size_t count, ClassAt class_at, NextTerm next_term, Offset offset,
                 std::vector<std::size_t>& boundaries) {
  boundaries.clear();
  if (count == 0) return;
  // Where the text before the boundary stands in "SATerm Close* Sp*": not in it, in the
  // closing punctuation after the terminator, or in the spaces after that.
  enum class Phase { none, close, space } phase = Phase::none;
  bool full_stop = false;  // the terminator is an ATerm ('.'), not an STerm ('!', '?')
  // SB8 looks ahead to the first letter or terminator; positions up to it share the answer.
  std::size_t lookahead_stop = 0;
  bool have_lookahead = false;
  for (std::size_t i = 1; i < count; ++i) {
    const SentenceClass before = class_at(i - 1);
    if (is_term(before)) {
      // Most terminators end a sentence as ". The" does: one space, then a capital. Every rule
      // keeps the space (SB10) and breaks before the capital (SB11; SB8 looks ahead no further
      // than it, SB7 wants the capital right after the terminator): the break is placed here,
      // and the search goes on from the capital, which opens no "SATerm Close* Sp*".
      if (i + 1 < count && class_at(i) == SentenceClass::sp && class_at(i + 1) == SentenceClass::upper) {
        boundaries.push_back(offset(i + 1));
        phase = Phase::none;
        i = next_term(i + 2);  // the loop moves on to just after it
        continue;
      }
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
      i = next_term(i);  // the loop moves on to just after it
      continue;
    }
    const SentenceClass after = class_at(i);
    // SB6: ATerm x Numeric. SB7: (Upper | Lower) ATerm x Upper.
    if (before == SentenceClass::aterm) {
      if (after == SentenceClass::numeric) continue;
      if (after == SentenceClass::upper && i >= 2 && is_letter_class(class_at(i - 2))) continue;
    }
    // SB8: ATerm Close* Sp* x (not a letter, terminator or paragraph separator)* Lower.
    if (full_stop) {
      if (!have_lookahead || i > lookahead_stop) {
        std::size_t j = i;
        while (j < count && !ends_lookahead(class_at(j))) ++j;
        lookahead_stop = j;
        have_lookahead = true;
      }
      if (lookahead_stop < count && class_at(lookahead_stop) == SentenceClass::lower) continue;
    }
    // SB8a: SATerm Close* Sp* x (SContinue | SATerm).
    if (after == SentenceClass::scontinue || is_term(after)) continue;
    // SB9: SATerm Close* x (Close | Sp). SB10: SATerm Close* Sp* x Sp.
    if (phase == Phase::close && after == SentenceClass::close) continue;
    if (after == SentenceClass::sp) continue;
    // SB11: SATerm Close* Sp* break.
    boundaries.push_back(offset(i));
  }
  boundaries.push_back(offset(count));
}

// The class of a code point by ICU's Sentence_Break property; false for those the rules here
// leave out (line ends, paragraph separators, format and extending characters).
bool class_of_code_point(UChar32 c, SentenceClass& out) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: out = SentenceClass::other; return true;
    case U_SB_SP: out = SentenceClass::sp; return true;
    case U_SB_LOWER: out = SentenceClass::lower; return true;
    case U_SB_UPPER: out = SentenceClass::upper; return true;
    case U_SB_OLETTER: out = SentenceClass::oletter; return true;
    case U_SB_NUMERIC: out = SentenceClass::numeric; return true;
    case U_SB_ATERM: out = SentenceClass::aterm; return true;
    case U_SB_STERM: out = SentenceClass::sterm; return true;
    case U_SB_CLOSE: out = SentenceClass::close; return true;
    case U_SB_SCONTINUE: out = SentenceClass::scontinue; return true;
    default: return false;
  }
}

}  // namespace

void ascii_sentence_breaks(std::string_view text, std::vector<std::size_t>& boundaries) {
  find_breaks(
      text.size(), [&](std::size_t k) { return class_of(text[k]); },
      [&](std::size_t k) { return next_terminator(text, k); }, [](std::size_t k) { return k; }, boundaries);
}

namespace {

// The first terminator among classes[k, count) (count when none): sixteen classes at a time, as
// next_terminator reads bytes. Nearly every character of a paragraph is passed over here.
std::size_t next_term_class(const SentenceClass* classes, std::size_t k, std::size_t count) {
  static_assert(static_cast<int>(SentenceClass::sterm) == static_cast<int>(SentenceClass::aterm) + 1,
                "the two terminators as one range");
  const char* bytes = reinterpret_cast<const char*>(classes);
  for (; k + 16 <= count; k += 16) {
    const ByteBlock block = load_block(bytes + k);
    const std::size_t lane = first_lane((block - static_cast<unsigned char>(SentenceClass::aterm)) < 2);
    if (lane < 16) return k + lane;
  }
  while (k < count && !is_term(classes[k])) ++k;
  return k;
}

}  // namespace

bool unicode_sentence_breaks(std::string_view text, std::vector<std::size_t>& boundaries) {
  // The class and byte offset of each code point, in buffers kept from one paragraph to the next.
  // Sized for a character a byte, the most there can be, and written in place: no push_back's
  // capacity check at every byte.
  thread_local std::vector<SentenceClass> classes;
  thread_local std::vector<std::size_t> offsets;
  if (classes.size() < text.size()) classes.resize(text.size());
  if (offsets.size() < text.size() + 1) offsets.resize(text.size() + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    // Sixteen bytes of printable ASCII (most of such a paragraph) by the table, one test for all.
    if (i + 16 <= text.size() && !any_lane((load_block(text.data() + i) - ' ') > static_cast<unsigned char>('~' - ' '))) {
      for (std::size_t j = 0; j < 16; ++j) {
        classes[count + j] = class_of(text[i + j]);
        offsets[count + j] = i + j;
      }
      i += 16;
      count += 15;  // and one more by the loop
      continue;
    }
    if (text[i] >= ' ' && text[i] <= '~') {  // printable ASCII, by the table
      classes[count] = class_of(text[i]);
      offsets[count] = i++;
      continue;
    }
    UChar32 c;
    // Windows of at most 4 bytes keep the ICU macro's int32_t offsets small for any size.
    int32_t k = 0;
    U8_NEXT(s + i, k, static_cast<int32_t>(std::min<std::size_t>(4, text.size() - i)), c);
    SentenceClass sentence_class = SentenceClass::other;
    if (c < 0 || !class_of_code_point(c, sentence_class)) return false;
    classes[count] = sentence_class;
    offsets[count] = i;
    i += static_cast<std::size_t>(k);
  }
  offsets[count] = text.size();
  find_breaks(
      count, [&](std::size_t k) { return classes[k]; },
      [&](std::size_t k) { return next_term_class(classes.data(), k, count); },
      [&](std::size_t k) { return offsets[k]; }, boundaries);
  return true;
}

}  // namespace parley::segments
