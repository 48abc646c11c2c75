// Unit tests of slugs and node ids (the id rules of SCHEMA.md are a contract between versions).
#include <doctest/doctest.h>

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
}
