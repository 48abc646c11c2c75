// The graph model: storage on a Boost adjacency_list, lookup by id, and the combining rules
// that make adding and merging order-independent.
#include "parley/graph.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include "core/string_hash.hpp"
#include "graph/parallel_sort.hpp"
#include "parley/error.hpp"

namespace parley {
namespace {

// The longest non-empty value, ties by byte order: a function of the set of values only.
void keep_longest(std::string& into, const std::string& from) {
  if (from.empty()) return;
  if (into.empty() || from.size() > into.size() || (from.size() == into.size() && from < into)) into = from;
}

// Dates: the most specific (longest ISO form), then the earliest.
void keep_most_specific_date(std::string& into, const std::string& from) { keep_longest(into, from); }

void keep_smallest(std::string& into, const std::string& from) {
  if (!from.empty() && (into.empty() || from < into)) into = from;
}

void keep_best_evidence(Evidence& into, const Evidence& from) {
  if (from.empty()) return;
  if (into.empty() || from.key() < into.key()) into = from;
}

void combine_attributes(std::map<std::string, std::string>& into, const std::map<std::string, std::string>& from) {
  for (const auto& [key, value] : from) {
    auto [it, inserted] = into.try_emplace(key, value);
    if (inserted || value.empty()) continue;
    if (it->second.empty()) {
      it->second = value;
    } else if (key == "first_seen") {
      it->second = std::min(it->second, value);
    } else {
      it->second = std::max(it->second, value);
    }
  }
}

template <typename Count>
void combine_support(SupportMap<Count>& into, const SupportMap<Count>& from, bool sum) {
  for (const auto& [source, count] : from) {
    auto [it, inserted] = into.try_emplace(source, count);
    if (!inserted) it->second = sum ? it->second + count : std::max(it->second, count);
  }
}

}  // namespace

long NodeData::mentions() const {
  long total = 0;
  for (const auto& [source, count] : support) total += count;
  return total;
}

std::vector<std::string> NodeData::sources() const {
  std::vector<std::string> out;
  for (const auto& [source, count] : support) out.push_back(source.str());
  return out;
}

double EdgeData::weight() const {
  double total = 0;
  for (const auto& [source, count] : support) total += count;
  return total;
}

long EdgeData::documents() const { return static_cast<long>(support.size()); }

std::vector<std::string> EdgeData::sources() const {
  std::vector<std::string> out;
  for (const auto& [source, count] : support) out.push_back(source.str());
  return out;
}

bool is_symmetric_edge_type(const std::string& type) { return type == "counterpart_of" || type == "deals_with"; }

void combine_node(NodeData& into, const NodeData& from, bool sum_support) {
  keep_longest(into.type, from.type);
  keep_longest(into.kind, from.kind);
  keep_longest(into.label, from.label);
  std::set<std::string> aliases(into.aliases.begin(), into.aliases.end());
  aliases.insert(from.aliases.begin(), from.aliases.end());
  into.aliases.assign(aliases.begin(), aliases.end());
  keep_most_specific_date(into.date, from.date);
  keep_longest(into.location, from.location);
  keep_longest(into.country, from.country);
  keep_best_evidence(into.evidence, from.evidence);
  keep_smallest(into.rule, from.rule);
  combine_support(into.support, from.support, sum_support);
  combine_attributes(into.attributes, from.attributes);
}

void combine_edge(EdgeData& into, const EdgeData& from, bool sum_support) {
  keep_longest(into.role, from.role);
  keep_best_evidence(into.evidence, from.evidence);
  keep_smallest(into.rule, from.rule);
  combine_support(into.support, from.support, sum_support);
  combine_attributes(into.attributes, from.attributes);
}

Graph::Graph(const Graph& other) { *this = other; }
Graph::Graph(Graph&& other) noexcept { *this = std::move(other); }
Graph::~Graph() { destroy_elements(); }

namespace {
void release_texts(Evidence& evidence, SharedString::Releaser& releaser) {
  releaser.release(evidence.text);
  releaser.release(evidence.source);
}
}  // namespace

void Graph::destroy_elements() noexcept {
  // Each element is destroyed right after its texts are released, from the last: one pass over
  // memory that a large graph has long evicted from the cache, rather than a pass to release
  // and another to destroy.
  SharedString::Releaser releaser;
  auto& vertices = storage_->m_vertices;
  while (!vertices.empty()) {
    NodeData& node = vertices.back().m_property;
    release_texts(node.evidence, releaser);
    node.support.clear(releaser);
    vertices.pop_back();
  }
  storage_->clear();  // the edge list
  edges_.clear([&](EdgeData& edge) {
    release_texts(edge.evidence, releaser);
    edge.support.clear(releaser);
  });
}

Graph& Graph::operator=(Graph&& other) noexcept {
  if (this == &other) return *this;
  destroy_elements();  // this graph's own, with its texts released together
  info = std::move(other.info);
  std::swap(storage_, other.storage_);
  edges_ = std::move(other.edges_);
  vertex_by_id_ = std::move(other.vertex_by_id_);
  edge_types_ = std::move(other.edge_types_);
  edge_by_key_ = std::move(other.edge_by_key_);
  // The moved-from graph is this thread's alone (no const look-up runs on it): no lock.
  all_indexed_.store(other.all_indexed_.load(std::memory_order_relaxed), std::memory_order_relaxed);
  other.all_indexed_.store(true, std::memory_order_relaxed);
  // The moved-from graph is empty and usable (its storage is this graph's old one, cleared).
  other.info = {};
  other.storage_->clear();
  other.edges_.clear();
  other.vertex_by_id_.clear();
  other.edge_types_.clear();
  other.edge_by_key_.clear();
  return *this;
}

Graph& Graph::operator=(const Graph& other) {
  if (this == &other) return *this;
  // Copying reads `other`, as a const look-up does; one on another thread may be catching up
  // its indexes: the copy waits for it, and takes the indexes and the flag as they stand.
  const std::lock_guard lock(other.index_mutex_);
  info = other.info;
  *storage_ = *other.storage_;
  edges_ = other.edges_;
  vertex_by_id_ = other.vertex_by_id_;
  edge_types_ = other.edge_types_;
  edge_by_key_ = other.edge_by_key_;  // vertices and edges are indices: the keys carry over
  all_indexed_.store(other.all_indexed_.load(std::memory_order_relaxed), std::memory_order_relaxed);
  return *this;
}

std::size_t Graph::EdgeKeyHash::operator()(const EdgeKey& key) const noexcept {
  // splitmix64's finaliser over the three fields: vertex indices are small and dense, so a
  // plain combination would crowd the buckets.
  std::uint64_t h = key.from * 0x9E3779B97F4A7C15ULL ^ (key.to + 0x632BE59BD9B4E019ULL) * 0xBF58476D1CE4E5B9ULL ^ key.type;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::size_t>(h ^ (h >> 31));
}

namespace {
// The bits of a key's hash a slot keeps: the top ones, which no slot position uses.
std::uint16_t hash_bits(std::size_t hash) { return static_cast<std::uint16_t>(hash >> 48); }

}  // namespace

std::size_t Graph::EdgeIndex::probe(const EdgeKey& key, std::size_t hash, const Storage& storage) const {
  const std::size_t mask = slots_.size() - 1;
  const std::uint16_t bits = hash_bits(hash);
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.edge == 0) return at;
    if (slot.type == key.type && slot.hash_bits == bits) {
      const auto& stored = storage.m_edges[slot.edge - 1];
      if (stored.m_source == key.from && stored.m_target == key.to) return at;
    }
  }
}

