// Slugs and node ids (rules in parley/ids.hpp).
#include "parley/ids.hpp"

#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace parley {
namespace {

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

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

}  // namespace

std::string slugify(std::string_view name) {
  const bool already_ascii = is_ascii(name);
  const std::string transliterated = already_ascii ? std::string() : to_ascii(name);
  const std::string_view ascii = already_ascii ? name : std::string_view(transliterated);
  std::string slug;
  slug.reserve(ascii.size());
  bool pending_dash = false;
  for (std::size_t i = 0; i < ascii.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(ascii[i]);
    if (is_ascii_alnum(c)) {
      if (pending_dash && !slug.empty()) slug += '-';
      pending_dash = false;
      slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    // Apostrophes and dots inside a word join it (O'Brien, U.S.); anything else separates words.
    const bool joiner = (c == '\'' || c == '.') && i > 0 && i + 1 < ascii.size() &&
                        is_ascii_alnum(static_cast<unsigned char>(ascii[i - 1])) &&
                        is_ascii_alnum(static_cast<unsigned char>(ascii[i + 1]));
    if (!joiner) pending_dash = true;
  }
  return slug;
}

std::string make_node_id(std::string_view type, std::string_view name) {
  std::string id(type);
  id += ':';
  id += slugify(name);
  return id;
}

}  // namespace parley
