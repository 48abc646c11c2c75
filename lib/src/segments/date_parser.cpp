// Finding and resolving dates (see date_parser.hpp). Tokens first, then patterns over tokens,
// longest first; the words (months, weekdays, relative words) are data/text/dates.json.
#include "segments/date_parser.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

#include "core/ascii_case.hpp"
#include "core/byte_block.hpp"
#include "text/text_data.hpp"

namespace parley::segments {
namespace {

// --- the calendar (proleptic Gregorian), days counted from 1970-01-01 ---

long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int weekday_of(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }  // 0 Monday; 1970-01-01 was a Thursday

int days_in_month(int y, int m) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return lengths[m - 1];
}

std::string iso_week(long days) {
  const long thursday = days - weekday_of(days) + 3;  // the ISO year is the Thursday's
  const CalendarDate t = civil_from_days(thursday);
  const long first_thursday_days = days_from_civil(t.year, 1, 1);
  const int week = static_cast<int>((thursday - first_thursday_days) / 7 + 1);
  if (t.year < 0 || t.year > 9999) {  // beyond the four-digit years: as printf has it
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-W%02d", t.year, week);
    return buffer;
  }
  // Digits by hand, as to_iso writes them: snprintf cost over a thousand instructions a week.
  const char digits[8] = {static_cast<char>('0' + t.year / 1000), static_cast<char>('0' + t.year / 100 % 10),
                          static_cast<char>('0' + t.year / 10 % 10), static_cast<char>('0' + t.year % 10),
                          '-', 'W', static_cast<char>('0' + week / 10), static_cast<char>('0' + week % 10)};
  return std::string(digits, sizeof digits);
}

void assign_iso(const CalendarDate& date, std::string& out);  // to_iso into `out` (below)

CalendarDate add_months(CalendarDate date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  return {index / 12, index % 12 + 1, 0};
}

// --- tokens ---

enum class TokenKind { word, number, iso, comma, hyphen, other };

struct Token {
  TokenKind kind;
  std::size_t begin;
  std::size_t end;
  std::string_view text;
  int value = 0;         // numbers
  bool ordinal = false;  // "8th"
  bool decade = false;   // "1990s"
  int digits = 0;
  // Words only, looked up once here: patterns ask about a token and its neighbours many times.
  int month = 0;         // 1..12 when the word is a month's name or abbreviation
  int weekday = -1;      // 0 Monday .. 6 Sunday when it is a weekday's
  bool may_open_relative = false;  // may be a day word or a modifier ("today", "last"): DateLexicon::openers
  bool ago = false;                // "ago" in any case
  // Whether a pattern may start here (Matcher::may_start_date), worked out as the tokens are
  // made: a number, an ISO date, a month, a weekday, a relative word, or a word two before "ago".
  // The matcher asks it of every token.
  bool may_start = false;
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first and last letters, by length, of a set of words, case-blind. Most words of a sentence
// do not match them and are told to be none of the set before any hash.
class WordLetters {
 public:
  static constexpr std::size_t kMaxLength = 9;  // longer words are never looked up (see below)

  void add(std::string_view word) {
    longest_ = std::max(longest_, word.size());
    if (word.empty() || word.size() > kMaxLength) return;
    first_[word.size()] |= 1u << bit(word.front());
    last_[word.size()] |= 1u << bit(word.back());
  }

  // False when `word` is surely not in the set; true when it may be.
  bool may_be(std::string_view word) const {
    if (word.empty() || word.size() > kMaxLength) return false;
    return ((first_[word.size()] >> bit(word.front())) & (last_[word.size()] >> bit(word.back())) & 1u) != 0;
  }

  // No word of the set is longer, however long.
  std::size_t longest() const { return longest_; }

 private:
  // Any byte to one of 32 bits, letters case-blind; a filter only needs the same bit each time.
  static unsigned bit(char c) { return static_cast<unsigned>(static_cast<unsigned char>(c) | 0x20) & 31u; }

  std::array<std::uint32_t, kMaxLength + 1> first_{};
  std::array<std::uint32_t, kMaxLength + 1> last_{};
  std::size_t longest_ = 0;
};

// The words a relative date starts with, besides numbers before "ago": the day words ("today")
// and these modifiers ("last week").
constexpr std::string_view kModifiers[] = {"last", "this", "next", "previous", "coming"};

WordLetters relative_opener_letters(const text::DateWords& words) {
  WordLetters letters;
  for (const auto& [word, offset] : words.days) letters.add(word);
  for (std::string_view word : kModifiers) letters.add(word);
  return letters;
}

// Month and weekday names are capitalised and short: most words need no lookup.
bool could_be_name(std::string_view word) { return word.size() <= WordLetters::kMaxLength && word[0] >= 'A' && word[0] <= 'Z'; }

WordLetters name_letters(const text::DateWords& words) {
  WordLetters letters;
  for (const auto& [name, month] : words.months) letters.add(name);
  for (const auto& [name, weekday] : words.weekdays) letters.add(name);
  return letters;
}

// Every word that may open a date in may_hold_date, or be "ago", without the period of an
// abbreviation ("Sept." as "Sept"): a word of letters that misses it opens no date, with or
// without a period after it, so most words of a sentence need only this one test. It holds the
// first and last letters of each length together, and names (months, weekdays) only under a
// capital first letter, as could_be_name asks: "the" and "and" are told apart from "Tue" and
// "Wed" here, not by look-ups.
class OpenerShapes {
 public:
  explicit OpenerShapes(const text::DateWords& words) {
    for (const auto& [name, month] : words.months) add(name, false);
    for (const auto& [name, weekday] : words.weekdays) add(name, false);
    for (const auto& [word, offset] : words.days) add(word, true);
    for (std::string_view word : kModifiers) add(word, true);
    add("ago", true);
  }

