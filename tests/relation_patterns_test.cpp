// Relation patterns on invented sentences: each case runs the real reader and extractor over a
// short invented briefing (real states and bodies, invented people and meetings) and checks
// that an edge of the expected type joins the nodes whose labels hold the given words, or, for
// the negative cases, that no such edge is drawn.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "entities/entity_resolver.hpp"
#include "entities/extraction_state.hpp"
#include "parley/document_reader.hpp"
#include "parley/extractor.hpp"
#include "parley/knowledge_base.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/tokens.hpp"
#include "relations/edge_sink.hpp"
#include "relations/entity_ids.hpp"
#include "relations/relation_context.hpp"
#include "relations/sentence_index.hpp"

using parley::EdgeData;
using parley::Graph;
using parley::NodeData;

namespace {

const parley::Extractor& extractor() {
  static const parley::KnowledgeBase kb = parley::KnowledgeBase::builtin();
  static const parley::Extractor instance(kb);
  return instance;
}

// A one-line text goes under a title line, as briefings come, so that it is body text.
Graph extract(const std::string& text) {
  const std::string document = text.find('\n') == std::string::npos ? "Invented Readout\n\n" + text + "\n" : text;
  return extractor().extract(parley::read_document_bytes(document, "invented.txt"));
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

bool names(const NodeData& node, const std::string& words) {
  return lower(node.label).find(lower(words)) != std::string::npos;
}

const EdgeData* find_edge(const Graph& graph, const std::string& type, const std::string& source,
                          const std::string& target) {
  for (const auto& edge : graph.sorted_edges()) {
    if (edge.data().type != type) continue;
    if (names(edge.source(), source) && names(edge.target(), target)) return &edge.data();
    if (parley::is_symmetric_edge_type(type) && names(edge.source(), target) && names(edge.target(), source))
      return &edge.data();
  }
  return nullptr;
}

std::string dump(const Graph& graph) {
  std::string out;
  for (const auto& edge : graph.sorted_edges())
    out += edge.data().type + ": " + edge.source().label + " -> " + edge.target().label + " [" + edge.data().rule + "]\n";
  return out;
}

// A relation context over `document` and `table`, with an empty knowledge base and an empty
// graph behind its edge sink: the unit cases below look at what the context works out, not at
// the edges drawn.
struct ContextOver {
  ContextOver(const parley::Document& document, const parley::entities::EntityTable& table,
              const parley::mentions::Lexicon& lexicon)
      : ids(table), sink(document, table, ids, graph), context(document, table, kb, lexicon, sink) {}
  ContextOver(const ContextOver&) = delete;  // the context refers to the members before it
  ContextOver& operator=(const ContextOver&) = delete;

  const parley::KnowledgeBaseData kb;
  const Graph graph;
  const parley::relations::EntityIds ids;
  parley::relations::EdgeSink sink;
  const parley::relations::RelationContext context;
};

struct Case {
  const char* pattern;
  std::string text;
  const char* type;
  const char* source;
  const char* target;
  bool expected = true;
};

const char* const kDialogue =
    "Sweden and Hungary held the first Sweden-Hungary Energy Dialogue in Vienna on March 3, 2025. ";

const std::vector<Case> kCases = {
    {"met with", "Swedish Foreign Minister Ana Lind met with Hungarian Foreign Minister Tomas Varga "
                 "in Vienna on March 3, 2025, for the first Sweden-Hungary Energy Dialogue.",
     "participates_in", "Lind", ""},  // the dialogue, or the meeting of the two ministers
    {"met with: the other side", "Ana Lind, the Foreign Minister of Sweden, met with Hungarian Foreign Minister "
                                 "Tomas Varga in Vienna on March 3, 2025, for the first Sweden-Hungary Energy Dialogue.",
     "participates_in", "Varga", "Energy Dialogue"},
    {"held", kDialogue, "participates_in", "Hungary", "Energy Dialogue"},
    {"delegation led by", "The United States and Brazil held the second U.S.-Brazil Trade Dialogue in Brasilia on "
                          "May 2, 2024. The American delegation was led by the Department of Commerce.",
     "participates_in", "Department of Commerce", "Trade Dialogue"},
    {"officials from", "The United States and Brazil held the second U.S.-Brazil Trade Dialogue in Brasilia on "
                       "May 2, 2024. Commerce Department staff led the American delegation; senior officials "
                       "from the Department of the Treasury also took part.",
     "participates_in", "Treasury", "Trade Dialogue"},
    {"pledged (makes)", "Kenya and Ghana pledged to expand cross-border payment links.", "makes", "Ghana", "payment"},
    {"made at the meeting named", "At the third Kenya-Ghana Trade Dialogue, Kenya and Ghana pledged to expand "
                                  "cross-border payment links.",
     "made_at", "payment", "Trade Dialogue"},
    {"under the agreement", "Norway and Denmark committed to share customs data under the Wassenaar Arrangement.",
     "under", "customs data", "Wassenaar"},
    {"parties to", "Chile and Peru are parties to the Wassenaar Arrangement.", "party_to", "Peru", "Wassenaar"},
    {"sanctions on", "Canada imposed sanctions on Belarus in response to the crackdown.", "targets", "Canada",
     "Belarus"},
    {"targeting", "Japan announced new export controls targeting North Korea.", "targets", "Japan", "Korea"},
    {"a long list of targets", "Japan announced new export controls targeting suppliers in North Korea, Iran, "
                               "Syria and Belarus, their brokers and lenders, and also firms that enable Eritrea.",
     "targets", "Japan", "Eritrea"},
    {"no target before the trigger", "Canada imposed sanctions on Belarus in response to the crackdown.", "targets",
     "Belarus", "Canada", false},
    {"sanctions: a body acts for its state", "The United States welcomed the decision. The U.S. Department of the "
                                             "Treasury imposed sanctions on Belarus.",
     "targets", "United States", "Belarus"},
    {"no target in 'war against'", "Canada discussed the war against Ukraine.", "targets", "Canada", "Ukraine", false},
    {"the victim of a war is no target", "Canada imposed sanctions on Russia over its war on Ukraine.", "targets",
     "Canada", "Ukraine", false},
    {"sanctions past a war", "Canada imposed sanctions on Russia over its war on Ukraine.", "targets", "Canada",
     "Russia"},
    {"'they' after a leading phrase", "Norway and Chile held the first Norway-Chile Ocean Dialogue in Oslo. In "
                                      "response to the crisis in Belarus, they imposed sanctions on Belarus.",
     "targets", "Chile", "Belarus"},
    {"actors named in a meeting", kDialogue, "participates_in", "Sweden", "Energy Dialogue"},
    {"produced", std::string(kDialogue) + "The dialogue issued a joint statement on grid security.", "produced",
     "Energy Dialogue", "statement"},
    {"briefing subjects", "Department Press Briefing\n\nMODERATOR: Good afternoon.\n\nSECRETARY JONES: Thank you. "
                          "The United States and its partners remain united. Iran continues to enrich uranium. The "
                          "United States will keep pressing Iran to stop.\n",
     "discussed", "Briefing", "Iran"},
    {"series: the states of one round take part in the others",
     "Kenya and Ghana held the second Kenya-Ghana Trade Dialogue in Accra on May 2, 2024. Their trade "
     "ministers had opened the series at an inaugural meeting in Nairobi in 2023.",
     "participates_in", "Ghana", "Inaugural"},
    {"counterpart", "Foreign Minister Ana Lind of Sweden welcomed her Hungarian counterpart, Foreign Minister Tomas "
                    "Varga, to Stockholm.",
     "counterpart_of", "Lind", "Varga"},
    {"discussed", std::string(kDialogue) + "The two sides discussed Iran.", "discussed",
     "Energy Dialogue", "Iran"},
    {"follows (series rounds)", "Sweden and Hungary held the second Sweden-Hungary Energy Dialogue in Budapest, "
                                "following the first Sweden-Hungary Energy Dialogue in Vienna.",
     "follows", "Second", "First"},
    {"member_of (person's state)", "Swedish Foreign Minister Ana Lind spoke with reporters in Stockholm.",
     "member_of", "Lind", "Sweden"},
    {"member_of (body's state)", "Officials of the U.S. Department of the Treasury joined the United States Mission "
                                 "to the OSCE in raising the elections in Belarus.", "member_of",
     "Treasury", "United States"},
    {"member_of (a state's organisation, named with it)", "Sweden raised the elections in Belarus at NATO. "
                                                         "Hungary spoke of the OSCE.",
     "member_of", "Sweden", "NATO"},
    {"member_of (not of an organisation named apart from the state)", "Sweden raised the elections in Belarus at NATO. "
                                                                     "Hungary spoke of the OSCE.",
     "member_of", "Sweden", "OSCE", false},
};

}  // namespace

TEST_CASE("relation patterns on invented sentences") {
  for (const auto& c : kCases) {
    const std::string pattern = c.pattern;
    CAPTURE(pattern);
    const Graph graph = extract(c.text);
    const std::string edges = dump(graph);
    CAPTURE(edges);
    const EdgeData* found = find_edge(graph, c.type, c.source, c.target);
    CHECK((found != nullptr) == c.expected);
    if (found && c.expected) {
      CHECK_FALSE(found->evidence.text.empty());
      CHECK(found->evidence.source == "invented.txt");
      CHECK(found->weight() >= 1.0);
      CHECK_FALSE(found->rule.empty());
    }
  }
}

TEST_CASE("an edge's weight counts the distinct sentences that state it") {
  const Graph graph = extract("Canada imposed sanctions on Belarus. Canada imposed sanctions on Belarus and costs on "
                              "Belarus. Canada welcomed the decision.");
  const std::string edges = dump(graph);
  CAPTURE(edges);
  const EdgeData* found = find_edge(graph, "targets", "Canada", "Belarus");
  REQUIRE(found != nullptr);
  CHECK(found->weight() == 2.0);
  CHECK(found->evidence.text == "Canada imposed sanctions on Belarus.");  // the first of the two
}

TEST_CASE("sentence index: the sentences naming each entity, and the first naming two") {
  struct Note {
    std::size_t entity, sentence;
  };
  struct IndexCase {
    const char* name;
    std::vector<Note> notes;
    std::size_t a, b;
    std::vector<std::uint32_t> of_a;
    std::size_t together;
  };
  const std::size_t none = parley::entities::kNone;
  const std::vector<IndexCase> cases = {
      {"nothing noted", {}, 0, 1, {}, none},
      {"repeats in a sentence count once", {{0, 1}, {0, 1}, {1, 1}, {0, 2}}, 0, 1, {1, 2}, 1},
      {"never together", {{0, 0}, {1, 1}, {0, 2}, {1, 3}}, 0, 1, {0, 2}, none},
      {"the first together, not the first of either", {{1, 0}, {0, 1}, {1, 2}, {0, 2}, {0, 3}, {1, 3}}, 0, 1,
       {1, 2, 3}, 2},
      {"entities out of range are left out", {{0, 0}, {7, 0}, {none, 1}, {2, 1}}, 0, 2, {0}, none},
      {"an entity with itself", {{2, 4}, {2, 5}}, 2, 2, {4, 5}, 4},
  };
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    parley::relations::SentenceIndex index(3);
    for (const auto& note : c.notes) index.note(note.entity, note.sentence);
    index.build();
    const auto of_a = index.of(c.a);
    CHECK(std::vector<std::uint32_t>(of_a.begin(), of_a.end()) == c.of_a);
    CHECK(index.first_together(c.a, c.b) == c.together);
    CHECK(index.of(7).empty());
    CHECK(index.of(none).empty());
  }
}

