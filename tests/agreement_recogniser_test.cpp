// Instruments by shape: capitalised names with a head word, numbered resolutions, and lowercase
// instruments with content modifiers.
#include <doctest/doctest.h>

#include "extraction_fixture.hpp"

using parley::testing::Fixture;
using parley::testing::labels;

TEST_CASE("agreements the knowledge base does not know") {
  const Fixture fixture;
  struct Case {
    const char* text;
    std::vector<std::string> labels;
    const char* kind;  // of the first
  };
  const std::vector<Case> cases = {
      {"Both signed the Harbour Security Declaration last year.", {"Harbour Security Declaration"}, "declaration"},
      {"They cited the 2021 Fisheries Protection Treaty.", {"Fisheries Protection Treaty"}, "treaty"},
      {"The Clean Rivers Act of Freedonia passed.", {"Clean Rivers Act of Freedonia"}, "law"},
      {"Resolution 9999 imposed an embargo.", {"UN Security Council Resolution 9999"}, "resolution"},
      {"Talks on a critical minerals agreement began.", {"critical minerals agreement"}, "deal"},
      {"They issued a joint statement after the talks.", {"joint statement"}, "statement"},
      {"They may reach a new agreement.", {}, ""},
      {"The agreement holds.", {}, ""},
      {"The Example Accord stands.", {"Example Accord"}, "deal"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto analysis = fixture.analyse(text);
    CHECK(labels(analysis, "agreement") == c.labels);
    if (!c.labels.empty()) {
      for (const auto& mention : analysis.mentions) {
        if (mention.type == "agreement") {
          CHECK(mention.kind == std::string(c.kind));
          break;
        }
      }
    }
  }
}