void Graph::EdgeIndex::rehash(std::size_t slot_count, const Storage& storage) {
  std::vector<Slot> old(slot_count);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.edge == 0) continue;
    const auto& stored = storage.m_edges[slot.edge - 1];
    std::size_t at = EdgeKeyHash{}(EdgeKey{stored.m_source, stored.m_target, slot.type}) & mask;
    while (slots_[at].edge != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

namespace {
// The slots of an index (of either kind) with room for `count` elements.
std::size_t slot_count_for(std::size_t count) {
  std::size_t slot_count = 16;
  while (slot_count * 3 < count * 4) slot_count *= 2;
  return slot_count;
}
}  // namespace

template <typename AddEdge>
std::size_t Graph::EdgeIndex::find_or_add(const EdgeKey& key, const Storage& storage, AddEdge&& add_new) {
  if ((size_ + 1) * 4 > slots_.size() * 3) {
    rehash(std::max(slot_count_for(reserved_), std::max<std::size_t>(16, slots_.size() * 2)), storage);
  }
  const std::size_t hash = EdgeKeyHash{}(key);
  const std::size_t at = probe(key, hash, storage);
  if (slots_[at].edge != 0) return slots_[at].edge - 1;
  if (key.type > UINT16_MAX || boost::num_edges(storage) >= UINT32_MAX) {
    throw Error(ErrorKind::internal, "", "graph: more edges or edge types than the edge index holds");
  }
  const std::size_t index = add_new();
  slots_[at] = Slot{static_cast<std::uint32_t>(index + 1), static_cast<std::uint16_t>(key.type), hash_bits(hash)};
  ++size_;
  return index;
}

std::optional<std::size_t> Graph::EdgeIndex::find(const EdgeKey& key, const Storage& storage) const {
  if (slots_.empty() || key.type > UINT16_MAX) return std::nullopt;
  const Slot& slot = slots_[probe(key, EdgeKeyHash{}(key), storage)];
  if (slot.edge == 0) return std::nullopt;
  return slot.edge - 1;
}

void Graph::EdgeIndex::reserve(std::size_t edges, const Storage& storage) {
  reserved_ = std::max(reserved_, edges);
  // Made now only for an index in use: a document's graph, whose edges are all added new, never
  // indexes them.
  if (slots_.empty()) return;
  const std::size_t slot_count = slot_count_for(edges);
  if (slot_count > slots_.size()) rehash(slot_count, storage);
}

std::size_t Graph::IdIndex::probe(const std::string& id, std::uint32_t bits, const Storage& storage) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = bits & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.vertex == 0 || (slot.hash_bits == bits && storage[slot.vertex - 1].id == id)) return at;
  }
}