TEST_CASE("entity ids: the first entity of each id, as a scan of the table finds it") {
  struct IdsCase {
    const char* name;
    std::vector<std::string> ids;
  };
  std::vector<std::string> many;  // enough ids to wrap around the table and probe far
  for (int i = 0; i < 300; ++i) many.push_back("actor:x-" + std::to_string(i % 170));
  const std::vector<IdsCase> cases = {
      {"no entities", {}},
      {"distinct ids", {"actor:usa", "actor:gbr", "meeting:g7-2024"}},
      {"repeats keep the first", {"actor:usa", "actor:gbr", "actor:usa", "", "actor:gbr", ""}},
      {"empty ids are one id", {"", "", "actor:fra"}},
      {"many, with repeats", many},
      // The look-up's filter keys an id by its size and last eight bytes: ids of 7, 8 and 9
      // bytes, and ids that share their size and tail, must still be told apart.
      {"shared tails and short ids", {"a", "ab", "abcdefg", "abcdefgh", "xabcdefgh", "actor:12345678", "state:12345678"}},
  };
  const std::vector<std::string> absent = {"actor:none", "meeting:", "actor:x-170", "actor:us", "b",
                                           "bcdefg",     "bbcdefgh", "yabcdefgh",   "cctor:12345678"};
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    parley::entities::EntityTable table;
    for (const auto& id : c.ids) {
      table.entities.emplace_back();
      table.entities.back().id = id;
    }
    const parley::relations::EntityIds ids(table);
    for (std::size_t e = 0; e < c.ids.size(); ++e) {
      CHECK(ids.first_of(e) == table.find(c.ids[e]));
      CHECK(ids.find(c.ids[e]) == table.find(c.ids[e]));
    }
    for (const auto& id : absent) CHECK(ids.find(id) == table.find(id));
  }
}