  // False when no word starting with `first` opens a date (about half the words of a sentence):
  // asked before the word's end is known.
  bool may_start(char first) const { return starts(first_bytes_, first); }
  // The same asked of the set itself, for a loop over many words that holds it in a register.
  std::uint64_t start_bytes() const { return first_bytes_; }
  static bool starts(std::uint64_t start_bytes, char first) { return ((start_bytes >> slot(first)) & 1u) != 0; }

  // False when the word of letters (not empty), by its first and last and its size, surely
  // opens no date; true when it may.
  bool may_be_letters(char first, char last, std::size_t size) const {
    return size <= WordLetters::kMaxLength && ((shapes_[slot(first)][size] >> letter(last)) & 1u) != 0;
  }

  // The next test for a word may_be_letters let through: its second and last letters together
  // (the first again for a word of one letter). The first and last alone let the commonest
  // capitalised word through, "The" as "Tue" (and as "Thu" by its second letter): together they
  // tell it apart before word_opens_date looks it up. `size` is at most WordLetters::kMaxLength.
  bool may_be_pair(char first, char second, char last, std::size_t size) const {
    return ((pairs_[slot(first)][size] >> pair_bit(second, last)) & 1u) != 0;
  }

 private:
  // By first byte as it stands (a capital and its lower case apart), then length: the last
  // letters, one bit each. Names fill the capital's slot only; relative words both. First byte
  // outermost: a document's words touch the rows of the twenty-odd bytes that start a date word
  // (a cache line or so each), not every line of the table as by length they did.
  using Shapes = std::array<std::array<std::uint32_t, WordLetters::kMaxLength + 1>, 64>;
  // The same rows, the second and last letters hashed together to one of 64 bits.
  using Pairs = std::array<std::array<std::uint64_t, WordLetters::kMaxLength + 1>, 64>;

  // A letter's slot keeps its case: 'A'..'Z' are 1..26, 'a'..'z' 33..58; any byte fits.
  static unsigned slot(char c) { return static_cast<unsigned>(static_cast<unsigned char>(c)) & 63u; }
  // Letters case-blind to one of 32; any other byte lands somewhere, which only widens the test.
  static unsigned letter(char c) { return static_cast<unsigned>(static_cast<unsigned char>(c) | 0x20) & 31u; }
  static unsigned pair_bit(char second, char last) { return (letter(second) * 5 + letter(last)) & 63u; }

  void add(std::string_view word, bool any_case) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.empty() || word.size() > WordLetters::kMaxLength) return;
    const std::uint32_t last = 1u << letter(word.back());
    const std::uint64_t pair = std::uint64_t{1} << pair_bit(word[word.size() > 1 ? 1 : 0], word.back());
    const char lower = lower_ascii(word.front());
    const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
    shapes_[slot(upper)][word.size()] |= last;
    pairs_[slot(upper)][word.size()] |= pair;
    first_bytes_ |= std::uint64_t{1} << slot(upper);
    if (any_case) {
      shapes_[slot(lower)][word.size()] |= last;
      pairs_[slot(lower)][word.size()] |= pair;
      first_bytes_ |= std::uint64_t{1} << slot(lower);
    }
  }

  Shapes shapes_{};
  Pairs pairs_{};
  std::uint64_t first_bytes_ = 0;  // bit slot(c): some word of the set starts with c
};

// What a name of the calendar is: a month's (1..12), a weekday's (0 Monday .. 6 Sunday), or none.
struct CalendarName {
  int month = 0;
  int weekday = -1;
};

// Months and weekdays in one table: a word that may be either is looked up once, and a
// document's words touch one table's lines, not two.
text::WordMap<CalendarName> calendar_names(const text::DateWords& words) {
  text::WordMap<CalendarName> names;
  for (const auto& [name, month] : words.months) names[name].month = month;
  for (const auto& [name, weekday] : words.weekdays) names[name].weekday = weekday;
  return names;
}

// The date words and their filters, made once and reached by one call: the screen, the
// tokeniser and the abbreviation test ask for them on every sentence or word they read.
struct DateLexicon {
  const text::DateWords& words;
  text::WordMap<CalendarName> names_of;  // months and weekdays
  WordLetters names;    // months and weekdays
  WordLetters openers;  // relative words
  OpenerShapes shapes;
};

[[gnu::always_inline]] inline const DateLexicon& date_lexicon() {
  static const DateLexicon lexicon = [] {
    const text::DateWords& words = text::text_data().dates;
    return DateLexicon{words, calendar_names(words), name_letters(words), relative_opener_letters(words), OpenerShapes(words)};
  }();
  return lexicon;
}

// A number of at most six digits.
int digits_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Where the letters from `i` on end. Sixteen bytes at a time in a compiler vector (SSE2, NEON)
// where the text has them: the tokens of every sentence with a date are read this way.
[[gnu::always_inline]] inline std::size_t letters_end(std::string_view s, std::size_t i) {
  auto not_letters = [](const char* at) {
    const ByteBlock folded = load_block(at) | 0x20;  // case-blind; no other byte lands on a letter
    return lane_bits((folded - 'a') >= 26);          // outside 'a'..'z', as one unsigned comparison
  };
  for (; i + 16 <= s.size(); i += 16) {
    if (const std::uint32_t lanes = not_letters(s.data() + i); lanes != 0) return i + static_cast<std::size_t>(std::countr_zero(lanes));
  }
  if (i >= s.size()) return s.size();
  if (s.size() >= 16) {  // the last words of a sentence: the sixteen bytes that end it, those before i left out
    const std::size_t block = s.size() - 16;
    const std::uint32_t lanes = not_letters(s.data() + block) >> (i - block);
    return lanes != 0 ? i + static_cast<std::size_t>(std::countr_zero(lanes)) : s.size();
  }
  while (i < s.size() && is_letter(s[i])) ++i;
  return i;
}

