// Slugs and node ids (rules in parley/ids.hpp).
#include "parley/ids.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/byte_block.hpp"

namespace parley {
namespace {

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ICU transliterators are not thread-safe to share; one per thread, created on first use.
std::string to_ascii(std::string_view text) {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (transliterator) transliterator->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

// The ASCII letter an accented Latin letter folds to, or 0: a letter whose canonical
// decomposition is one ASCII letter and combining marks ("é" is "e" + U+0301).
char folded_latin_letter(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString parts;
  if (nfd == nullptr || !nfd->getDecomposition(c, parts) || parts.length() < 2) return 0;
  const char16_t base = parts.charAt(0);
  if (base >= 0x80 || !is_ascii_alnum(static_cast<unsigned char>(base)) || (base >= '0' && base <= '9')) return 0;
  for (int32_t i = 1; i < parts.length(); ++i) {
    if (u_charType(parts.charAt(i)) != U_NON_SPACING_MARK) return 0;
  }
  return static_cast<char>(base);
}

// Accented Latin letters, by far the most common non-ASCII in names, are folded here: ICU builds
// its whole transliterator registry on the first transliterator (about 150 M instructions, tens
// of milliseconds, per thread), which a run over ASCII and accented names never needs. The
// result is the transliterator's (ids_test checks every such letter); nothing for other text.
std::optional<std::string> fold_accented_latin(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    const char folded = c < 0 ? 0 : folded_latin_letter(c);
    if (folded == 0) return std::nullopt;
    out += folded;
  }
  return out;
}

std::string ascii_transliteration(std::string_view text) {
  if (auto folded = fold_accented_latin(text)) return *std::move(folded);
  return to_ascii(text);
}

// What each ASCII byte becomes in a slug: letters lowercased, digits as they are, and 0 for
// the bytes between words.
constexpr std::array<char, 256> kSlugBytes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') table[static_cast<std::size_t>(c)] = static_cast<char>(c);
    if (c >= 'a' && c <= 'z') table[static_cast<std::size_t>(c)] = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') table[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  }
  return table;
}();

// Appends the slug of `text` to `out` and returns true. With `ascii_only`, returns false, with
// `out` as it was, at the first byte that is not ASCII; without, such bytes separate words (a
// transliteration can leave some). Checking for ASCII on the way, rather than in a pass of its
// own, and copying each word in a loop of its own were a third of the cost of an id: the
// labels of meetings and commitments are long.
bool append_slug_bytes(std::string& out, std::string_view text, bool ascii_only) {
  // Written into room for the whole text, then cut: every byte out stands for a byte in (a
  // dash for a separator that wrote nothing).
  const std::size_t start = out.size();
  out.resize(start + text.size());
  char* const first = out.data() + start;
  char* next = first;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  bool pending_dash = false;
  for (std::size_t i = 0; i < size;) {
    if (char mapped = kSlugBytes[bytes[i]]) {
      if (pending_dash && next != first) *next++ = '-';
      pending_dash = false;
      // A word sixteen bytes at a time while sixteen are left: all sixteen are written lowered,
      // the pointer kept past the word's only. (Out is never ahead of in, so the sixteen fit.)
      while (size - i >= 16) {
        const ByteBlock block = load_block(text.data() + i);
        const auto upper = (block - 'A') < 26;  // lanes of all ones where true
        const auto word = upper | ((block - 'a') < 26) | ((block - '0') < 10);
        const ByteBlock lowered = block | __builtin_convertvector(upper & 0x20, ByteBlock);
        std::memcpy(next, &lowered, sizeof lowered);
        const std::size_t lane = first_lane(~word);
        next += lane;
        i += lane;
        if (lane < 16) break;
      }
      while (i < size && (mapped = kSlugBytes[bytes[i]]) != 0) {
        *next++ = mapped;
        ++i;
      }
      continue;
    }
    const unsigned char c = bytes[i];
    if (c >= 0x80 && ascii_only) {
      out.resize(start);
      return false;
    }
    // Apostrophes and dots inside a word join it (O'Brien, U.S.); anything else separates words.
    const bool joiner = (c == '\'' || c == '.') && i > 0 && i + 1 < size && is_ascii_alnum(bytes[i - 1]) &&
                        is_ascii_alnum(bytes[i + 1]);
    if (!joiner) pending_dash = true;
    ++i;
  }
  out.resize(start + static_cast<std::size_t>(next - first));
  return true;
}

// Appends the slug of `name` to `out`.
void append_slug(std::string& out, std::string_view name) {
  if (!append_slug_bytes(out, name, true)) append_slug_bytes(out, ascii_transliteration(name), false);
}

}  // namespace

std::string slugify(std::string_view name) {
  std::string slug;
  append_slug(slug, name);
  return slug;
}

std::string make_node_id(std::string_view type, std::string_view name) {
  std::string id;
  id.reserve(type.size() + 1 + name.size());
  id.append(type);
  id += ':';
  append_slug(id, name);
  return id;
}

}  // namespace parley
