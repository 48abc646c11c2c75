// Tests of the knowledge-base loader: the format of data/kb/README.md, its errors (with line and
// column), how later files merge into earlier ones, and the facts shipped in data/kb.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "entities/knowledge_base_data.hpp"
#include "parley/error.hpp"
#include "parley/knowledge_base.hpp"

namespace fs = std::filesystem;
using parley::Error;
using parley::KnowledgeBase;

namespace {

// A scratch directory removed when the test ends.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("parley-kb-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

const char* const kBase = R"({"entries": [
  {"id": "actor:freedonia", "kind": "state", "label": "Freedonia", "country": "FRE", "names": ["FR"], "source": "test"},
  {"id": "actor:sylvania", "kind": "state", "label": "Sylvania", "country": "SYL", "source": "test"}
]})";

}  // namespace

TEST_CASE("knowledge-base files with a problem are refused with the file, line and column") {
  struct Case {
    const char* name;
    const char* json;
    std::size_t line;
    std::size_t column;  // 0: not checked
    const char* message;
  };
  const Case cases[] = {
      {"syntax: a trailing comma", "{\"entries\": [\n  {\"id\": \"actor:a\",}\n]}", 2, 20, "invalid JSON"},
      {"syntax: an unterminated string", "{\"entries\": [\n\n  {\"id\": \"actor:a}\n]}", 3, 0, "invalid JSON"},
      {"syntax: text after the document", "{}\n{}", 2, 1, "root must not be followed"},
      {"syntax: invalid UTF-8", "{\"entries\": [{\"id\": \"actor:\xff\"}]}", 1, 0, "invalid JSON"},
      {"the top level is not an object", "[\n]", 1, 1, "top level must be an object"},
      {"an unknown top-level field", "{\n \"entrys\": []}", 2, 2, "unknown field 'entrys'"},
      {"an entry without an id", "{\"entries\": [\n {\"kind\": \"state\", \"label\": \"X\"}]}", 2, 2, "no 'id'"},
      {"an id without a type", "{\"entries\": [\n {\"id\": \"atlantis\", \"kind\": \"state\", \"label\": \"X\"}]}", 2, 9,
       "no type prefix"},
      {"an id with capitals and spaces", "{\"entries\": [\n {\"id\": \"actor:New Place\", \"kind\": \"state\", \"label\": \"X\"}]}",
       2, 9, "form of parley/ids.hpp"},
      {"an id of an unknown type", "{\"entries\": [\n {\"id\": \"place:x\", \"kind\": \"state\", \"label\": \"X\"}]}", 2, 9,
       "type 'place'"},
      {"a type that contradicts the id", "{\"entries\": [\n {\"id\": \"actor:x\", \"type\": \"agreement\", \"kind\": \"treaty\", \"label\": \"X\"}]}",
       2, 0, "does not match"},
      {"a new entry without a label", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\"}]}", 2, 2, "no 'label'"},
      {"a new entry without a kind", "{\"entries\": [\n {\"id\": \"actor:x\", \"label\": \"X\"}]}", 2, 2, "no 'kind'"},
      {"an unknown kind", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"planet\", \"label\": \"X\"}]}", 2, 0,
       "unknown kind 'planet'"},
      {"an agreement kind on an actor", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"treaty\", \"label\": \"X\"}]}", 2, 0,
       "unknown kind 'treaty'"},
      {"a month that does not exist", "{\"entries\": [\n {\"id\": \"agreement:x\", \"kind\": \"treaty\", \"label\": \"X\",\n  \"date\": \"2023-13-01\"}]}",
       3, 11, "not an ISO 8601 date"},
      {"a day that does not exist", "{\"entries\": [\n {\"id\": \"agreement:x\", \"kind\": \"treaty\", \"label\": \"X\", \"date\": \"2023-02-29\"}]}",
       2, 0, "not an ISO 8601 date"},
      {"a role that ends before it starts",
       "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"person\", \"label\": \"X\", \"roles\": [\n  {\"title\": \"Envoy\", \"from\": \"2020-05\", \"to\": \"2019\"}]}]}",
       3, 0, "ends (2019) before it starts"},
      {"a role without a title", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"person\", \"label\": \"X\", \"roles\": [\n  {\"from\": \"2020\"}]}]}",
       3, 3, "no 'title'"},
      {"a two-letter country", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\", \"country\": \"XX\"}]}", 2, 0,
       "alpha-3"},
      {"names that are not a list", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\", \"names\": \"Ex\"}]}", 2, 0,
       "must be an array of strings"},
      {"an unknown entry field", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\",\n  \"alias\": [\"Ex\"]}]}", 3, 3,
       "unknown field 'alias'"},
      {"a field given twice", "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\", \"label\": \"Y\"}]}", 2, 0,
       "given twice"},
      {"member_of naming an unknown id",
       "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\",\n  \"member_of\": [\"actor:freedonia\", \"actor:nowhere\"]}]}",
       3, 36, "unknown id 'actor:nowhere'"},
      {"a role body naming an unknown id",
       "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"person\", \"label\": \"X\", \"roles\": [\n  {\"title\": \"Envoy\", \"body\": \"actor:ministry-x\"}]}]}",
       3, 0, "unknown id 'actor:ministry-x'"},
      {"distinct_from naming the entry itself", "{\"entries\": [\n {\"id\": \"actor:freedonia\", \"distinct_from\": [\"actor:freedonia\"]}]}",
       2, 0, "names the entry itself"},
      {"the same id twice in one file",
       "{\"entries\": [\n {\"id\": \"actor:x\", \"kind\": \"state\", \"label\": \"X\"},\n {\"id\": \"actor:x\", \"names\": [\"Ex\"]}]}", 3, 2,
       "duplicate id 'actor:x' (first at line 2)"},
      {"columns count characters, not bytes",
       "{\"entries\": [\n {\"id\": \"actor:x\", \"label\": \"Ürdün\", \"kind\": \"nation\"}]}", 2, 46, "unknown kind 'nation'"},
      {"a byte-order mark is not a column", "\xEF\xBB\xBF{\"entrys\": []}", 1, 2, "unknown field 'entrys'"},
      {"an entry that is not an object", "{\"entries\": [\n  \"actor:x\"]}", 2, 3, "each entry must be an object"},
      {"nesting too deep for a knowledge-base file", "{\"comment\":\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
       2, 64, "nested deeper than 64 levels"},
      {"a lexicon list that is not a list", "{\"lexicon\": {\n \"hedges\": \"may\"}}", 2, 12, "lexicon list 'hedges'"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.name));
    TempDir dir;
    KnowledgeBase kb;
    kb.add_file(dir.write("base.json", kBase));
    const fs::path file = dir.write("user.json", c.json);
    try {
      kb.add_file(file);
      FAIL("accepted: " << c.name);
    } catch (const Error& error) {
      CHECK(error.kind() == parley::ErrorKind::input);
      CHECK(error.file() == file.string());
      CHECK(error.position().line == c.line);
      if (c.column != 0) CHECK(error.position().column == c.column);
      CHECK_MESSAGE(error.message().find(c.message) != std::string::npos, error.what());
    }
    CHECK(kb.size() == 2);  // a refused file changes nothing
  }
}

