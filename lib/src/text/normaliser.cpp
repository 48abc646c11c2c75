// Normalisation with an exact offset map (see normaliser.hpp). One pass over the code points
// replaces look-alike characters; NFC, rarely needed, runs only when the result is not in NFC.
#include "text/normaliser.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include "core/byte_block.hpp"
#include "parley/error.hpp"

namespace parley::text {
namespace {

void add_point(BreakPoints& points, std::size_t normalised, std::size_t original) {
  if (!points.empty()) {
    auto& last = points.back();
    if (last.first == normalised) {  // what came between was deleted
      last.second = original;
      if (points.size() >= 2) {
        const auto& before = points[points.size() - 2];
        if (before.second + (last.first - before.first) == last.second) points.pop_back();
      }
      return;
    }
    if (last.second + (normalised - last.first) == original) return;  // on the line: no break
  }
  points.emplace_back(normalised, original);
}

std::size_t map_back(const BreakPoints& points, std::size_t normalised) {
  if (points.empty()) return normalised;
  auto after = std::upper_bound(points.begin(), points.end(), normalised,
                                [](std::size_t offset, const auto& point) { return offset < point.first; });
  if (after == points.begin()) return points.front().second;
  const auto& point = *(after - 1);
  return point.second + (normalised - point.first);
}

enum class Kind { keep, space, remove, replace };

constexpr UChar32 kFirstNotAlwaysNfc = 0x300;  // NFC_QC is Yes for every code point below

struct Mapping {
  Kind kind = Kind::keep;
  const char* replacement = nullptr;
};

// Look-alike characters; everything else is kept.
Mapping map_code_point(UChar32 c) {
  switch (c) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x0085: case 0x2028: case 0x2029:
      return {Kind::space};
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return {Kind::remove};
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return {Kind::replace, "'"};
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return {Kind::replace, "\""};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      return {Kind::replace, "-"};
    case 0x2026:
      return {Kind::replace, "..."};
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return {Kind::space};
  return {};
}

bool is_markdown_escapable(char c) {
  static constexpr std::string_view escapable = "\\`*_{}[]()#+-.!|<>~";
  return escapable.find(c) != std::string_view::npos;
}

class Builder {
 public:
  explicit Builder(std::size_t capacity) { result_.text.reserve(capacity); }

  void space(std::size_t original) {
    if (!pending_space_ && !result_.text.empty()) {
      pending_space_ = true;
      space_origin_ = original;
    }
  }

  void emit(std::string_view replacement, std::size_t original_begin, std::size_t original_end) {
    auto& out = result_.text;
    if (pending_space_) {
      add_point(result_.points, out.size(), space_origin_);
      out.push_back(' ');
      pending_space_ = false;
    }
    add_point(result_.points, out.size(), original_begin);
    out.append(replacement);
    last_end_ = original_end;
  }

  NormalisedText finish(std::size_t empty_origin) {
    if (result_.text.empty()) {
      result_.points.clear();
      result_.points.emplace_back(0, empty_origin);
    } else {
      add_point(result_.points, result_.text.size(), last_end_);
    }
    return std::move(result_);
  }

 private:
  NormalisedText result_;
  bool pending_space_ = false;
  std::size_t space_origin_ = 0;
  std::size_t last_end_ = 0;
};

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) throw Error(ErrorKind::internal, "", "ICU has no NFC normaliser");
  return *normalizer;
}

// Applies NFC and composes the offset maps: normalised -> before NFC -> original.
void apply_nfc(NormalisedText& text) {
  const icu::Normalizer2& normalizer = nfc();
  UErrorCode status = U_ZERO_ERROR;
  if (normalizer.isNormalizedUTF8(text.text, status) || U_FAILURE(status)) return;
  status = U_ZERO_ERROR;
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed, static_cast<int32_t>(text.text.size()));
  icu::Edits edits;
  normalizer.normalizeUTF8(0, text.text, sink, &edits, status);
  if (U_FAILURE(status)) return;  // keep the text un-normalised rather than lose it

  BreakPoints points;
  auto it = edits.getFineIterator();
  while (it.next(status)) {
    const auto source = static_cast<std::size_t>(it.sourceIndex());
    const auto destination = static_cast<std::size_t>(it.destinationIndex());
    add_point(points, destination, map_back(text.points, source));
    if (!it.hasChange()) {
      const auto source_end = source + static_cast<std::size_t>(it.oldLength());
      auto first_point = std::upper_bound(text.points.begin(), text.points.end(), source,
                                     [](std::size_t offset, const auto& point) { return offset < point.first; });
      for (auto p = first_point; p != text.points.end() && p->first < source_end; ++p) {
        add_point(points, destination + (p->first - source), p->second);
      }
    }
  }
  add_point(points, composed.size(), map_back(text.points, text.text.size()));
  text.text = std::move(composed);
  text.points = std::move(points);
}

}  // namespace