// The letters s[i, j) and the period at j: past the period when the two make a known abbreviation.
// Out of line, so that word_end, asked of every word, stays small.
[[gnu::noinline]] std::size_t abbreviation_end(std::string_view s, std::size_t i, std::size_t j) {
  const std::string_view with_period = s.substr(i, j + 1 - i);
  const DateLexicon& lexicon = date_lexicon();
  const WordLetters& names = lexicon.names;
  if (with_period.size() > names.longest()) return j;  // most often the last word of a sentence
  if ((with_period.size() > WordLetters::kMaxLength || names.may_be(with_period)) && lexicon.names_of.count(with_period)) {
    return j + 1;
  }
  return j;
}

// Where the word starting at `i` (a letter) ends: its letters, and a period after them when the
// two make a known abbreviation ("Sept." is one token).
[[gnu::always_inline]] inline std::size_t word_end(std::string_view s, std::size_t i) {
  const std::size_t j = letters_end(s, i);
  return j < s.size() && s[j] == '.' ? abbreviation_end(s, i, j) : j;
}

// Is `text` `lower_word` in any case? Asked of most tokens: compared in place, no lowered copy.
bool equals_lower(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (lower_ascii(text[i]) != lower_word[i]) return false;
  }
  return true;
}

// The tokens of `s` from `from` on into `tokens`, cleared first: the caller keeps one vector for
// every sentence. `from` is 0 or a byte after a space (a token starts there); offsets stay those
// of `s`.
void tokenise(std::string_view s, std::size_t from, std::vector<Token>& tokens) {
  const DateLexicon& lexicon = date_lexicon();
  const auto& names_of = lexicon.names_of;
  const WordLetters& names = lexicon.names;
  const WordLetters& openers = lexicon.openers;
  const std::uint64_t start_bytes = lexicon.shapes.start_bytes();  // in a register, past the tokens' stores
  tokens.clear();
  tokens.reserve((s.size() - from) / 5 + 4);  // about one token per five bytes of English
  std::size_t i = from;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ') {
      ++i;
    } else if (is_letter(c)) {
      const std::size_t j = word_end(s, i);
      Token& token = tokens.emplace_back();
      token.kind = TokenKind::word;
      token.begin = i;
      token.end = j;
      token.text = std::string_view(s.data() + i, j - i);  // in range: no substr check
      // Most words start with a byte no month, weekday or relative word starts with: then none
      // of the tests below can pass.
      if (OpenerShapes::starts(start_bytes, c)) {
        if (could_be_name(token.text) && names.may_be(token.text)) {
          if (auto name = names_of.find(token.text); name != names_of.end()) {
            token.month = name->second.month;
            token.weekday = name->second.weekday;
          }
        }
        token.may_open_relative = openers.may_be(token.text);
        token.ago = equals_lower(token.text, "ago");  // 'a' and 'A' start openers: "ago" is one
        token.may_start = token.month != 0 || token.weekday >= 0 || token.may_open_relative;
        // "two weeks ago": the word two tokens back may start one.
        if (token.ago && tokens.size() >= 3 && tokens[tokens.size() - 3].kind == TokenKind::word) {
          tokens[tokens.size() - 3].may_start = true;
        }
      }
      i = j;
    } else if (is_digit(c)) {
      std::size_t j = i;
      while (j < s.size() && is_digit(s[j])) ++j;
      const std::size_t digits = j - i;
      // 2024-05-08 or 2024-05
      if (digits == 4 && j + 2 < s.size() && s[j] == '-' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
          (j + 3 == s.size() || !is_digit(s[j + 3]))) {
        std::size_t k = j + 3;
        if (k + 2 < s.size() && s[k] == '-' && is_digit(s[k + 1]) && is_digit(s[k + 2]) &&
            (k + 3 == s.size() || !is_digit(s[k + 3]))) {
          k += 3;
        }
        const CalendarDate parsed = parse_iso_date(s.substr(i, k - i));
        if (parsed.month != 0) {
          tokens.push_back({TokenKind::iso, i, k, s.substr(i, k - i)});
          tokens.back().may_start = true;
          i = k;
          continue;
        }
      }
      Token token{TokenKind::number, i, j, s.substr(i, j - i)};
      token.may_start = true;
      token.digits = static_cast<int>(digits);
      token.value = digits <= 6 ? digits_value(s.substr(i, digits)) : -1;
      if (j + 1 < s.size() && is_letter(s[j]) && is_letter(s[j + 1]) && (j + 2 == s.size() || !is_letter(s[j + 2]))) {
        const std::string_view suffix = s.substr(j, 2);
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
          token.ordinal = true;
          j += 2;
          token.end = j;
          token.text = s.substr(i, j - i);
        }
      }
      // "1990s", "1990's"
      if (digits == 4 && !token.ordinal && token.value % 10 == 0) {
        std::size_t k = j;
        if (k < s.size() && s[k] == '\'') ++k;
        if (k < s.size() && s[k] == 's' && (k + 1 == s.size() || !is_letter(s[k + 1]))) {
          token.decade = true;
          j = k + 1;
          token.end = j;
          token.text = s.substr(i, j - i);
        }
      }
      tokens.push_back(token);
      i = j;
    } else if (c == ',') {
      tokens.push_back({TokenKind::comma, i, i + 1, s.substr(i, 1)});
      ++i;
    } else if (c == '-') {
      tokens.push_back({TokenKind::hyphen, i, i + 1, s.substr(i, 1)});
      ++i;
    } else {
      std::size_t j = i + 1;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;  // a whole UTF-8 character
      tokens.push_back({TokenKind::other, i, j, s.substr(i, j - i)});
      i = j;
    }
  }
}

std::string lower(std::string_view s) { return lower_ascii(std::string(s)); }