TEST_CASE("relation context: an actor's state by country is the first state of that country in the table") {
  struct Entity {
    const char* kind;
    const char* country;
    long mentions;
  };
  // The table: states (one made no node, two share a country), then people and a body.
  const std::vector<Entity> entities = {
      {"state", "deu", 0},  {"state", "usa", 1},   {"state", "gbr", 1},  {"state", "usa", 1},
      {"person", "usa", 1}, {"person", "gbr", 1},  {"person", "deu", 1}, {"person", "fra", 1},
      {"person", "", 1},    {"organization", "gbr", 1},
  };
  struct Case {
    std::size_t actor;
    std::size_t state;
  };
  const std::size_t none = parley::entities::kNone;
  const std::vector<Case> cases = {
      {1, 1}, {3, 3},        // a state is its own
      {4, 1},                // the first state of its country, not the later one
      {5, 2}, {9, 2},        // a person or a body of a country
      {6, none},             // the state of that country made no node
      {7, none}, {8, none},  // no state of that country; no country
      {0, none},             // not a node
  };
  parley::entities::EntityTable table;
  for (std::size_t e = 0; e < entities.size(); ++e) {
    table.entities.emplace_back();
    auto& entity = table.entities.back();
    entity.id = "actor:e" + std::to_string(e);
    entity.type = "actor";
    entity.kind = entities[e].kind;
    entity.country = entities[e].country;
    entity.mentions = entities[e].mentions;
  }
  const parley::Document document;
  const parley::mentions::Lexicon lexicon;
  const ContextOver over(document, table, lexicon);
  const auto& context = over.context;
  for (const auto& c : cases) {
    CAPTURE(c.actor);
    CHECK(context.state_of(c.actor) == c.state);
  }
}