std::size_t NormalisedText::to_original(std::size_t normalised) const {
  // Most paragraphs map one to one from their start (a single point): no search.
  if (points.size() == 1 && points.front().first == 0) return points.front().second + normalised;
  return map_back(points, normalised);
}

OffsetMap NormalisedText::slice(std::size_t begin, std::size_t end) const {
  OffsetMap map;
  // Text mapped one to one from its start (most paragraphs): one point, which the general way
  // below also comes to, after two searches.
  if (points.size() == 1 && points.front().first == 0) {
    map.add(0, points.front().second + begin);
    return map;
  }
  map.add(0, to_original(begin));
  auto first = std::upper_bound(points.begin(), points.end(), begin,
                                [](std::size_t offset, const auto& point) { return offset < point.first; });
  for (auto p = first; p != points.end() && p->first < end; ++p) map.add(p->first - begin, p->second);
  map.add(end - begin, to_original(end));
  return map;
}

void join_normalised_lines(std::string_view original, std::size_t base, NormalisedText& joined) {
  joined.text.assign(original);
  for (std::size_t at = joined.text.find('\n'); at != std::string::npos; at = joined.text.find('\n', at + 1)) {
    joined.text[at] = ' ';
  }
  joined.points.assign(1, {0, base});
  joined.printable_ascii = true;
}

NormalisedText join_normalised_lines(std::string_view original, std::size_t base) {
  NormalisedText joined;
  join_normalised_lines(original, base, joined);
  return joined;
}

NormalisedText normalise(std::string_view original, std::size_t base) {
  // Nothing to change: the text itself, mapped one to one from `base`.
  if (is_normalised_ascii(original)) {
    NormalisedText same;
    same.text.assign(original);
    same.points.emplace_back(0, base);
    same.printable_ascii = true;
    return same;
  }
  // A hard-wrapped paragraph: lines of such text joined by single line breaks. Each break becomes
  // a space in its place, one byte for one, which is all the general path below would do.
  if (original.find('\n') != std::string_view::npos) {
    NormalisedText joined = join_normalised_lines(original, base);
    if (is_normalised_ascii(joined.text)) return joined;
  }
  Builder builder(original.size());
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  const std::size_t n = original.size();
  // NFC can change text only where it keeps a code point from U+0300 on (combining marks and
  // what they compose with start there: below it every character is its own NFC, whatever
  // stands around it). Text whose only other characters were quotes and dashes made ASCII, the
  // most common, is then not handed to ICU at all.
  bool may_need_nfc = false;
  std::size_t i = 0;
  while (i < n) {
    const uint8_t byte = s[i];
    if (byte < 0x80) {
      if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v') {
        builder.space(base + i);
        ++i;
      } else if (byte < 0x20 || byte == 0x7F) {
        ++i;  // other control characters carry nothing
      } else if (byte == '\\' && i + 1 < n && is_markdown_escapable(static_cast<char>(s[i + 1]))) {
        // The character stands for both bytes: a range starting here re-reads the escape.
        builder.emit(original.substr(i + 1, 1), base + i, base + i + 2);
        i += 2;
      } else {
        // A run of plain ASCII is copied in one piece, single spaces between words included:
        // such a space maps one to one, just as when it is emitted on its own.
        auto plain = [&](std::size_t k) { return s[k] > 0x20 && s[k] < 0x7F && s[k] != '\\'; };
        std::size_t j = i + 1;
        // Sixteen bytes at a time while a block and the byte after it are there: the run goes on
        // at a plain byte, or a space before one.
        for (bool in_run = true; in_run && j + 17 <= n; ) {
          auto plain_lanes = [](const ByteBlock& b) { return ((b - 0x21) < 0x5E) & (b != '\\'); };  // 0x21..0x7E
          const ByteBlock here = load_block(original.data() + j);
          const ByteBlock next = load_block(original.data() + j + 1);
          const std::size_t lane = first_lane(~(plain_lanes(here) | ((here == ' ') & plain_lanes(next))));
          in_run = lane == 16;
          j += lane;
        }
        while (j < n && (plain(j) || (s[j] == ' ' && j + 1 < n && plain(j + 1)))) ++j;
        builder.emit(original.substr(i, j - i), base + i, base + j);
        i = j;
      }
      continue;
    }
    UChar32 c;
    std::size_t next = i;
    {
      // Windows of at most 4 bytes keep the ICU macro's int32_t offsets small for any size.
      int32_t k = 0;
      const auto window = static_cast<int32_t>(std::min<std::size_t>(4, n - i));
      U8_NEXT(s + i, k, window, c);
      next = i + static_cast<std::size_t>(k);
    }
    const Mapping mapping = c < 0 ? Mapping{Kind::replace, "\xEF\xBF\xBD"} : map_code_point(c);
    may_need_nfc = may_need_nfc || c < 0 || (mapping.kind == Kind::keep && c >= kFirstNotAlwaysNfc);
    switch (mapping.kind) {
      case Kind::space: builder.space(base + i); break;
      case Kind::remove: break;
      case Kind::replace: builder.emit(mapping.replacement, base + i, base + next); break;
      case Kind::keep: builder.emit(original.substr(i, next - i), base + i, base + next); break;
    }
    i = next;
  }
  NormalisedText result = builder.finish(base);
  if (may_need_nfc) apply_nfc(result);
  return result;
}

