// Restoring the graph model from the attributes of a graph file (see graph_builder.hpp).
#include "readers/graph_builder.hpp"

#include <charconv>
#include <set>

#include "writers/attribute_table.hpp"

namespace parley::readers {
namespace {

using writers::split_list;

// Written by the writers for display only, recomputed on writing: not kept as attributes.
const std::set<std::string> kNodeDisplayOnly = {"r", "g", "b", "id"};
const std::set<std::string> kEdgeDisplayOnly = {"label", "id", "key", "source", "target"};

// The writers write an attribute whose name a format reserves (r, g, b, color, id, label, key,
// source, target) as attr_<name>: read back under its own name.
const std::set<std::string> kReservedNames = {"r", "g", "b", "color", "id", "label", "key", "source", "target"};

std::string attribute_name(const std::string& written) {
  const std::string prefix = "attr_";
  if (written.rfind(prefix, 0) == 0 && kReservedNames.count(written.substr(prefix.size()))) {
    return written.substr(prefix.size());
  }
  return written;
}

const std::string* find(const Attributes& attributes, const std::string& name) {
  auto found = attributes.find(name);
  return found == attributes.end() ? nullptr : &found->second;
}

template <typename Number>
Number parse_number(const std::string& text, const std::string& what, const std::string& file, Position where) {
  Number value{};
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end) {
    throw Error(ErrorKind::input, file, where, "'" + text + "' is not a valid " + what);
  }
  return value;
}

// "source=count" items; the source may itself hold '=', the count never does.
template <typename Count>
SupportMap<Count> parse_support(const std::string& joined, const std::string& file, Position where) {
  SupportMap<Count> support;
  for (const auto& item : split_list(joined)) {
    auto equals = item.rfind('=');
    if (equals == std::string::npos || equals == 0) {
      throw Error(ErrorKind::input, file, where, "support item '" + item + "' is not source=count");
    }
    const std::string count = item.substr(equals + 1);
    support[item.substr(0, equals)] +=
        parse_number<Count>(count, "support count in '" + item + "'", file, where);
  }
  return support;
}

void read_evidence(Evidence& evidence, const Attributes& attributes, const std::string& file, Position where) {
  if (auto text = find(attributes, "evidence")) evidence.text = *text;
  if (auto source = find(attributes, "evidence_source")) evidence.source = *source;
  if (auto start = find(attributes, "evidence_start")) {
    evidence.start = parse_number<std::size_t>(*start, "evidence_start", file, where);
  }
  if (auto end = find(attributes, "evidence_end")) evidence.end = parse_number<std::size_t>(*end, "evidence_end", file, where);
}

// Support without a `support` attribute: `total` spread over `sources` (the first ones take
// the remainder of an integer division), or all of it credited to `fallback_source`.
SupportMap<long> spread(long total, const std::vector<std::string>& sources, const std::string& fallback) {
  SupportMap<long> support;
  if (sources.empty()) {
    support[fallback] = total;
    return support;
  }
  const long count = static_cast<long>(sources.size());
  for (long i = 0; i < count; ++i) support[sources[i]] += total / count + (i < total % count ? 1 : 0);
  return support;
}

SupportMap<double> spread(double total, const std::vector<std::string>& sources, const std::string& fallback) {
  SupportMap<double> support;
  if (sources.empty()) {
    support[fallback] = total;
    return support;
  }
  for (const auto& source : sources) support[source] += total / static_cast<double>(sources.size());
  return support;
}

}  // namespace

void GraphBuilder::graph_attribute(const std::string& name, const std::string& value) {
  if (name == "source") info_.source = value;
  if (name == "title") info_.title = value;
  if (name == "date") info_.date = value;
}

void GraphBuilder::node(const std::string& id, const Attributes& attributes, Position where) {
  if (id.empty()) throw Error(ErrorKind::input, file_, where, "node without an id");
  auto [it, inserted] = node_positions_.emplace(id, where);
  if (!inserted) {
    std::string first = it->second.line > 0 ? " (first at line " + std::to_string(it->second.line) + ")" : "";
    throw Error(ErrorKind::input, file_, where, "duplicate node id '" + id + "'" + first);
  }
  nodes_.push_back({id, "", attributes, where});
}

void GraphBuilder::edge(const std::string& source, const std::string& target, const Attributes& attributes,
                        Position where) {
  if (source.empty() || target.empty()) throw Error(ErrorKind::input, file_, where, "edge without a source or target");
  edges_.push_back({source, target, attributes, where});
}