// A short word in lower case, held in place: for look-ups of every token without a string.
class ShortLowerWord {
 public:
  static constexpr std::size_t kMax = 15;
  explicit ShortLowerWord(std::string_view text) : size_(text.size() < kMax ? text.size() : kMax) {
    lower_ascii(text.data(), size_, bytes_);
  }
  std::string_view view() const { return {bytes_, size_}; }

 private:
  char bytes_[kMax] = {};
  std::size_t size_;
};

// Whether the word s[begin, end), of letters, opens a date, once the screen's shape test let it
// through (about one word in twenty). Out of line: the loop over every word stays small.
[[gnu::noinline]] bool word_opens_date(std::string_view s, std::size_t begin, std::size_t end) {
  const DateLexicon& lexicon = date_lexicon();
  const auto& words = lexicon.words;
  const WordLetters& names = lexicon.names;
  const WordLetters& openers = lexicon.openers;
  if (end < s.size() && s[end] == '.') end = abbreviation_end(s, begin, end);  // "Sept."
  const std::string_view word = s.substr(begin, end - begin);
  if (could_be_name(word) && names.may_be(word) && lexicon.names_of.count(word)) return true;
  if (equals_lower(word, "ago")) return true;  // "two weeks ago": the number word comes before
  if (!openers.may_be(word)) return false;
  const ShortLowerWord lowered(word);
  const std::string_view w = lowered.view();
  if (words.days.count(w)) return true;
  if (w != "last" && w != "this" && w != "next" && w != "previous" && w != "coming") return false;
  // A modifier opens a date only before a word for a span of time: "last night", "next week".
  std::size_t k = end;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k == s.size() || !is_letter(s[k])) return false;
  const std::string_view unit = s.substr(k, word_end(s, k) - k);
  if (unit.size() >= ShortLowerWord::kMax) return true;  // not lowered whole below: no shortcut
  const ShortLowerWord lowered_unit(unit);
  const std::string_view u = lowered_unit.view();
  return u == "night" || u == "week" || u == "month" || u == "year" || u == "weekend" || words.parts_of_today.count(u);
}

// Where the first date of `s` may open (npos: none can), so that most sentences (no digit, no
// month or weekday, no relative word) are never tokenised, and the others only from there on.
// It asks of each word what may_start_date and match_relative_word ask of its token; the first
// digit opens too.
// Inlined in find_dates, its one caller on the way (may_hold_date has the other copy): it runs
// on every sentence, most of which it ends with, and a call's entry and exit cost as much as a
// short sentence's words.
[[gnu::always_inline]] inline std::size_t first_date_opener(std::string_view s) {
  const DateLexicon& lexicon = date_lexicon();
  const OpenerShapes& screen = lexicon.shapes;
  // This pass reads every byte of nearly every sentence (up to its first digit): sixty-four at
  // a time, four blocks of sixteen in a compiler vector (SSE2, NEON), into one bit a byte for
  // the ASCII letters; words are then found from bit to bit.
  // Bit k % 64 of word k / 64: s[k] is a letter. On the stack for a sentence of up to a
  // kilobyte (nearly all), else in a buffer kept from one long sentence to the next.
  constexpr std::size_t kWordsOnStack = 16;
  std::uint64_t on_stack[kWordsOnStack];
  const std::size_t n = s.size();
  const std::size_t word_count = n / 64 + 1;
  std::uint64_t* letters = on_stack;
  if (word_count > kWordsOnStack) {
    thread_local std::vector<std::uint64_t> on_heap;  // declared here: its guard is not asked of every sentence
    on_heap.resize(word_count);
    letters = on_heap.data();
  }
  // Each word of bits is written whole below, but for the last when the sentence ends on a
  // word's edge: no bit there, and a word running to the end stops at its first.
  letters[word_count - 1] = 0;
  std::size_t first_digit = n;  // n: no digit
  // Ranges as one unsigned comparison after a subtraction (bytes below the range wrap round
  // past it): one comparison a block instead of two.
  auto digit_lanes = [](const ByteBlock& block) { return (block - '0') < 10; };
  auto letter_lanes = [](const ByteBlock& block) {
    const ByteBlock folded = block | 0x20;  // case-blind; no other byte lands on a letter
    return lane_bits((folded - 'a') < 26);
  };
  // The letters of the sixty-four bytes at `at` as bits, up to the first digit among them
  // (then returned as its byte, else 64).
  auto read_chunk = [&](const char* at, std::uint64_t& letter_bits) -> unsigned {
    const ByteBlock b0 = load_block(at), b1 = load_block(at + 16), b2 = load_block(at + 32), b3 = load_block(at + 48);
    letter_bits = std::uint64_t{letter_lanes(b0)} | std::uint64_t{letter_lanes(b1)} << 16 |
                  std::uint64_t{letter_lanes(b2)} << 32 | std::uint64_t{letter_lanes(b3)} << 48;
    if (!any_lane(digit_lanes(b0) | digit_lanes(b1) | digit_lanes(b2) | digit_lanes(b3))) return 64;
    // Any digit opens (numbers and ISO dates start many patterns): only the words before it
    // are read, for one that opens sooner.
    const std::uint64_t digit_bits = std::uint64_t{lane_bits(digit_lanes(b0))} | std::uint64_t{lane_bits(digit_lanes(b1))} << 16 |
                                     std::uint64_t{lane_bits(digit_lanes(b2))} << 32 | std::uint64_t{lane_bits(digit_lanes(b3))} << 48;
    const auto digit = static_cast<unsigned>(std::countr_zero(digit_bits));
    letter_bits &= (std::uint64_t{1} << digit) - 1;
    return digit;
  };
  std::size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    const unsigned digit = read_chunk(s.data() + i, letters[i / 64]);
    if (digit < 64) {
      first_digit = i + digit;
      break;
    }
  }
  if (first_digit == n && i < n) {
    // The last bytes: the sixty-four that end the sentence, those read already shifted out; in
    // a sentence shorter than that, a copy padded with zeros (neither letters nor digits).
    std::uint64_t bits;
    unsigned digit;
    if (n >= 64) {
      const auto read_before = static_cast<unsigned>(i + 64 - n);
      std::uint64_t all_bits;
      digit = read_chunk(s.data() + n - 64, all_bits);
      // A digit among the bytes read already was seen there: the first here is at or past i.
      bits = all_bits >> read_before;
      digit = digit < 64 ? digit - read_before : 64;
    } else {
      char padded[64] = {};
      std::memcpy(padded, s.data(), n);
      digit = read_chunk(padded, bits);
    }
    letters[i / 64] = bits;
    if (digit < 64) first_digit = i + digit;
  }
  // Words from their starts (a letter after a non-letter); each ends at the first clear bit
  // after its start, which is there: the bit past the last byte, or at the first digit, is clear.
  std::uint64_t carry = 0;  // the last bit of the word before
  const std::size_t words_read = std::min(word_count, first_digit / 64 + 1);
  const std::uint64_t start_bytes = screen.start_bytes();
  for (std::size_t w = 0; w < words_read; ++w) {
    const std::uint64_t bits = letters[w];
    std::uint64_t starts = bits & ~((bits << 1) | carry);
    carry = bits >> 63;
    for (; starts != 0; starts &= starts - 1) {
      const auto start = static_cast<std::size_t>(std::countr_zero(starts));
      const std::size_t begin = w * 64 + start;
      const char first = s[begin];
      if (!OpenerShapes::starts(start_bytes, first)) continue;
      const std::uint64_t after = ~bits >> start;  // bit 0 clear: s[begin] is a letter
      std::size_t end;
      if (after != 0) {
        end = begin + static_cast<std::size_t>(std::countr_zero(after));
      } else {  // the word runs into the next 64 bytes
        std::size_t v = w + 1;
        while (letters[v] == ~std::uint64_t{0}) ++v;
        end = v * 64 + static_cast<std::size_t>(std::countr_zero(~letters[v]));
      }
      const std::size_t size = end - begin;
      const char last = s[end - 1];
      if (screen.may_be_letters(first, last, size) && screen.may_be_pair(first, s[begin + (size > 1 ? 1 : 0)], last, size) &&
          word_opens_date(s, begin, end)) {
        return begin;
      }
    }
  }
  return first_digit < n ? first_digit : std::string_view::npos;
}

}  // namespace