void Graph::IdIndex::rehash(std::size_t slot_count) {
  std::vector<Slot> old(slot_count);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.vertex == 0) continue;
    std::size_t at = slot.hash_bits & mask;
    while (slots_[at].vertex != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

template <typename AddVertex>
std::pair<Graph::Vertex, bool> Graph::IdIndex::find_or_add(const std::string& id, const Storage& storage,
                                                           AddVertex&& add_new) {
  if ((size_ + 1) * 4 > slots_.size() * 3) rehash(std::max(slot_count_for(reserved_), std::max<std::size_t>(16, slots_.size() * 2)));
  const auto bits = static_cast<std::uint32_t>(string_hash(id));
  const std::size_t at = probe(id, bits, storage);
  if (slots_[at].vertex != 0) return {slots_[at].vertex - 1, false};
  if (boost::num_vertices(storage) >= UINT32_MAX) {
    throw Error(ErrorKind::internal, "", "graph: more nodes than the id index holds");
  }
  const Vertex vertex = add_new();
  slots_[at] = Slot{static_cast<std::uint32_t>(vertex + 1), bits};
  ++size_;
  return {vertex, true};
}

std::optional<Graph::Vertex> Graph::IdIndex::find(const std::string& id, const Storage& storage) const {
  if (slots_.empty()) return std::nullopt;
  const Slot& slot = slots_[probe(id, static_cast<std::uint32_t>(string_hash(id)), storage)];
  if (slot.vertex == 0) return std::nullopt;
  return slot.vertex - 1;
}

void Graph::IdIndex::reserve(std::size_t nodes) {
  reserved_ = std::max(reserved_, nodes);
  // Made now only for an index in use: a document's graph, whose nodes are all added new, never
  // indexes them.
  if (slots_.empty()) return;
  const std::size_t slot_count = slot_count_for(nodes);
  if (slot_count > slots_.size()) rehash(slot_count);
}

std::optional<std::uint32_t> Graph::EdgeTypes::code_of(std::string_view type) const {
  if (codes_.empty()) {
    for (std::size_t code = 0; code < names_.size(); ++code) {
      if (names_[code] == type) return static_cast<std::uint32_t>(code);
    }
    return std::nullopt;
  }
  const auto found = codes_.find(std::string(type));
  if (found == codes_.end()) return std::nullopt;
  return found->second;
}

std::uint32_t Graph::EdgeTypes::intern_new(std::string_view type) {
  if (const auto known = code_of(type)) return last_code_ = *known;
  if (names_.empty()) names_.reserve(kScanned);
  const auto code = static_cast<std::uint32_t>(names_.size());
  names_.emplace_back(type);
  symmetric_.push_back(is_symmetric_edge_type(names_.back()));
  if (names_.size() > kScanned) {
    if (codes_.empty()) {
      for (std::size_t known = 0; known < names_.size(); ++known) codes_.emplace(names_[known], static_cast<std::uint32_t>(known));
    } else {
      codes_.emplace(names_.back(), code);
    }
  }
  return last_code_ = code;
}

std::optional<std::uint32_t> Graph::EdgeTypes::find(const std::string& type) const { return code_of(type); }

void Graph::EdgeTypes::clear() { *this = EdgeTypes(); }

std::optional<Graph::EdgeKey> Graph::edge_key(const std::string& type, const std::string& source_id,
                                              const std::string& target_id) const {
  const auto code = edge_types_.find(type);
  if (!code) return std::nullopt;
  const bool swap = edge_types_.symmetric(*code) && target_id < source_id;
  const auto from = vertex_by_id_.find(swap ? target_id : source_id, *storage_);
  const auto to = vertex_by_id_.find(swap ? source_id : target_id, *storage_);
  if (!from || !to) return std::nullopt;
  return EdgeKey{*from, *to, *code};
}

void Graph::reserve(std::size_t nodes, std::size_t edges) {
  storage_->m_vertices.reserve(nodes);  // vecS: vectors, which Boost has no call to reserve
  storage_->m_edges.reserve(edges);
  vertex_by_id_.reserve(nodes);
  edges_.reserve(edges);
  edge_by_key_.reserve(edges, *storage_);
}

void Graph::reserve_edges_at(Vertex vertex, std::size_t out, std::size_t in) {
  if (vertex >= node_count()) return;
  auto& stored = storage_->m_vertices[vertex];
  if (out > 0) stored.m_out_edges.reserve(stored.m_out_edges.size() + out);
  if (in > 0) stored.m_in_edges.reserve(stored.m_in_edges.size() + in);
}

NodeData& Graph::add_node(const NodeData& node) { return put_node(node, Combine::accumulate); }
NodeData& Graph::add_node(NodeData&& node) { return put_node(std::move(node), Combine::accumulate); }
NodeData& Graph::merge_node(const NodeData& node) { return put_node(node, Combine::merge); }
NodeData& Graph::merge_node(NodeData&& node) { return put_node(std::move(node), Combine::merge); }

EdgeData& Graph::add_edge(const std::string& source_id, const std::string& target_id, const EdgeData& edge) {
  return put_edge(source_id, target_id, edge, Combine::accumulate);
}
EdgeData& Graph::add_edge(const std::string& source_id, const std::string& target_id, EdgeData&& edge) {
  return put_edge(source_id, target_id, std::move(edge), Combine::accumulate);
}
EdgeData& Graph::merge_edge(const std::string& source_id, const std::string& target_id, const EdgeData& edge) {
  return put_edge(source_id, target_id, edge, Combine::merge);
}
EdgeData& Graph::merge_edge(const std::string& source_id, const std::string& target_id, EdgeData&& edge) {
  return put_edge(source_id, target_id, std::move(edge), Combine::merge);
}

namespace {
// A stored node's aliases are sorted and unique. Most nodes come with theirs so already (often
// one or none): they are sorted only when not.
void sort_aliases(NodeData& node) {
  const auto not_increasing = [](const std::string& a, const std::string& b) { return !(a < b); };
  if (std::adjacent_find(node.aliases.begin(), node.aliases.end(), not_increasing) != node.aliases.end()) {
    std::sort(node.aliases.begin(), node.aliases.end());
    node.aliases.erase(std::unique(node.aliases.begin(), node.aliases.end()), node.aliases.end());
  }
}
}  // namespace

Graph::Vertex Graph::add_empty_vertex() {
  // Boost 1.74's add_vertex takes the property by const reference and copies it (an empty one
  // too, when given none): make an empty vertex in place, as add_vertex would without the copy.
  storage_->m_vertices.emplace_back();
  return storage_->m_vertices.size() - 1;
}

template <typename NodeValue>
NodeData& Graph::put_node(NodeValue&& node, Combine how) {
  if (node.id.empty()) throw Error(ErrorKind::internal, "", "graph: a node without an id");
  index_pending();
  const auto [vertex, added] = vertex_by_id_.find_or_add(node.id, *storage_, [&] {
    const Vertex v = add_empty_vertex();
    NodeData& stored = (*storage_)[v];
    stored = std::forward<NodeValue>(node);
    sort_aliases(stored);
    return v;
  });
  NodeData& existing = (*storage_)[vertex];
  if (added) return existing;
  combine_node(existing, node, how == Combine::accumulate);
  return existing;
}

NodeData& Graph::put_filled_node(const std::string& id, FillNode fill, void* filler) {
  if (id.empty()) throw Error(ErrorKind::internal, "", "graph: a node without an id");
  index_pending();
  const auto [vertex, added] = vertex_by_id_.find_or_add(id, *storage_, [&] {
    const Vertex v = add_empty_vertex();
    NodeData& stored = (*storage_)[v];
    stored.id = id;
    fill(filler, stored);
    sort_aliases(stored);
    return v;
  });
  NodeData& existing = (*storage_)[vertex];
  if (added) return existing;
  NodeData node;
  node.id = id;
  fill(filler, node);
  combine_node(existing, node, true);
  return existing;
}

Graph::Vertex Graph::put_new_filled_node(const std::string& id, FillNode fill, void* filler) {
  if (id.empty()) throw Error(ErrorKind::internal, "", "graph: a node without an id");
  if (node_count() >= UINT32_MAX) throw Error(ErrorKind::internal, "", "graph: more nodes than the id index holds");
  const Vertex vertex = add_empty_vertex();
  all_indexed_.store(false, std::memory_order_relaxed);  // no const look-up runs while a graph is added to
  NodeData& stored = (*storage_)[vertex];
  stored.id = id;
  fill(filler, stored);
  sort_aliases(stored);
  return vertex;
}

void Graph::catch_up_indexes() const {
  const std::lock_guard lock(index_mutex_);
  // Another thread may have caught up while this one waited.
  if (all_indexed_.load(std::memory_order_relaxed)) return;
  index_new_nodes();
  index_new_edges();
  // Release: a thread that reads the flag set (acquire) sees the indexes as they were left here.
  all_indexed_.store(true, std::memory_order_release);
}

void Graph::index_new_nodes() const {
  for (Vertex v = vertex_by_id_.size(); v < node_count(); ++v) {
    const std::string& id = (*storage_)[v].id;
    const bool added = vertex_by_id_.find_or_add(id, *storage_, [&] { return v; }).second;
    if (!added) throw Error(ErrorKind::internal, "", "graph: a node " + id + " added as new was there already");
  }
}

template <typename EdgeValue>
EdgeData& Graph::put_edge(const std::string& source_id, const std::string& target_id, EdgeValue&& edge, Combine how) {
  index_pending();
  const auto from_vertex = vertex_by_id_.find(source_id, *storage_);
  const auto to_vertex = vertex_by_id_.find(target_id, *storage_);
  if (!from_vertex || !to_vertex) {
    throw Error(ErrorKind::internal, "",
                "graph: edge " + edge.type + " " + source_id + " -> " + target_id + " names a node that does not exist");
  }
  return put_edge(*from_vertex, *to_vertex, std::forward<EdgeValue>(edge), how);
}

// Inline: asked per edge added, and most types are not symmetric (a call was most of its cost).
inline Graph::EdgeKey Graph::stored_key(Vertex source, Vertex target, std::uint32_t type) const {
  const bool swap = edge_types_.symmetric(type) && (*storage_)[target].id < (*storage_)[source].id;
  return EdgeKey{swap ? target : source, swap ? source : target, type};
}

template <typename NewEdge>
EdgeData& Graph::append_edge(const EdgeKey& key, NewEdge&& new_edge) {
  boost::add_edge(key.from, key.to, EdgeSlot{edges_.size()}, *storage_);
  return edges_.push_back(new_edge());
}

template <typename NewEdge, typename CombineInto>
EdgeData& Graph::insert_edge(Vertex source, Vertex target, std::uint32_t type, NewEdge&& new_edge, CombineInto&& combine) {
  if (source >= node_count() || target >= node_count()) throw Error(ErrorKind::internal, "", "graph: an edge to no vertex");
  index_pending();
  const EdgeKey key = stored_key(source, target, type);
  EdgeData* added = nullptr;
  const std::size_t index = edge_by_key_.find_or_add(key, *storage_, [&] {
    added = &append_edge(key, new_edge);
    return edges_.size() - 1;
  });
  if (added != nullptr) return *added;
  EdgeData& existing = edges_[index];
  combine(existing);
  return existing;
}

template <typename EdgeValue>
EdgeData& Graph::put_edge(Vertex source, Vertex target, EdgeValue&& edge, Combine how) {
  return insert_edge(
      source, target, edge_type_code(edge.type).value, [&]() -> EdgeValue&& { return std::forward<EdgeValue>(edge); },
      [&](EdgeData& existing) { combine_edge(existing, edge, how == Combine::accumulate); });
}

Graph::EdgeTypeCode Graph::edge_type_code(std::string_view type) {
  if (type.empty()) throw Error(ErrorKind::internal, "", "graph: an edge without a type");
  return {edge_types_.intern(type)};
}

namespace {
// Converts to the made EdgeData where the store constructs its element: the data is made there,
// not moved (GCC elides the move from a conversion's result, as CWG 2327 proposes).
struct MadeEdge {
  EdgeData (*make)(void* maker);
  void* maker;
  operator EdgeData() const { return make(maker); }  // NOLINT: implicit, for the store's emplace
};
}  // namespace

EdgeData& Graph::put_made_edge(Vertex source, Vertex target, EdgeTypeCode type, MakeEdge make, void* maker) {
  if (type.value >= edge_types_.size()) throw Error(ErrorKind::internal, "", "graph: an edge type code of no type");
  return insert_edge(
      source, target, type.value, [&] { return MadeEdge{make, maker}; },
      [&](EdgeData& existing) { combine_edge(existing, make(maker), true); });
}

EdgeData& Graph::put_new_made_edge(Vertex source, Vertex target, EdgeTypeCode type, MakeEdge make, void* maker) {
  if (type.value >= edge_types_.size()) throw Error(ErrorKind::internal, "", "graph: an edge type code of no type");
  if (source >= node_count() || target >= node_count()) throw Error(ErrorKind::internal, "", "graph: an edge to no vertex");
  all_indexed_.store(false, std::memory_order_relaxed);  // as in put_new_filled_node
  return append_edge(stored_key(source, target, type.value), [&] { return MadeEdge{make, maker}; });
}

void Graph::index_new_edges() const {
  for (std::size_t e = edge_by_key_.size(); e < edges_.size(); ++e) {
    const auto& stored = storage_->m_edges[e];
    const EdgeData& edge = edges_[e];
    const auto type = edge_types_.find(edge.type);  // named when it was added, by its code
    if (!type) throw Error(ErrorKind::internal, "", "graph: an edge of type " + edge.type + " not made with its code");
    bool added = false;
    edge_by_key_.find_or_add(EdgeKey{stored.m_source, stored.m_target, *type}, *storage_, [&] {
      added = true;
      return e;
    });
    if (!added) {
      throw Error(ErrorKind::internal, "",
                  "graph: an edge " + edge.type + " " + (*storage_)[stored.m_source].id + " -> " +
                      (*storage_)[stored.m_target].id + " added as new was there already");
    }
  }
}

std::optional<Graph::Vertex> Graph::vertex_of(const std::string& id) const {
  index_pending();
  return vertex_by_id_.find(id, *storage_);
}

EdgeData& Graph::add_edge(Vertex source, Vertex target, EdgeData&& edge) {
  return put_edge(source, target, std::move(edge), Combine::accumulate);
}

void Graph::drain(const std::function<void(NodeData&&)>& take_node,
                  const std::function<void(const std::string&, const std::string&, EdgeData&&)>& take_edge) {
  Storage& storage = *storage_;
  std::vector<std::string> ids;  // the edges' ends, kept as the nodes move out
  ids.reserve(boost::num_vertices(storage));
  for (auto v : boost::make_iterator_range(boost::vertices(storage))) {
    ids.push_back(storage[v].id);
    take_node(std::move(storage[v]));
  }
  for (auto e : boost::make_iterator_range(boost::edges(storage))) {
    take_edge(ids[boost::source(e, storage)], ids[boost::target(e, storage)], std::move(edges_[storage[e].index]));
  }
  *this = Graph();
}

const NodeData* Graph::find_node(const std::string& id) const {
  const auto vertex = vertex_of(id);
  return vertex ? &(*storage_)[*vertex] : nullptr;
}

NodeData* Graph::find_node(const std::string& id) {
  const auto vertex = vertex_of(id);
  return vertex ? &(*storage_)[*vertex] : nullptr;
}

const EdgeData* Graph::find_edge(const std::string& type, const std::string& source_id,
                                 const std::string& target_id) const {
  index_pending();
  const auto key = edge_key(type, source_id, target_id);
  if (!key) return nullptr;
  const auto index = edge_by_key_.find(*key, *storage_);
  return index ? &edges_[*index] : nullptr;
}

std::vector<Graph::Vertex> Graph::vertices_by_id(unsigned threads) const {
  const Storage& storage = *storage_;
  std::vector<Vertex> order(node_count());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  sort_on_threads(order, [&](Vertex a, Vertex b) { return storage[a].id < storage[b].id; }, threads);
  return order;
}

std::vector<const NodeData*> Graph::sorted_nodes() const {
  std::vector<const NodeData*> out;
  out.reserve(node_count());
  for (Vertex v : vertices_by_id()) out.push_back(&(*storage_)[v]);
  return out;
}

std::vector<Graph::EdgeView> Graph::sorted_edges() const { return edges_in_order(vertices_by_id()); }

Graph::Sorted Graph::sorted(unsigned threads) const {
  const std::vector<Vertex> order = vertices_by_id(threads);
  Sorted result;
  result.nodes.reserve(order.size());
  for (Vertex v : order) result.nodes.push_back(&(*storage_)[v]);
  result.edges = edges_in_order(order, threads);
  return result;
}

std::vector<Graph::EdgeView> Graph::edges_in_order(const std::vector<Vertex>& order, unsigned threads) const {
  // Ids are unique, so ordering by the ends' ranks in id order is ordering by their ids, with
  // integer comparisons; only edges between the same two nodes compare their type strings.
  const Storage& storage = *storage_;
  std::vector<std::uint32_t> rank(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
  struct Keyed {
    std::uint64_t ends;  // source rank, target rank
    const EdgeData* data;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(edge_count());
  for (auto e : boost::make_iterator_range(boost::edges(storage))) {
    keyed.push_back({std::uint64_t{rank[boost::source(e, storage)]} << 32 | rank[boost::target(e, storage)], &edges_[storage[e].index]});
  }
  sort_on_threads(
      keyed, [](const Keyed& a, const Keyed& b) { return a.ends != b.ends ? a.ends < b.ends : a.data->type < b.data->type; },
      threads);
  std::vector<EdgeView> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.emplace_back(storage[order[k.ends >> 32]], storage[order[k.ends & 0xFFFFFFFFu]], *k.data);
  return out;
}

}  // namespace parley