NodeData GraphBuilder::make_node(const Pending& pending, const std::string& fallback_source) const {
  const Attributes& a = pending.attributes;
  NodeData node;
  node.id = pending.id_or_source;
  const std::string* type = find(a, "type");
  node.type = type && !type->empty() ? *type : "unknown";
  const std::string* label = find(a, "label");
  node.label = label && !label->empty() ? *label : node.id;
  if (auto v = find(a, "kind")) node.kind = *v;
  if (auto v = find(a, "date")) node.date = *v;
  if (auto v = find(a, "location")) node.location = *v;
  if (auto v = find(a, "country")) node.country = *v;
  if (auto v = find(a, "rule")) node.rule = *v;
  if (auto v = find(a, "aliases")) node.aliases = split_list(*v);
  read_evidence(node.evidence, a, file_, pending.where);

  const std::string* mentions = find(a, "mentions");
  const long mention_count = mentions ? parse_number<long>(*mentions, "mentions count", file_, pending.where) : 0;
  const std::vector<std::string> sources = find(a, "sources") ? split_list(*find(a, "sources")) : std::vector<std::string>{};
  if (auto support = find(a, "support")) {
    node.support = parse_support<long>(*support, file_, pending.where);
  } else if (mentions) {
    node.support = spread(mention_count, sources, fallback_source);
  } else if (!sources.empty()) {
    node.support = spread(static_cast<long>(sources.size()), sources, fallback_source);
  }

  static const std::set<std::string> kModelled = {"type", "label", "kind", "date", "location", "country", "rule",
                                                  "aliases", "evidence", "evidence_source", "evidence_start",
                                                  "evidence_end", "mentions", "sources", "support"};
  for (const auto& [name, value] : a) {
    if (!kModelled.count(name) && !kNodeDisplayOnly.count(name) && !value.empty()) {
      node.attributes[attribute_name(name)] = value;
    }
  }
  return node;
}

EdgeData GraphBuilder::make_edge(const Pending& pending, const std::string& fallback_source) const {
  const Attributes& a = pending.attributes;
  EdgeData edge;
  const std::string* type = find(a, "type");
  const std::string* label = find(a, "label");
  edge.type = type && !type->empty() ? *type : label && !label->empty() ? *label : "unknown";
  if (auto v = find(a, "role")) edge.role = *v;
  if (auto v = find(a, "rule")) edge.rule = *v;
  read_evidence(edge.evidence, a, file_, pending.where);

  const std::string* weight = find(a, "weight");
  const double weight_value = weight ? parse_number<double>(*weight, "weight", file_, pending.where) : 0;
  if (auto documents = find(a, "documents")) parse_number<long>(*documents, "documents count", file_, pending.where);
  const std::vector<std::string> sources = find(a, "sources") ? split_list(*find(a, "sources")) : std::vector<std::string>{};
  if (auto support = find(a, "support")) {
    edge.support = parse_support<double>(*support, file_, pending.where);
  } else if (weight) {
    edge.support = spread(weight_value, sources, fallback_source);
  } else if (!sources.empty()) {
    edge.support = spread(static_cast<double>(sources.size()), sources, fallback_source);
  }

  static const std::set<std::string> kModelled = {"type", "role", "rule", "evidence", "evidence_source",
                                                  "evidence_start", "evidence_end", "weight", "documents",
                                                  "sources", "support"};
  for (const auto& [name, value] : a) {
    if (!kModelled.count(name) && !kEdgeDisplayOnly.count(name) && !value.empty()) {
      edge.attributes[attribute_name(name)] = value;
    }
  }
  return edge;
}

Graph GraphBuilder::finish() {
  Graph graph;
  graph.info = info_;
  const std::string fallback_source = info_.source.empty() ? file_ : info_.source;
  for (const auto& pending : nodes_) graph.add_node(make_node(pending, fallback_source));
  for (const auto& pending : edges_) {
    for (const std::string* end : {&pending.id_or_source, &pending.target}) {
      if (!graph.find_node(*end)) {
        throw Error(ErrorKind::input, file_, pending.where,
                    "edge " + pending.id_or_source + " -> " + pending.target + ": no node with id '" + *end + "'");
      }
    }
    // Parallel edges of one type (a multigraph from another tool) add up their support.
    graph.add_edge(pending.id_or_source, pending.target, make_edge(pending, fallback_source));
  }
  return graph;
}

}  // namespace parley::readers
