// EdgeSink (see edge_sink.hpp).
#include "relations/edge_sink.hpp"

#include <algorithm>
#include <tuple>
#include <utility>


namespace parley::relations {

int role_strength(std::string_view role) {
  if (role == "lead") return 4;
  if (role == "host") return 3;
  if (role == "counterpart") return 2;
  if (role == "participant") return 1;
  return 0;
}

EdgeSink::EdgeSink(const Document& document, const entities::EntityTable& table, const EntityIds& ids,
                   std::vector<Graph::Vertex> vertices)
    : document_(document), table_(table), ids_(ids), vertices_(std::move(vertices)) {
  // Rules state a few edges per sentence: room for them at once rather than growing from none,
  // a reallocation and a copy of every statement at each doubling.
  statements_.reserve(kStatementsPerSentence * document.sentences.size());
}

EdgeSink::EdgeSink(const Document& document, const entities::EntityTable& table, const EntityIds& ids,
                   const Graph& graph)
    : EdgeSink(document, table, ids, entity_vertices(table, ids, graph)) {}

std::vector<Graph::Vertex> EdgeSink::entity_vertices(const entities::EntityTable& table, const EntityIds& ids,
                                                     const Graph& graph) {
  std::vector<Graph::Vertex> vertices(table.entities.size(), kNoNode);
  // Rules ask for the nodes of most entities, and a look-up by id hashed it. The extractor adds
  // the nodes in entity order, one per new id: each entity's node is guessed to be the one after
  // the last found, the guess checked by its id, and the id looked up only when it is wrong.
  Graph::Vertex next = 0;
  for (std::size_t e = 0; e < table.entities.size(); ++e) {
    const std::string& id = table.entities[e].id;
    if (id.empty()) continue;
    if (const std::size_t first = ids.first_of(e); first != e) {  // an earlier entity's id: its node
      vertices[e] = vertices[first];
      continue;
    }
    if (next < graph.node_count() && graph.storage()[next].id == id) {
      vertices[e] = next++;
      continue;
    }
    if (const auto found = graph.vertex_of(id)) {
      vertices[e] = *found;
      next = *found + 1;
    }
  }
  return vertices;
}

std::uint32_t EdgeSink::other_type_code(std::string_view type) {
  // A handful of types: a scan of their names is cheaper than a hash. Rules name them with
  // literals, which the linker merges: the address usually answers before the bytes are compared.
  for (std::size_t code = 0; code < types_.size(); ++code) {
    if (types_[code].name.data() == type.data() && types_[code].name.size() == type.size())
      return last_type_ = static_cast<std::uint32_t>(code);
  }
  for (std::size_t code = 0; code < types_.size(); ++code) {
    if (types_[code].name == type) return last_type_ = static_cast<std::uint32_t>(code);
  }
  types_.push_back({type, is_symmetric_edge_type(std::string(type))});
  return last_type_ = static_cast<std::uint32_t>(types_.size() - 1);
}

void EdgeSink::add(std::string_view type, std::size_t source, std::size_t target, std::size_t sentence,
                   std::string_view rule, std::string_view role) {
  if (source == target || !usable(source) || !usable(target)) return;
  if (sentence >= document_.sentences.size()) return;
  // Entities that share an id are one node: statements name it by the first of them.
  auto from = static_cast<std::uint32_t>(ids_.first_of(source));
  auto to = static_cast<std::uint32_t>(ids_.first_of(target));
  if (from == to) return;  // one id
  const std::uint32_t code = type_code(type);
  if (types_[code].symmetric && table_.entities[to].id < table_.entities[from].id) std::swap(from, to);
  // Only participates_in has roles: most statements have none, and no call for them.
  const auto strength = static_cast<std::uint8_t>(role.empty() ? 0 : role_strength(role));
  statements_.push_back({static_cast<std::uint16_t>(code), strength, from, to, static_cast<std::uint32_t>(sentence), rule});
}

const SentenceIndex& EdgeSink::sentences_naming() const {
  if (!naming_) {
    std::size_t mentions = 0;
    for (const auto& sentence : table_.sentences) mentions += sentence.size();
    naming_.emplace(table_.entities.size(), mentions);
    for (std::size_t s = 0; s < table_.sentences.size(); ++s) {
      for (const auto& mention : table_.sentences[s]) naming_->note(mention.entity, s);
    }
    naming_->build();
  }
  return *naming_;
}

std::size_t EdgeSink::sentence_naming_both(std::size_t source, std::size_t target) const {
  const SentenceIndex& naming = sentences_naming();
  const auto of_source = naming.of(source);
  if (of_source.empty()) return table_.entities[source].evidence_sentence;
  const std::size_t together = naming.first_together(source, target);
  return together != entities::kNone ? together : of_source.front();  // else the first naming the source
}

void EdgeSink::add_implied(std::string_view type, std::size_t source, std::size_t target, std::string_view rule,
                           std::string_view role) {
  if (source == target || !usable(source) || !usable(target)) return;
  add(type, source, target, sentence_naming_both(source, target), rule, role);
}

void EdgeSink::write(Graph& graph, SharedDocumentTexts& texts) const {
  // Statements are grouped by edge, and taken in (sentence, order of making) order within an
  // edge: the first rule to state an edge in a sentence names that sentence's statement. Which
  // edge comes first does not matter (the graph's combining depends on the set of edges only, and
  // its writers sort by id), so the key is the ends' entity indices and the type's code as they
  // are: ranking ends by id and types by name, to hand the graph its edges in id order, was a
  // sort of every end per document and a tenth of the sink.
  struct Ranked {
    std::uint64_t type_from, to_sentence;  // (type code, source entity), (target entity, sentence)
    std::uint32_t made;                    // the statement's index: the order rules made them in
    std::uint8_t strength;                 // its role's (in what was padding): runs need not read the statement
    std::uint32_t sentence() const { return static_cast<std::uint32_t>(to_sentence); }
    bool same_edge(const Ranked& other) const {
      return type_from == other.type_from && (to_sentence >> 32) == (other.to_sentence >> 32);
    }
    bool operator<(const Ranked& other) const {
      if (type_from != other.type_from) return type_from < other.type_from;
      if (to_sentence != other.to_sentence) return to_sentence < other.to_sentence;
      return made < other.made;
    }
  };
  // Ordered in two steps: a counting sort on the source, then each source's statements (most
  // sources have a few) by the rest of the key. A comparison sort of them all was a tenth of the
  // sink.
  std::vector<std::uint32_t> source_begin(table_.entities.size() + 1, 0);
  for (const Statement& statement : statements_) ++source_begin[statement.from + 1];
  for (std::size_t e = 1; e < source_begin.size(); ++e) source_begin[e] += source_begin[e - 1];
  std::vector<Ranked> ordered(statements_.size());
  {
    std::vector<std::uint32_t> next(source_begin.begin(), source_begin.end() - 1);
    for (std::size_t i = 0; i < statements_.size(); ++i) {
      const Statement& statement = statements_[i];
      ordered[next[statement.from]++] = {std::uint64_t{statement.type} << 32 | statement.from,
                                         std::uint64_t{statement.to} << 32 | statement.sentence,
                                         static_cast<std::uint32_t>(i), statement.strength};
    }
  }
  for (std::size_t e = 0; e + 1 < source_begin.size(); ++e) {
    // Many sources state one edge once: a call to sort nothing was a good share of the step.
    if (source_begin[e + 1] - source_begin[e] > 1) std::sort(ordered.begin() + source_begin[e], ordered.begin() + source_begin[e + 1]);
  }
  {
    // The edges, and each end's, counted once per edge: the graph's tables and each end's
    // adjacency grow once.
    std::size_t edges = 0;
    std::vector<std::uint32_t> out(table_.entities.size(), 0), in(table_.entities.size(), 0);
    for (std::size_t i = 0; i < ordered.size(); ++i) {
      if (i > 0 && ordered[i].same_edge(ordered[i - 1])) continue;
      const Statement& statement = statements_[ordered[i].made];
      ++edges;
      ++out[statement.from];
      ++in[statement.to];
    }
    graph.reserve(graph.node_count(), graph.edge_count() + edges);
    for (std::size_t e = 0; e < out.size(); ++e) {
      if (out[e] > 0 || in[e] > 0) graph.reserve_edges_at(vertex(e), out[e], in[e]);
    }
  }

  // One add_edge per edge, with what one add_edge per (edge, sentence) would have combined to
  // (see combine_edge): the support is the number of sentences; the rule the smallest of the
  // sentences' rules; the evidence the first sentence in Evidence::key order; the role, the
  // edge's strongest, the same for every sentence.
  const auto evidence_empty = [&](const Sentence& s) { return s.text.empty() && document_.source.empty(); };
  const auto evidence_before = [](const Sentence& a, const Sentence& b) {  // the same source
    return std::tie(a.span.begin, a.span.end, a.text) < std::tie(b.span.begin, b.span.end, b.text);
  };
  // The sink's edges are distinct (one run each, its ends one vertex per id, symmetric ones
  // ordered as the graph orders them): into a graph that has no edges yet, as a document's has
  // not, each is added as new, with no look-up in the graph's edge index.
  const bool graph_had_no_edges = graph.edge_count() == 0;
  // Each type named to the graph once, rather than by name per edge.
  std::vector<Graph::EdgeTypeCode> graph_types;
  graph_types.reserve(types_.size());
  for (const Type& type : types_) graph_types.push_back(graph.edge_type_code(type.name));
  for (auto run = ordered.begin(); run != ordered.end();) {
    auto run_end = run;
    std::uint8_t strongest = 0;
    while (run_end != ordered.end() && run_end->same_edge(*run)) {
      strongest = std::max(strongest, run_end->strength);
      ++run_end;
    }
    const Statement& first = statements_[run->made];
    std::string_view rule = first.rule;
    const Sentence* evidence = &document_.sentences[first.sentence];
    double sentences = 0;
    for (auto at = run; at != run_end; ++at) {
      if (at != run && at->sentence() == (at - 1)->sentence()) continue;  // a later rule in the same sentence
      sentences += 1.0;
      if (at == run) continue;
      const Statement& statement = statements_[at->made];
      if (!statement.rule.empty() && (rule.empty() || statement.rule < rule)) rule = statement.rule;
      const Sentence& s = document_.sentences[statement.sentence];
      if (!evidence_empty(s) && (evidence_empty(*evidence) || evidence_before(s, *evidence))) evidence = &s;
    }
    const std::string_view type = types_[first.type].name;
    std::string_view role;
    // The strongest role's name (role_strength backwards); "participant" when none was given.
    static constexpr std::string_view kRoleOfStrength[] = {"participant", "participant", "counterpart", "host", "lead"};
    if (type == "participates_in") role = kRoleOfStrength[strongest];
    // Made in its place in the graph. Each string made as the edge is, rather than assigned into
    // an empty one (an assignment takes the longer path that allows for overlap and reuse).
    const auto make = [&] {
      EdgeData edge{.type = std::string(type),
                    .role = std::string(role),
                    .evidence = {texts.sentence(static_cast<std::size_t>(evidence - document_.sentences.data())), texts.source(),
                                  evidence->span.begin, evidence->span.end},
                    .rule = std::string(rule),
                    .support = {},
                    .attributes = {}};
      edge.support.emplace_hint(edge.support.end(), texts.source(), sentences);  // empty: no search
      return edge;
    };
    if (graph_had_no_edges) {
      graph.add_new_edge_made(vertex(first.from), vertex(first.to), graph_types[first.type], make);
    } else {
      graph.add_edge_made(vertex(first.from), vertex(first.to), graph_types[first.type], make);
    }
    run = run_end;
  }
}

}  // namespace parley::relations