bool may_hold_date(std::string_view s) { return first_date_opener(s) != std::string_view::npos; }

namespace {

// Where tokens may be read from so that matching finds what it would over the whole of `s`,
// for a first opener at `opener`: patterns look back at most two tokens from their start ("last
// May", "mid-March", "$2023"), and none starts before the opener but "two weeks ago" (two tokens
// before its opener, "ago"; it looks back at nothing). So: the start of the third run of
// non-spaces back, the opener's own and two whole ones (each one token at least; a token starts
// after a space), or the start of `s`.
// Where the run of non-spaces that ends at `k` starts: after the last space before `k`, or 0.
// Sixteen bytes back at a time in a compiler vector: byte by byte, a branch a byte, the three
// runs cost as much as a short sentence's tokens.
std::size_t run_start(std::string_view s, std::size_t k) {
  for (; k >= 16; k -= 16) {
    if (const std::uint32_t spaces = lane_bits(load_block(s.data() + k - 16) == ' '); spaces != 0) {
      return k - 16 + static_cast<std::size_t>(std::bit_width(spaces));  // past the last space
    }
  }
  while (k > 0 && s[k - 1] != ' ') --k;
  return k;
}

std::size_t tokens_from(std::string_view s, std::size_t opener) {
  constexpr int kRunsBack = 3;
  std::size_t k = opener;
  for (int run = 0;; ++run) {
    k = run_start(s, k);
    if (run + 1 == kRunsBack || k == 0) return k;
    while (k > 0 && s[k - 1] == ' ') --k;
  }
}

// --- patterns ---

class Matcher {
 public:
  // `tokens` is a buffer for the tokens of `text`, reused from one text to the next.
  // Tokens from `from` on (see tokens_from).
  Matcher(std::string_view text, const CalendarDate& document_date, std::vector<Token>& tokens, std::size_t from = 0)
      : text_(text), tokens_(tokens), words_(date_lexicon().words), document_(document_date) {
    tokenise(text, from, tokens_);
  }

  std::vector<FoundDate> run() {
    std::vector<FoundDate> found;
    run(found);
    return found;
  }

  // The dates into `found`, after what it holds.
  void run(std::vector<FoundDate>& found) {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (!may_start_date(i)) {
        ++i;
        continue;
      }
      std::size_t next = i;
      // Matched into the vector's next element, dropped again when no pattern matches.
      if (match_at(i, next, found.emplace_back())) {
        i = next;
      } else {
        found.pop_back();
        ++i;
      }
    }
  }

 private:
  const Token* at(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }

  // False for a token no pattern of match_at starts with: punctuation, and words that are no
  // month, weekday or relative word ("two" only before "ago"). Most tokens stop here.
  bool may_start_date(std::size_t i) const { return tokens_[i].may_start; }

  bool is_word(std::size_t i, std::string_view lower_word) const {
    const Token* t = at(i);
    return t && t->kind == TokenKind::word && equals_lower(t->text, lower_word);
  }

  // Token i is "ago" (as tokenise marked it).
  bool is_ago(std::size_t i) const { return i < tokens_.size() && tokens_[i].ago; }

  int month_at(std::size_t i) const { return i < tokens_.size() ? tokens_[i].month : 0; }
  int weekday_at(std::size_t i) const { return i < tokens_.size() ? tokens_[i].weekday : -1; }