TEST_CASE("relation context: the meetings that are rounds of a series, in table order") {
  struct Entity {
    const char* type;
    const char* series;  // null: no attribute
    const char* round;   // null: no attribute
    long mentions;
  };
  const std::vector<Entity> entities = {
      {"meeting", "Energy Dialogue", "2", 1},
      {"meeting", nullptr, "3", 1},            // no series
      {"meeting", "", "1", 1},                 // an empty series
      {"actor", "Energy Dialogue", "1", 1},    // not a meeting
      {"meeting", "Energy Dialogue", "1", 0},  // made no node
      {"meeting", "Trade Dialogue", nullptr, 1},
      {"meeting", "Trade Dialogue", "second", 1},
      {"meeting", "Energy Dialogue", "1", 1},
  };
  struct Expected {
    std::size_t meeting;
    const char* series;
    long round;  // 0: none, or not a number
  };
  const std::vector<Expected> expected = {
      {0, "Energy Dialogue", 2}, {5, "Trade Dialogue", 0}, {6, "Trade Dialogue", 0}, {7, "Energy Dialogue", 1}};
  parley::entities::EntityTable table;
  for (std::size_t e = 0; e < entities.size(); ++e) {
    table.entities.emplace_back();
    auto& entity = table.entities.back();
    entity.id = std::string(entities[e].type) + ":e" + std::to_string(e);
    entity.type = entities[e].type;
    entity.mentions = entities[e].mentions;
    if (entities[e].series) entity.attributes["series"] = entities[e].series;
    if (entities[e].round) entity.attributes["round"] = entities[e].round;
  }
  const parley::Document document;
  const parley::mentions::Lexicon lexicon;
  const ContextOver over(document, table, lexicon);
  const auto& context = over.context;
  REQUIRE(context.series_rounds.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(context.series_rounds[i].meeting == expected[i].meeting);
    CHECK(context.series_rounds[i].series == expected[i].series);
    CHECK(context.series_rounds[i].round == expected[i].round);
  }
}

