// Unit tests of slugs and node ids (the id rules of SCHEMA.md are a contract between versions).
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "parley/ids.hpp"

TEST_CASE("slugify follows the id rules") {
  struct Case {
    const char* name;
    const char* slug;
  };
  const Case cases[] = {
      {"Antony J. Blinken", "antony-j-blinken"},
      {"U.S.", "us"},
      {"U.S.-UK Strategic Dialogue", "us-uk-strategic-dialogue"},
      {"O'Brien", "obrien"},
      {"Côte d'Ivoire", "cote-divoire"},
      {"Communiqués", "communiques"},
      {"Wang Yi", "wang-yi"},
      {"  --Hello,  World!-- ", "hello-world"},
      {"Resolution 2231 (2015)", "resolution-2231-2015"},
      {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(parley::slugify(c.name) == c.slug);
  }
}

TEST_CASE("slugify reads long words sixteen bytes at a time as it reads short ones") {
  struct Case {
    const char* name;
    const char* slug;
  };
  const Case cases[] = {
      // Words longer than a block, and a word ending at each side of one.
      {"SUPERCALIFRAGILISTICEXPIALIDOCIOUS and Antidisestablishmentarianism",
       "supercalifragilisticexpialidocious-and-antidisestablishmentarianism"},
      {"ABCDEFGHIJKLMNOP QRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz",
       "abcdefghijklmnop-qrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"},
      {"ABCDEFGHIJKLMNO PQRSTUVWXYZ", "abcdefghijklmno-pqrstuvwxyz"},
      // The bytes right beside the letters and digits separate words, inside a block too.
      {"ABCDEFGHIJKLMNO@PQRSTUVWXYZ[abc`def{ghi/jkl:mno", "abcdefghijklmno-pqrstuvwxyz-abc-def-ghi-jkl-mno"},
      // Joiners and separators after a long word; a non-ASCII letter after a long word.
      {"Trans-Pacific Partnership's O'Briens U.S.-led", "trans-pacific-partnerships-obriens-us-led"},
      {"Commissionerspokespersons Zürich", "commissionerspokespersons-zurich"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(parley::slugify(c.name) == c.slug);
  }
}

TEST_CASE("names in other scripts become plain ASCII words") {
  for (const char* name : {"Зеленський", "习近平", "Ελλάδα"}) {
    CAPTURE(name);
    const std::string slug = parley::slugify(name);
    CHECK(!slug.empty());
    for (char ch : slug) CHECK(((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'));
  }
}

TEST_CASE("node ids are the type, a colon and the slug") {
  CHECK(parley::make_node_id("actor", "United States") == "actor:united-states");
  CHECK(parley::make_node_id("agreement", "Atlantic Declaration") == "agreement:atlantic-declaration");
  // A name that turns out not to be ASCII after some words: the slug starts again from its
  // transliteration, after the type.
  CHECK(parley::make_node_id("meeting", "Talks in Zürich on the Café de l'Europe") ==
        "meeting:talks-in-zurich-on-the-cafe-de-leurope");
}

namespace {

// What the id rules say a name becomes: ICU's "Any-Latin; Latin-ASCII" transliteration, then the
// ASCII slug rules. slugify folds accented Latin letters itself (no transliterator start-up);
// this is the reference it must match.
std::string slug_by_transliterator(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::Transliterator> transliterator(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  REQUIRE(transliterator);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
  transliterator->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  return parley::slugify(ascii);
}

std::string utf8_of(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("every letter of the Basic Multilingual Plane slugs as the transliterator says") {
  // Each letter alone, between lowercase letters and between capitals (the transliterator has
  // rules that look at neighbours), so that the folding of accented letters can never drift.
  std::size_t letters = 0;
  for (UChar32 c = 0x80; c <= 0xFFFF; ++c) {
    if (U_IS_SURROGATE(c) || !u_isalpha(c)) continue;
    ++letters;
    const std::string letter = utf8_of(c);
    for (const std::string& name : {letter, "ab" + letter + "cd", "AB" + letter + "CD", letter + letter}) {
      if (parley::slugify(name) != slug_by_transliterator(name)) {
        CAPTURE(c);
        CHECK(parley::slugify(name) == slug_by_transliterator(name));
      }
    }
  }
  CHECK(letters > 40000);
}

TEST_CASE("names of accented Latin letters slug as the transliterator says") {
  for (const char* name : {"José Manuel Albares Bueno", "Ursula von der Leyen", "Jürgen Schäfer", "Łukasz Żółć",
                           "Ana Brnabić", "Šefčovič", "Nguyễn Phú Trọng", "Þórdís Kolbrún", "Ærø Ørsted", "Straße",
                           "Ñandú Ça Élysée", "İstanbul"}) {
    CAPTURE(name);
    CHECK(parley::slugify(name) == slug_by_transliterator(name));
  }
}