  static bool is_day(const Token* t) { return t && t->kind == TokenKind::number && t->digits <= 2 && t->value >= 1 && t->value <= 31; }
  static bool is_year(const Token* t) {
    return t && t->kind == TokenKind::number && !t->ordinal && t->digits == 4 && t->value >= 1000 && t->value <= 2999;
  }

  // "last", "next", "this" before a token: -1, +1, 0; nullopt when there is none.
  std::optional<int> modifier_before(std::size_t i) const {
    if (i == 0) return std::nullopt;
    const Token& t = tokens_[i - 1];
    if (t.kind != TokenKind::word) return std::nullopt;
    const std::string w = lower(t.text);
    if (w == "last" || w == "previous") return -1;
    if (w == "next" || w == "coming") return 1;
    if (w == "this") return 0;
    return std::nullopt;
  }

  // Fills `date` (every field) and returns true: the patterns end with `return make(...)`.
  // Written in place, not returned in an optional: each of the twenty-odd return sites moved
  // a FoundDate and its string, code that each document fetched again.
  bool make(std::size_t first, std::size_t last, std::string iso, bool relative, bool has_day, FoundDate& date) const {
    date.begin = tokens_[first].begin;
    date.end = tokens_[last].end;
    date.iso = std::move(iso);
    date.relative = relative;
    date.has_day = has_day;
    return true;
  }
  // The same for a date of the calendar, written as to_iso has it ("" for year 0).
  bool make(std::size_t first, std::size_t last, const CalendarDate& iso_date, bool relative, bool has_day, FoundDate& date) const {
    date.begin = tokens_[first].begin;
    date.end = tokens_[last].end;
    assign_iso(iso_date, date.iso);
    date.relative = relative;
    date.has_day = has_day;
    return true;
  }

  // Whether the sentence speaks of the future; asked only for a bare month or weekday.
  bool future() const {
    if (!future_known_) {
      const std::string lowered = " " + lower(text_) + " ";
      for (const auto& cue : words_.future_cues) future_ = future_ || lowered.find(cue) != std::string::npos;
      future_known_ = true;
    }
    return future_;
  }

  bool knows_day() const { return document_.day != 0; }
  long document_days() const { return days_from_civil(document_.year, document_.month, document_.day); }

  // A month and day without a year: the document's year.
  CalendarDate month_day(int month, int day) const {
    if (document_.year == 0) return {};
    return {document_.year, month, day};
  }

  // A month without a year, "in November": the last one before the document's month, unless
  // the sentence speaks of the future.
  CalendarDate bare_month(int month, std::optional<int> modifier) const {
    if (document_.year == 0 || document_.month == 0) return {};
    int year = document_.year;
    const int direction = modifier ? *modifier : (future() ? 1 : -1);
    if (direction < 0 && month > document_.month) year -= 1;
    if (direction < 0 && modifier && month == document_.month) year -= 1;
    if (direction > 0 && month < document_.month) year += 1;
    if (direction > 0 && modifier && month == document_.month) year += 1;
    return {year, month, 0};
  }

  CalendarDate weekday(int day_of_week, std::optional<int> modifier) const {
    if (!knows_day()) return {};
    const long today = document_days();
    const int today_weekday = weekday_of(today);
    const int direction = modifier ? *modifier : (future() ? 1 : -1);
    long days = today;
    if (modifier && *modifier == 0) {
      days = today - today_weekday + day_of_week;  // this week's
    } else if (direction < 0) {
      int back = (today_weekday - day_of_week + 7) % 7;
      if (back == 0 && modifier) back = 7;
      days = today - back;
    } else {
      int ahead = (day_of_week - today_weekday + 7) % 7;
      if (ahead == 0 && modifier) ahead = 7;
      days = today + ahead;
    }
    return civil_from_days(days);
  }