TEST_CASE("relation context: the types a sentence names, as a look at its mentions finds them") {
  // Entities: one of each type with a node, and an actor that made none.
  struct Entity {
    const char* type;
    long mentions;
  };
  const std::vector<Entity> entities = {{"actor", 1}, {"meeting", 1}, {"agreement", 1}, {"commitment", 1}, {"actor", 0}};
  // Per sentence, the entities its mentions resolve to.
  const std::vector<std::vector<std::size_t>> sentences = {{}, {0}, {4}, {1, 2}, {3, 0, 1}, {4, 2}};
  parley::Document document;
  parley::entities::EntityTable table;
  for (std::size_t e = 0; e < entities.size(); ++e) {
    table.entities.emplace_back();
    table.entities.back().id = std::string(entities[e].type) + ":e" + std::to_string(e);
    table.entities.back().type = entities[e].type;
    table.entities.back().mentions = entities[e].mentions;
  }
  std::size_t mention_count = 0;
  for (const auto& named : sentences) mention_count += named.size();
  table.mentions.resize(mention_count);  // never resized again: the resolved mentions point into it
  std::size_t next = 0;
  for (const auto& named : sentences) {
    document.sentences.emplace_back();
    table.tokens.push_back(parley::mentions::tokenize("A sentence of five words"));
    for (std::size_t i = 0; i < named.size(); ++i) {
      table.mentions[next] = {table.entities[named[i]].type, i, i + 1, "words"};
      table.sentences.add({&table.mentions[next++], named[i]});
    }
    table.sentences.close_list();
  }
  const parley::mentions::Lexicon lexicon;
  const ContextOver over(document, table, lexicon);
  const auto& context = over.context;
  for (std::size_t s = 0; s <= sentences.size(); ++s) {
    for (const char* type : {"actor", "meeting", "agreement", "commitment"}) {
      CAPTURE(s);
      CAPTURE(type);
      CHECK(context.names(s, type) == !context.mentioned(s, type).empty());
    }
  }
  CHECK(context.names(4, "commitment"));
  CHECK_FALSE(context.names(2, "actor"));  // its actor made no node
}

TEST_CASE("relation context: the first trigger in a token range, from the sentence's starts as from its tokens") {
  // An indexed list (a clause break, one word or three) and the first of every range of a
  // sentence, against a look at each token of the range.
  parley::mentions::Lexicon lexicon;
  for (const char* phrase : {"which", ";", "in order to"}) lexicon.add("relation_clause_breaks", phrase);
  const std::vector<std::string> sentences = {
      "They met in Oslo, which hosted talks in order to agree; which was new.",
      "No break here at all.",
      "In order to",
      "",
  };
  parley::Document document;
  parley::entities::EntityTable table;
  for (const auto& text : sentences) {
    document.sentences.emplace_back();
    document.sentences.back().text = text;
    table.tokens.push_back(parley::mentions::tokenize(text));
    lexicon.annotate(table.tokens.back());
    table.sentences.close_list();  // no mentions in this sentence
  }
  const ContextOver over(document, table, lexicon);
  const auto& context = over.context;
  const auto& breaks = context.lists.relation_clause_breaks;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = table.tokens[s];
    for (std::size_t from = 0; from <= tokens.size() + 1; ++from) {
      for (std::size_t to = from; to <= tokens.size() + 1; ++to) {
        CAPTURE(s);
        CAPTURE(from);
        CAPTURE(to);
        parley::relations::Trigger expected;
        for (std::size_t at = from; at < to && at < tokens.size() && expected.length == 0; ++at) {
          if (const std::size_t length = breaks.match(tokens, at); length > 0) expected = {at, length};
        }
        const parley::relations::Trigger found = context.first_trigger(s, breaks, from, to);
        CHECK(found.length == expected.length);
        if (expected.length > 0) CHECK(found.first == expected.first);
      }
    }
    CHECK(context.first_trigger(s, breaks).first == context.first_trigger(s, breaks, 0, tokens.size()).first);
  }
}

