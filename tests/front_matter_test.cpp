// Front matter: a leading `---` block of `key: value` lines; malformed blocks are reported and
// read as text.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "text/front_matter.hpp"

using parley::text::read_front_matter;

TEST_CASE("front matter: fields and where the body starts") {
  struct Case {
    std::string name;
    std::string text;
    std::map<std::string, std::string> fields;
    std::string body;
  };
  const std::vector<Case> cases = {
      {"plain", "---\ntitle: Talks in Lima\ndate: 2021-09-02\n---\nBody.\n",
       {{"title", "Talks in Lima"}, {"date", "2021-09-02"}}, "Body.\n"},
      {"quoted values", "---\ntitle: \"Call on\\_Trade \\\"now\\\"\"\ndate: '2020-01-31'\nsource: 'It''s here'\n---\nX",
       {{"title", "Call on\xC2\xA0Trade \"now\""}, {"date", "2020-01-31"}, {"source", "It's here"}}, "X"},
      {"CRLF", "---\r\ntitle: T\r\n---\r\nBody", {{"title", "T"}}, "Body"},
      {"keys lower-cased, comments skipped", "---\n# saved page\nTitle: T\nPublished_Time: 2021-09-02 08:15:00\n---\n",
       {{"title", "T"}, {"published_time", "2021-09-02 08:15:00"}}, ""},
      {"folded value", "---\ntitle: A long\n  title here\n---\nB", {{"title", "A long title here"}}, "B"},
      {"no front matter", "Just text.\n---\n", {}, "Just text.\n---\n"},
      // The opening fence may stand after spaces and tabs and before trailing blanks; anything
      // else first is text.
      {"indented fences", " \t---  \ntitle: T\n--- \nB", {{"title", "T"}}, "B"},
      {"a longer rule is no fence", "----\ntitle: T\n---\nB", {}, "----\ntitle: T\n---\nB"},
      {"a dash line with text", "--- Title\ntitle: T\n---\n", {}, "--- Title\ntitle: T\n---\n"},
      {"two dashes", "--\n", {}, "--\n"},
      {"blanks only", " \t", {}, " \t"},
      {"empty", "", {}, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto front = read_front_matter(c.text, "doc.txt");
    CHECK_FALSE(front.problem);
    CHECK(front.fields == c.fields);
    CHECK(c.text.substr(front.body_begin) == c.body);
  }
}

TEST_CASE("front matter: malformed blocks are reported and read as text") {
  struct Case {
    std::string name;
    std::string text;
    std::size_t line;
  };
  const std::vector<Case> cases = {
      {"no closing fence", "---\ntitle: T\nnote: the rest\n", 1},
      {"prose inside the block", "---\ntitle: T\nBody text goes on.\n", 3},
      {"line without a key", "---\ntitle: T\nthis is not a field\n---\n", 3},
      {"key with odd characters", "---\n<b>: x\n---\n", 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto front = read_front_matter(c.text, "doc.txt");
    REQUIRE(front.problem);
    CHECK(front.problem->file == "doc.txt");
    CHECK(front.problem->position.line == c.line);
    CHECK(front.fields.empty());
    CHECK(front.body_begin == 0);
  }
}