TEST_CASE("later files add names to an entity, override its scalar fields and declare entities distinct") {
  TempDir dir;
  KnowledgeBase kb;
  kb.add_file(dir.write("a.json", kBase));
  kb.add_file(dir.write("b.json", R"({"entries": [
    {"id": "actor:freedonia", "label": "Grand Duchy of Freedonia", "names": ["Fredonia", "FR"], "demonyms": ["Freedonian"]},
    {"id": "actor:sylvania", "distinct_from": ["actor:freedonia"], "metonyms": ["Sylvan City"]},
    {"id": "actor:freedonia-ministry-of-trade", "kind": "organization", "label": "Ministry of Trade",
     "country": "FRE", "member_of": ["actor:freedonia"], "source": "test"},
    {"id": "actor:rufus-firefly", "kind": "person", "label": "Rufus T. Firefly", "names": ["Firefly"],
     "roles": [{"title": "Minister of Trade", "body": "actor:freedonia-ministry-of-trade", "country": "FRE", "from": "2021-03-01"}]}
  ]})"));
  const auto& data = kb.data();

  struct Expectation {
    const char* id;
    const char* label;
    std::vector<std::string> names;  // each must be among the entry's names
  };
  const Expectation expectations[] = {
      {"actor:freedonia", "Grand Duchy of Freedonia", {"FR", "Fredonia", "Freedonia"}},
      {"actor:sylvania", "Sylvania", {}},
      {"actor:rufus-firefly", "Rufus T. Firefly", {"Firefly"}},
  };
  for (const auto& e : expectations) {
    CAPTURE(e.id);
    const parley::KbEntry* entry = data.find(e.id);
    REQUIRE(entry != nullptr);
    CHECK(entry->label == e.label);
    for (const auto& name : e.names) CHECK_MESSAGE(contains(entry->names, name), name);
  }
  const parley::KbEntry* freedonia = data.find("actor:freedonia");
  CHECK(std::count(freedonia->names.begin(), freedonia->names.end(), "FR") == 1);
  CHECK(freedonia->country == "FRE");  // kept: the later file did not give it
  CHECK(contains(freedonia->demonyms, "Freedonian"));
  CHECK(contains(freedonia->distinct_from, "actor:sylvania"));  // distinctness is symmetric
  CHECK(data.distinct.count({"actor:freedonia", "actor:sylvania"}) == 1);
  CHECK(data.find("actor:rufus-firefly")->roles.at(0).body == "actor:freedonia-ministry-of-trade");
  CHECK(data.find("actor:rufus-firefly")->roles.at(0).to.empty());
  CHECK(data.find("actor:freedonia")->file == (dir.path() / "a.json").string());

  // Entries stay sorted by id, and by_id indexes them.
  CHECK(std::is_sorted(data.entries.begin(), data.entries.end(),
                       [](const auto& a, const auto& b) { return a.id < b.id; }));
  for (std::size_t i = 0; i < data.entries.size(); ++i) CHECK(data.by_id.at(data.entries[i].id) == i);
}