  bool match_at(std::size_t i, std::size_t& next, FoundDate& date) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::iso) {
      next = i + 1;
      const CalendarDate d = parse_iso_date(t.text);
      return make(i, i, d, false, d.day != 0, date);
    }

    // A weekday before a full date belongs to it: "Monday, May 6, 2024".
    if (weekday_at(i) >= 0) {
      std::size_t j = i + 1;
      if (at(j) && at(j)->kind == TokenKind::comma) ++j;
      if (month_at(j) || is_day(at(j))) {
        std::size_t after = j;
        if (match_at(j, after, date) && date.has_day) {
          next = after;
          date.begin = t.begin;
          return true;
        }
      }
    }

    if (const int month = month_at(i)) return match_month_first(i, month, next, date);
    if (is_day(&t) && (month_at(i + 1) || (is_word(i + 1, "of") && month_at(i + 2)))) {
      const std::size_t m = month_at(i + 1) ? i + 1 : i + 2;
      const int month = month_at(m);
      if (is_year(at(m + 1))) {
        next = m + 2;
        return make(i, m + 1, CalendarDate{at(m + 1)->value, month, t.value}, false, true, date);
      }
      next = m + 1;
      return make(i, m, month_day(month, t.value), true, true, date);
    }
    if (const int day_of_week = weekday_at(i); day_of_week >= 0) {
      const auto modifier = modifier_before(i);
      next = i + 1;
      return make(modifier ? i - 1 : i, i, weekday(day_of_week, modifier), true, true, date);
    }
    if (t.kind == TokenKind::word) return match_relative_word(i, next, date);
    if (t.kind == TokenKind::number) return match_number(i, next, date);
    return false;
  }

  bool match_month_first(std::size_t i, int month, std::size_t& next, FoundDate& date) {
    const Token* after = at(i + 1);
    // Month Day[,] Year / Month Day / Month Day-Day, Year (the first day stands for the range)
    if (is_day(after) && !(at(i + 2) && at(i + 2)->kind == TokenKind::other && at(i + 2)->text == ":")) {
      std::size_t y = i + 2;
      if (at(y) && at(y)->kind == TokenKind::hyphen && is_day(at(y + 1))) y += 2;
      const std::size_t last_day = y - 1;
      if (at(y) && at(y)->kind == TokenKind::comma) ++y;
      if (is_year(at(y))) {
        next = y + 1;
        return make(i, y, CalendarDate{at(y)->value, month, after->value}, false, true, date);
      }
      next = last_day + 1;
      return make(i, last_day, month_day(month, after->value), true, true, date);
    }
    // Month Year / Month of Year / Month[,] Year
    std::size_t y = i + 1;
    if (is_word(y, "of") || (at(y) && at(y)->kind == TokenKind::comma)) ++y;
    if (is_year(at(y))) {
      next = y + 1;
      return make(i, y, CalendarDate{at(y)->value, month, 0}, false, false, date);
    }
    // Month of last/this/next year
    if (is_word(i + 1, "of") && is_word(i + 3, "year")) {
      if (const auto modifier = modifier_before(i + 3)) {
        next = i + 4;
        const CalendarDate named = document_.year ? CalendarDate{document_.year + *modifier, month, 0} : CalendarDate{};
        return make(i, i + 3, named, true, false, date);
      }
    }
    // A bare month needs a word before it that makes it a date: "in November", "mid-March".
    std::size_t context = i;
    if (context >= 1 && tokens_[context - 1].kind == TokenKind::hyphen) --context;
    if (context == 0 || tokens_[context - 1].kind != TokenKind::word ||
        !words_.month_context.count(lower(tokens_[context - 1].text))) {
      return false;
    }
    const auto modifier = modifier_before(i);
    next = i + 1;
    return make(modifier ? i - 1 : i, i, bare_month(month, modifier), true, false, date);
  }

  bool match_relative_word(std::size_t i, std::size_t& next, FoundDate& date) {
    if (tokens_[i].text.size() > WordLetters::kMaxLength) return false;  // longer than any relative word
    // A number word opens a date only before "ago": "two weeks ago".
    if (!tokens_[i].may_open_relative && !is_ago(i + 2)) return false;
    const ShortLowerWord lowered(tokens_[i].text);
    const std::string_view w = lowered.view();
    if (auto found = words_.days.find(w); found != words_.days.end()) {
      next = i + 1;
      return make(i, i, knows_day() ? civil_from_days(document_days() + found->second) : CalendarDate{}, true, true, date);
    }
    // "two weeks ago"
    // ("ago" first: it is a comparison, and rarely there; the number is a look-up.)
    if (auto number = is_ago(i + 2) ? words_.numbers.find(w) : words_.numbers.end();
        number != words_.numbers.end() && number->second > 0) {
      if (const Token* unit = at(i + 1); unit && unit->kind == TokenKind::word) {
        if (auto iso = ago(number->second, lower(unit->text))) {
          next = i + 3;
          return make(i, i + 2, std::move(*iso), true, false, date);
        }
      }
    }
    // Every pattern below starts with one of these words: most words stop here.
    // (kModifiers.)
    if (w != "last" && w != "this" && w != "next" && w != "previous" && w != "coming") return false;
    if (w == "last" && is_word(i + 1, "night")) {
      next = i + 2;
      return make(i, i + 1, knows_day() ? civil_from_days(document_days() - 1) : CalendarDate{}, true, true, date);
    }
    const Token* unit = at(i + 1);
    if (!unit || unit->kind != TokenKind::word) return false;
    // Lowered in place, no string: a word of ShortLowerWord::kMax bytes or more is cut there,
    // and then matches none of the short unit words below.
    const ShortLowerWord lowered_unit(unit->text);
    const std::string_view u = lowered_unit.view();
    if (w == "this" && words_.parts_of_today.count(u)) {
      next = i + 2;
      return make(i, i + 1, knows_day() ? civil_from_days(document_days()) : CalendarDate{}, true, true, date);
    }
    int direction = 0;
    if (w == "last" || w == "previous") direction = -1;
    else if (w == "next" || w == "coming") direction = 1;
    else if (w != "this") return false;
    if (u == "week") {
      next = i + 2;
      return make(i, i + 1, knows_day() ? iso_week(document_days() + 7 * direction) : "", true, false, date);
    }
    if (u == "month") {
      next = i + 2;
      return make(i, i + 1, document_.month ? add_months(document_, direction) : CalendarDate{}, true, false, date);
    }
    if (u == "year") {
      next = i + 2;
      return make(i, i + 1, document_.year ? CalendarDate{document_.year + direction, 0, 0} : CalendarDate{}, true, false, date);
    }
    if (u == "weekend" && knows_day()) {
      next = i + 2;
      const long today = document_days();
      const long saturday = today - weekday_of(today) + 5 + 7 * direction;
      return make(i, i + 1, civil_from_days(saturday), true, true, date);
    }
    return false;
  }

  bool match_number(std::size_t i, std::size_t& next, FoundDate& date) {
    const Token& t = tokens_[i];
    // "two weeks ago", "3 days ago"
    if (const Token* unit = at(i + 1); unit && unit->kind == TokenKind::word && is_ago(i + 2) && t.value > 0 &&
                                       t.digits <= 2) {
      if (auto iso = ago(t.value, lower(unit->text))) {
        next = i + 3;
        return make(i, i + 2, std::move(*iso), true, false, date);
      }
    }
    if (!is_year(&t) || t.value < 1900 || t.value > 2100) return false;
    if (i > 0) {
      const Token& before = tokens_[i - 1];
      if (before.kind == TokenKind::word && words_.not_years_after.count(before.text)) return false;
      if (before.kind == TokenKind::other && (before.text == "$" || before.text == "#")) return false;
      // "1,2000" and "10-2000" are numbers; "mid-2023" is a year.
      const bool after_number = i >= 2 && tokens_[i - 2].kind == TokenKind::number;
      if ((before.kind == TokenKind::hyphen || before.kind == TokenKind::comma) && after_number) return false;
    }
    if (const Token* after = at(i + 1); after && after->kind == TokenKind::other && after->text == "%") return false;
    next = i + 1;
    if (t.decade) return make(i, i, std::to_string(t.value / 10), false, false, date);  // ISO 8601 decade: "199"
    return make(i, i, CalendarDate{t.value, 0, 0}, false, false, date);
  }

  std::optional<std::string> ago(int count, const std::string& unit) const {
    const bool plural = unit.size() > 1 && unit.back() == 's';
    const std::string base = plural ? unit.substr(0, unit.size() - 1) : unit;
    if (base == "day") return knows_day() ? to_iso(civil_from_days(document_days() - count)) : "";
    if (base == "week") return knows_day() ? iso_week(document_days() - 7 * count) : "";
    if (base == "month") return document_.month ? to_iso(add_months(document_, -count)) : "";
    if (base == "year") return document_.year ? to_iso({document_.year - count, 0, 0}) : "";
    return std::nullopt;
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  const text::DateWords& words_;
  CalendarDate document_;
  mutable bool future_ = false;
  mutable bool future_known_ = false;
};

}  // namespace