TEST_CASE("edge sink: edges reach the nodes of their entities' ids, whatever order the nodes were added in") {
  // Entities: two share an id, one has none, one made no node.
  const std::vector<std::string> entity_ids = {"actor:a", "", "actor:b", "actor:a", "meeting:m", "actor:c"};
  struct NodeOrder {
    const char* name;
    std::vector<std::string> nodes;  // the graph's nodes, in the order added
  };
  const std::vector<NodeOrder> orders = {
      {"entity order", {"actor:a", "actor:b", "meeting:m"}},
      {"reversed", {"meeting:m", "actor:b", "actor:a"}},
      {"another node first", {"actor:z", "actor:a", "actor:b", "meeting:m"}},
      {"others between", {"actor:a", "actor:y", "actor:b", "actor:x", "meeting:m"}},
  };
  for (const auto& order : orders) {
    const std::string name = order.name;
    CAPTURE(name);
    parley::entities::EntityTable table;
    for (const auto& id : entity_ids) {
      table.entities.emplace_back();
      table.entities.back().id = id;
    }
    parley::Document document;
    document.source = "sink.txt";
    document.sentences.resize(2);
    document.sentences[0].text = "A and B met at M.";
    document.sentences[1].text = "C spoke.";
    Graph graph;
    for (const auto& id : order.nodes) {
      NodeData node;
      node.id = id;
      node.type = id.substr(0, id.find(':'));
      graph.add_node(std::move(node));
    }
    const parley::relations::EntityIds ids(table);
    parley::relations::EdgeSink sink(document, table, ids, graph);
    sink.add("participates_in", 3, 4, 0, "met");    // through the second entity of actor:a
    sink.add("counterpart_of", 2, 0, 0, "met");     // symmetric: stored from the smaller id
    sink.add("participates_in", 5, 4, 1, "met");    // actor:c made no node: dropped
    sink.add("participates_in", 1, 4, 1, "met");    // no id: dropped
    parley::SharedDocumentTexts texts(document);
    sink.write(graph, texts);
    CHECK(graph.edge_count() == 2);
    const EdgeData* takes_part = graph.find_edge("participates_in", "actor:a", "meeting:m");
    REQUIRE(takes_part != nullptr);
    CHECK(takes_part->evidence.text == "A and B met at M.");
    CHECK(graph.find_edge("counterpart_of", "actor:a", "actor:b") != nullptr);
  }
}

TEST_CASE("edge sink: a participates_in edge keeps its strongest role, whatever the order the sentences gave them") {
  // The sink keeps a role by its strength: the name written is the strongest role's, a role of no
  // strength counts as none, and an edge given none is a participant's.
  struct Case {
    const char* name;
    std::vector<std::string> roles;  // one statement per role, in this order, sentence after sentence
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"lead last", {"participant", "host", "lead"}, "lead"},
      {"lead first", {"lead", "counterpart", "participant"}, "lead"},
      {"host over counterpart", {"counterpart", "host"}, "host"},
      {"no role", {"", ""}, "participant"},
      {"unknown role", {"observer", ""}, "participant"},
      {"unknown beside counterpart", {"observer", "counterpart"}, "counterpart"},
  };
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    parley::entities::EntityTable table;
    for (const char* id : {"actor:a", "meeting:m"}) {
      table.entities.emplace_back();
      table.entities.back().id = id;
    }
    parley::Document document;
    document.source = "sink.txt";
    document.sentences.resize(c.roles.size());
    for (std::size_t s = 0; s < c.roles.size(); ++s) document.sentences[s].text = "Sentence " + std::to_string(s) + ".";
    Graph graph;
    for (const char* id : {"actor:a", "meeting:m"}) {
      NodeData node;
      node.id = id;
      graph.add_node(std::move(node));
    }
    const parley::relations::EntityIds ids(table);
    parley::relations::EdgeSink sink(document, table, ids, graph);
    for (std::size_t s = 0; s < c.roles.size(); ++s) sink.add("participates_in", 0, 1, s, "met", c.roles[s]);
    sink.add("discussed", 1, 0, 0, "discussed", "lead");  // only participates_in edges have roles
    parley::SharedDocumentTexts texts(document);
    sink.write(graph, texts);
    const EdgeData* takes_part = graph.find_edge("participates_in", "actor:a", "meeting:m");
    REQUIRE(takes_part != nullptr);
    CHECK(takes_part->role == c.expected);
    CHECK(takes_part->support.at("sink.txt") == static_cast<double>(c.roles.size()));
    const EdgeData* discussed = graph.find_edge("discussed", "meeting:m", "actor:a");
    REQUIRE(discussed != nullptr);
    CHECK(discussed->role.empty());
  }
}