namespace {

// The sum of a block's sixteen lanes (each a count up to 255): as pairs, then four 16-bit lanes
// of at most 1020 each, which one multiply sums into its top lane.
std::size_t lane_sum(const ByteBlock& counts) {
  constexpr std::uint64_t kEvenBytes = 0x00FF00FF00FF00FFull;
  std::uint64_t halves[2];
  std::memcpy(halves, &counts, sizeof halves);
  const std::uint64_t pairs = (halves[0] & kEvenBytes) + ((halves[0] >> 8) & kEvenBytes) + (halves[1] & kEvenBytes) +
                              ((halves[1] >> 8) & kEvenBytes);
  return static_cast<std::size_t>((pairs * 0x0001000100010001ull) >> 48);
}

// is_normalised_ascii, and with kCountWords its words as well (spaces and one: such text has no
// leading, trailing or double space): 0 when the text is not its own normalised form.
template <bool kCountWords>
std::size_t normalised_ascii_scan(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return 0;
  // Sixteen bytes at a time in a vector the compiler maps to the machine's (SSE2, NEON), as the
  // XML escaper does: this runs over every line and paragraph of every document. A space is
  // doubled where a byte and the one after it are both spaces, so each block is also read one
  // byte on. The last bytes are read as one more block too, never byte by byte: lines are short,
  // and a loop over their tails cost as much as the blocks.
  // Spaces are counted lane by lane, one subtraction a block (a lane of the comparison is all
  // ones, minus one), and the lanes summed when they could overflow and at the end.
  ByteBlock space_counts = {};
  std::size_t spaces = 0;
  // Whether the block at `here_at` is clean; its spaces in the lanes `counted` are counted. The
  // lanes that pass every test are gathered into sixteen bits by one instruction (SSE2's
  // movemask) and compared at once; printable ASCII is two signed comparisons (the bytes from
  // 0x80 up are negative), where an unsigned one after a subtraction took four instructions.
  using SignedBlock = signed char __attribute__((vector_size(16)));
  auto clean = [&](const char* here_at, const auto& counted) {  // [&]: the counts are unused without kCountWords
    const ByteBlock here = load_block(here_at);
    const ByteBlock next = load_block(here_at + 1);
    const SignedBlock bytes = std::bit_cast<SignedBlock>(here);
    const auto space = here == ' ';
    constexpr signed char kFirstPrintable = ' ', kLastPrintable = '~';
    const auto bad = (bytes < kFirstPrintable) | (bytes > kLastPrintable) | (here == '\\') | (space & (next == ' '));
    if (lane_bits(bad) != 0) return false;
    if constexpr (kCountWords) space_counts -= std::bit_cast<ByteBlock>(space & counted);
    return true;
  };
  constexpr ByteBlock kLane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  const auto all_lanes = kLane >= 0;
  const auto* s = text.data();
  const std::size_t n = text.size();
  if (n < 17) {
    // Padded with a letter: printable, and no space to double one at the end (which is none).
    char padded[17];
    std::memset(padded, 'a', sizeof padded);
    std::memcpy(padded, s, n);
    return clean(padded, all_lanes) ? lane_sum(space_counts) + 1 : 0;
  }
  // Blocks start below n - 16 (each reads one byte past its sixteen), in runs of at most 255
  // blocks, after which a lane may hold 255: the counts are summed between runs, and the loop
  // over a run tests one bound, not a count of blocks as well.
  constexpr std::size_t kRunBytes = 255 * 16;
  const std::size_t blocks_end = n - 16;
  std::size_t i = 0;
  while (true) {
    const std::size_t run_end = std::min(blocks_end, i + kRunBytes);
    for (; i < run_end; i += 16) {
      if (!clean(s + i, all_lanes)) return 0;
    }
    if (i >= blocks_end) break;
    if constexpr (kCountWords) {
      spaces += lane_sum(space_counts);
      space_counts = ByteBlock{};
    }
  }
  // The block ending one byte short of the end (it may read some bytes again: their spaces are
  // counted already), then the last byte, which is no space.
  const char last = s[n - 1];
  const auto read_again = static_cast<unsigned char>(i - (n - 17));
  return clean(s + n - 17, kLane >= read_again) && last > ' ' && last <= '~' && last != '\\' ? spaces + lane_sum(space_counts) + 1 : 0;
}

}  // namespace

bool is_normalised_ascii(std::string_view text) { return normalised_ascii_scan<false>(text) != 0; }

std::size_t normalised_ascii_words(std::string_view text) { return normalised_ascii_scan<true>(text); }

std::string normalise_string(std::string_view original) {
  // Most strings (speaker labels above all) need nothing: then no offset map is built.
  if (is_normalised_ascii(original)) return std::string(original);
  return normalise(original).text;
}

}  // namespace parley::text