CalendarDate parse_iso_date(std::string_view s) {
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t k = at; k < at + length; ++k) {
      if (k >= s.size() || !is_digit(s[k])) return -1;
      value = value * 10 + (s[k] - '0');
    }
    return value;
  };
  CalendarDate date;
  const int year = number(0, 4);
  if (year < 0 || (s.size() > 4 && is_digit(s[4]))) return {};
  date.year = year;
  if (s.size() >= 7 && s[4] == '-') {
    const int month = number(5, 2);
    if (month < 1 || month > 12 || (s.size() > 7 && is_digit(s[7]))) return {year, 0, 0};
    date.month = month;
    if (s.size() >= 10 && s[7] == '-') {
      const int day = number(8, 2);
      if (day >= 1 && day <= days_in_month(year, month) && (s.size() == 10 || !is_digit(s[10]))) date.day = day;
    }
  }
  return date;
}

namespace {

// to_iso into `out`, replacing what it held: a date found is written straight into its
// FoundDate, no string returned and moved at each pattern's return.
// The dates of assign_iso beyond four-digit years and two-digit months and days, which the text
// never names: as printf has it. Out of line and cold: its three printf calls sat inside every
// date's writing.
[[gnu::cold, gnu::noinline]] void assign_iso_by_printf(const CalendarDate& date, bool with_month, bool with_day, std::string& out) {
  char buffer[48];
  if (!with_month) {
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  } else if (!with_day) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  out.assign(buffer);
}

void assign_iso(const CalendarDate& date, std::string& out) {
  if (date.year == 0) {
    out.clear();
    return;
  }
  const bool with_month = date.month != 0;
  const bool with_day = with_month && date.month <= 12 && date.day > 0 && date.day <= days_in_month(date.year, date.month);
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 || date.day > 99) [[unlikely]] {
    assign_iso_by_printf(date, with_month, with_day, out);
    return;
  }
  // Digits by hand: snprintf cost about 1 600 instructions a date, and every date found is
  // written at least once.
  char digits[10] = {static_cast<char>('0' + date.year / 1000), static_cast<char>('0' + date.year / 100 % 10),
                     static_cast<char>('0' + date.year / 10 % 10), static_cast<char>('0' + date.year % 10),
                     '-', static_cast<char>('0' + date.month / 10), static_cast<char>('0' + date.month % 10),
                     '-', static_cast<char>('0' + date.day / 10), static_cast<char>('0' + date.day % 10)};
  out.assign(digits, with_day ? 10 : with_month ? 7 : 4);
}

}  // namespace

std::string to_iso(const CalendarDate& date) {
  std::string iso;
  assign_iso(date, iso);
  return iso;
}

namespace {

// A huge sentence (a file of one line) is searched in windows cut at spaces, so the tokens
// never take much memory; a date across a cut is the price.
constexpr std::size_t kWindow = 1 << 16;

std::vector<Token>& token_buffer() {
  thread_local std::vector<Token> tokens;  // reused from one sentence to the next
  return tokens;
}

// parse_iso_date of a document's date, kept while the same date comes again: the sentences of
// a document are searched one after the other with it.
const CalendarDate& document_calendar_date(std::string_view date) {
  thread_local std::string last;
  thread_local CalendarDate parsed;
  if (date != last) {
    last.assign(date);
    parsed = parse_iso_date(date);
  }
  return parsed;
}

}  // namespace

std::vector<FoundDate> find_dates(std::string_view text, std::string_view document_date) {
  std::vector<FoundDate> found;
  find_dates(text, document_date, found);
  return found;
}

void find_dates(std::string_view text, std::string_view document_date, std::vector<FoundDate>& found) {
  found.clear();
  const std::size_t opener = first_date_opener(text);
  if (opener == std::string_view::npos) return;
  if (text.size() > kWindow) {
    found = match_dates(text, document_date);
    return;
  }
  Matcher(text, document_calendar_date(document_date), token_buffer(), tokens_from(text, opener)).run(found);
}

std::vector<FoundDate> match_dates(std::string_view text, std::string_view document_date) {
  std::vector<Token>& tokens = token_buffer();
  const CalendarDate document = parse_iso_date(document_date);
  if (text.size() <= kWindow) return Matcher(text, document, tokens).run();
  std::vector<FoundDate> found;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kWindow);
    if (end < text.size()) {
      const std::size_t space = text.rfind(' ', end);
      if (space != std::string_view::npos && space > start) end = space;
    }
    for (FoundDate date : Matcher(text.substr(start, end - start), document, tokens).run()) {
      date.begin += start;
      date.end += start;
      found.push_back(std::move(date));
    }
    start = end;
  }
  return found;
}

}  // namespace parley::segments