TEST_CASE("state_of gives a country's first state in id order, loaded or indexed from entries set by hand") {
  TempDir dir;
  KnowledgeBase kb;
  kb.add_file(dir.write("a.json", kBase));
  kb.add_file(dir.write("b.json", R"({"entries": [
    {"id": "actor:freedonia-ministry-of-trade", "kind": "organization", "label": "Ministry of Trade", "country": "FRE", "source": "test"},
    {"id": "actor:east-sylvania", "kind": "state", "label": "East Sylvania", "country": "SYL", "source": "test"},
    {"id": "actor:nowhere", "kind": "state", "label": "Nowhere", "source": "test"}
  ]})"));
  parley::KnowledgeBaseData by_hand;
  by_hand.entries = kb.data().entries;
  by_hand.index_entries();
  CHECK(by_hand.by_id == kb.data().by_id);
  CHECK(by_hand.member_of_links == kb.data().member_of_links);
  struct Case {
    const char* country;
    const char* state;  // id, or null for none
  };
  const Case cases[] = {
      {"FRE", "actor:freedonia"},       // not the ministry of the same country
      {"SYL", "actor:east-sylvania"},   // the first of two in id order
      {"XYZ", nullptr},
      {"", nullptr},                    // a state without a country is no country's
  };
  for (const parley::KnowledgeBaseData* data : {&kb.data(), &static_cast<const parley::KnowledgeBaseData&>(by_hand)}) {
    for (const auto& c : cases) {
      CAPTURE(c.country);
      const parley::KbEntry* state = data->state_of(c.country);
      if (!c.state) {
        CHECK(state == nullptr);
        continue;
      }
      REQUIRE(state != nullptr);
      CHECK(state->id == c.state);
    }
  }
}

TEST_CASE("member_of_links give each entry's member_of as entry indices, in order") {
  parley::KnowledgeBaseData data;
  data.entries.resize(4);
  data.entries[0].id = "actor:a";
  data.entries[0].member_of = {"actor:c", "actor:b"};
  data.entries[1].id = "actor:b";
  data.entries[2].id = "actor:c";
  data.entries[2].member_of = {"actor:unknown", "actor:a"};  // set by hand: an id of no entry
  data.entries[3].id = "actor:d";
  data.entries[3].member_of = {"actor:b"};
  data.index_entries();
  constexpr std::uint32_t kNot = parley::KbLinks::kNotAnEntry;
  const std::vector<std::vector<std::uint32_t>> expected = {{2, 1}, {}, {kNot, 0}, {1}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    const auto links = data.member_of_links.of(i);
    CHECK(std::vector<std::uint32_t>(links.begin(), links.end()) == expected[i]);
  }
  CHECK(data.member_of_links.of(4).empty());  // no such entry

  // Indexing again starts afresh.
  data.entries.pop_back();
  data.index_entries();
  CHECK(data.member_of_links.of(3).empty());
  CHECK(data.member_of_links.of(0).size() == 2);
}

TEST_CASE("entries carry their line, the file's source and the lexicon merges across files") {
  TempDir dir;
  KnowledgeBase kb;
  kb.add_file(dir.write("a.json", "{\"source\": \"test atlas\",\n \"entries\": [\n\n  {\"id\": \"agreement:treaty-of-x\", \"kind\": \"treaty\", \"label\": \"Treaty of X\", \"date\": \"1999-07\"}],\n \"lexicon\": {\"hedges\": [\"may\", \"might\"]}}"));
  kb.add_file(dir.write("b.json", R"({"source": "user notes", "entries": [{"id": "agreement:treaty-of-x", "names": ["ToX"]}],
                                      "lexicon": {"hedges": ["could", "may"], "commitment_verbs": ["pledge"]}})"));
  const auto& data = kb.data();
  const parley::KbEntry* treaty = data.find("agreement:treaty-of-x");
  REQUIRE(treaty != nullptr);
  CHECK(treaty->line == 4);
  CHECK(treaty->type == "agreement");
  CHECK(treaty->source == "test atlas");  // a later file's default source does not replace it
  CHECK(contains(treaty->names, "ToX"));
  CHECK(treaty->date == "1999-07");
  CHECK(data.words("hedges") == std::vector<std::string>{"may", "might", "could"});
  CHECK(data.words("commitment_verbs") == std::vector<std::string>{"pledge"});
  CHECK(data.words("no such list").empty());
}

TEST_CASE("check_file counts a file's entries and builtin honours PARLEY_DATA_DIR") {
  TempDir dir;
  dir.write("kb/a.json", R"({"entries": [{"id": "actor:x", "kind": "state", "label": "X", "member_of": ["actor:y"]}]})");
  dir.write("kb/b.json", R"({"entries": [{"id": "actor:y", "kind": "organization", "label": "Y"},
                                         {"id": "actor:x", "names": ["Ex"]}]})");
  dir.write("kb/notes.txt", "not a knowledge-base file");
  const char* previous = std::getenv("PARLEY_DATA_DIR");
  const std::string saved = previous ? previous : "";
  ::setenv("PARLEY_DATA_DIR", dir.path().c_str(), 1);
  // References across files of the builtin set resolve after all of them load.
  const KnowledgeBase kb = KnowledgeBase::builtin();
  CHECK(kb.size() == 2);
  CHECK(contains(kb.data().find("actor:x")->names, "Ex"));
  const fs::path user = dir.write("user.json", R"({"entries": [{"id": "actor:z", "kind": "group", "label": "Z", "distinct_from": ["actor:x"]}]})");
  CHECK(KnowledgeBase::check_file(user) == 1);
  if (previous) {
    ::setenv("PARLEY_DATA_DIR", saved.c_str(), 1);
  } else {
    ::unsetenv("PARLEY_DATA_DIR");
  }
}

TEST_CASE("the shipped knowledge base loads and knows general facts") {
  const KnowledgeBase kb = KnowledgeBase::builtin();
  const auto& data = kb.data();
  std::size_t states = 0;
  for (const auto& entry : data.entries) {
    CAPTURE(entry.id);
    CHECK(!entry.source.empty());
    CHECK(!entry.label.empty());
    if (entry.kind == "state") {
      ++states;
      CHECK(entry.country.size() == 3);
    }
  }
  CHECK(states >= 190);

  struct Fact {
    const char* id;
    const char* list;  // names, demonyms, metonyms or member_of
    const char* value;
  };
  const Fact facts[] = {
      {"actor:united-states", "names", "U.S."},
      {"actor:united-states", "names", "America"},
      {"actor:united-states", "demonyms", "American"},
      {"actor:united-states", "metonyms", "Washington"},
      {"actor:united-kingdom", "names", "Britain"},
      {"actor:china", "names", "PRC"},
      {"actor:north-korea", "names", "DPRK"},
      {"actor:south-korea", "names", "ROK"},
      {"actor:russia", "metonyms", "Moscow"},
      {"actor:ukraine", "metonyms", "Kyiv"},
      {"actor:france", "member_of", "actor:nato"},
      {"actor:japan", "member_of", "actor:g7"},
      {"actor:un-security-council", "member_of", "actor:united-nations"},
      {"actor:european-union", "metonyms", "Brussels"},
      {"actor:office-of-foreign-assets-control", "member_of", "actor:us-department-of-the-treasury"},
      {"agreement:joint-comprehensive-plan-of-action", "names", "JCPOA"},
      {"agreement:joint-comprehensive-plan-of-action", "parties", "actor:iran"},
      {"actor:hezbollah", "names", "Hizballah"},
  };
  for (const Fact& fact : facts) {
    CAPTURE(std::string(fact.id));
    CAPTURE(std::string(fact.value));
    const parley::KbEntry* entry = data.find(fact.id);
    REQUIRE(entry != nullptr);
    const std::string list = fact.list;
    const auto& values = list == "names"      ? entry->names
                         : list == "demonyms"   ? entry->demonyms
                         : list == "metonyms"   ? entry->metonyms
                         : list == "parties"    ? entry->parties
                                                : entry->member_of;
    CHECK(contains(values, fact.value));
  }
  CHECK(data.find("actor:united-states")->country == "USA");
  CHECK(data.find("actor:united-kingdom")->country == "GBR");
  CHECK(data.find("actor:hezbollah")->kind == "group");
  CHECK(data.find("agreement:un-security-council-resolution-2231")->kind == "resolution");

  // A title resolves against the document's date: who was Secretary of State on 2016-06-01.
  std::vector<std::string> secretaries;
  for (const auto& entry : data.entries) {
    for (const auto& role : entry.roles) {
      if (role.title == "Secretary of State" && role.country == "USA" && role.from <= "2016-06-01" &&
          (role.to.empty() || role.to > "2016-06-01")) {
        secretaries.push_back(entry.id);
      }
    }
  }
  CHECK(secretaries == std::vector<std::string>{"actor:john-f-kerry"});
}
