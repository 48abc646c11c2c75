// The graph model of SCHEMA.md on Boost.Graph: typed nodes and edges with their evidence,
// looked up by stable id, one edge per (type, source, target).
//
// Two ways to combine what is known about the same element:
//  - add_node / add_edge accumulate within one document's extraction: each call is one more
//    sentence of support, so per-document counts are summed;
//  - merge_node / merge_edge combine graphs: per-document support is taken as the larger of the
//    two counts, so merging a graph that already holds a document does not count it twice.
// Both are commutative and associative: every field is combined by a rule that depends only on
// the set of values seen (see the comments on NodeData), never on the order of calls.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "parley/shared_string.hpp"
#include "parley/support_map.hpp"

namespace parley {

// Where the sentence that best supports an element stands: byte offsets into the document's
// UTF-8 text as read (after decoding, before normalisation).
// Both texts are shared (see SharedString): a document's elements cite the same few sentences,
// and all of them the same document.
struct Evidence {
  SharedString text;
  SharedString source;  // the document, shared with the support of the elements it backs
  std::size_t start = 0;
  std::size_t end = 0;

  bool empty() const { return text.empty() && source.empty(); }
  // The best evidence is the one that comes first in (source, start, end, text) order.
  auto key() const { return std::tie(source, start, end, text); }
};

struct NodeData {
  std::string id;        // "actor:antony-j-blinken"; see ids.hpp
  std::string type;      // actor, agreement, meeting, commitment (or another, e.g. location)
  std::string kind;      // subtype; combined: the longest value, ties by byte order
  std::string label;     // canonical display name; combined: as kind
  std::vector<std::string> aliases;  // surface forms, sorted and unique; combined: union
  std::string date;      // ISO 8601, partial allowed; combined: the most specific, then earliest
  std::string location;  // combined: the longest, ties by byte order
  std::string country;   // ISO 3166-1 alpha-3; combined: as location
  Evidence evidence;     // combined: the first in Evidence::key order
  std::string rule;      // the recogniser that produced it; combined: the smallest in byte order
  // Mentions per document (source -> count); `mentions` and `sources` derive from it.
  SupportMap<long> support;
  // Further attributes (modality, first_seen, last_seen, diff, ...), written as strings.
  // Combined key by key: the larger value in byte order, except first_seen (the smaller).
  std::map<std::string, std::string> attributes;

  long mentions() const;
  std::vector<std::string> sources() const;
};

struct EdgeData {
  std::string type;      // participates_in, party_to, makes, ...
  std::string role;      // participates_in only: lead, host, participant, counterpart
  Evidence evidence;
  std::string rule;
  // Sentences that state the edge, per document (source -> count).
  SupportMap<double> support;
  std::map<std::string, std::string> attributes;

  double weight() const;          // sum of support
  long documents() const;         // documents with support
  std::vector<std::string> sources() const;
};

struct GraphInfo {
  std::string source;  // the briefing (or a summary for a merged graph)
  std::string title;
  std::string date;
};

class Graph {
 public:
  // The edge property is the edge's index in the EdgeStore beside the storage (see
  // edge_data): Boost kept each edge's property in a list node of its own, which made adding an
  // edge build, copy and destroy empty EdgeData, and scattered the edges' data over the heap.
  // Boost's own edge list is a vector too (the last parameter), not a list node per edge.
  struct EdgeSlot {
    std::size_t index = 0;  // initialised: Boost copies a default one before assigning it
  };
  using Storage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeSlot,
                                        boost::no_property, boost::vecS>;
  using Vertex = Storage::vertex_descriptor;
  using Edge = Storage::edge_descriptor;

  // An edge with its two end nodes, as writers need it.
  class EdgeView {
   public:
    EdgeView(const NodeData& source, const NodeData& target, const EdgeData& data)
        : source_(&source), target_(&target), data_(&data) {}
    const NodeData& source() const { return *source_; }
    const NodeData& target() const { return *target_; }
    const EdgeData& data() const { return *data_; }

   private:
    const NodeData* source_;
    const NodeData* target_;
    const EdgeData* data_;
  };

  GraphInfo info;

  Graph() = default;
  // adjacency_list has no move (it copies), so the storage lives on the heap and a move hands
  // over the pointer: a returned graph is never copied.
  Graph(const Graph& other);
  Graph& operator=(const Graph& other);
  Graph(Graph&& other) noexcept;
  Graph& operator=(Graph&& other) noexcept;
  ~Graph();

  // Room for this many nodes and edges in all, when the caller knows: no growing on the way.
  void reserve(std::size_t nodes, std::size_t edges);
  // Room for this many more edges from and to one vertex, when the caller knows: Boost keeps a
  // vector of each per vertex, which grew one reallocation at a time.
  void reserve_edges_at(Vertex vertex, std::size_t out, std::size_t in);

  // Insert or combine (see the file comment). The node's id must be set. A returned reference
  // lasts until the next node or edge is added (nodes and edges are kept in vectors).
  NodeData& add_node(const NodeData& node);
  NodeData& add_node(NodeData&& node);  // a new node is moved in, not copied
  NodeData& merge_node(const NodeData& node);
  NodeData& merge_node(NodeData&& node);  // a new node is moved in, not copied
  // add_node for a caller that makes the node for the call: fill(NodeData&) sets every field
  // but the id on an empty node. A new node is filled in its place in the graph (building it
  // apart, moving it in and destroying what it was moved from was half of adding a node); a node
  // already there combines with one filled apart.
  template <typename Fill>
  NodeData& add_node_filled(const std::string& id, Fill&& fill) {
    using Filler = std::remove_reference_t<Fill>;
    return put_filled_node(id, [](void* filler, NodeData& node) { (*static_cast<Filler*>(filler))(node); },
                           const_cast<void*>(static_cast<const void*>(std::addressof(fill))));
  }
  // add_node_filled for a caller that knows the graph has no node of this id (the extractor: the
  // first entity of each id, found by its own table of ids): the node is appended with no
  // look-up, and the id index takes it in only when next needed, by any look-up or add by id
  // (see index_pending). A document's graph, drained into the corpus graph or written out, never
  // needs it: each id was hashed for a table nobody read. Returns the new node's vertex. An id
  // that was there after all is an internal error, found when the index takes it in.
  template <typename Fill>
  Vertex add_new_node_filled(const std::string& id, Fill&& fill) {
    using Filler = std::remove_reference_t<Fill>;
    return put_new_filled_node(id, [](void* filler, NodeData& node) { (*static_cast<Filler*>(filler))(node); },
                               const_cast<void*>(static_cast<const void*>(std::addressof(fill))));
  }
  // Both ends must exist. Symmetric types (counterpart_of, deals_with) are stored from the
  // smaller id to the larger, whatever order the caller gives.
  EdgeData& add_edge(const std::string& source_id, const std::string& target_id, const EdgeData& edge);
  EdgeData& add_edge(const std::string& source_id, const std::string& target_id, EdgeData&& edge);
  // The same between two vertices (see vertex_of), for callers that add many edges between the
  // same nodes: no id is looked up.
  EdgeData& add_edge(Vertex source, Vertex target, EdgeData&& edge);
  // The same, for a caller that makes the edge's data for the call: make() returns an EdgeData
  // of type `type`, which a new edge is made from in its place in the graph rather than moved
  // there (moving it in, and destroying what it was moved from, was a third of adding an edge).
  template <typename Make>
  EdgeData& add_edge_made(Vertex source, Vertex target, std::string_view type, Make&& make) {
    return add_edge_made(source, target, edge_type_code(type), std::forward<Make>(make));
  }
  // An edge type's code in this graph (the type is added if new; never empty), for a caller that
  // adds many edges of a few types: it names each type once, not once per edge.
  struct EdgeTypeCode {
    std::uint32_t value;
  };
  EdgeTypeCode edge_type_code(std::string_view type);
  // add_edge_made with the type by its code in this graph: make() returns an EdgeData of that type.
  template <typename Make>
  EdgeData& add_edge_made(Vertex source, Vertex target, EdgeTypeCode type, Make&& make) {
    using Maker = std::remove_reference_t<Make>;
    return put_made_edge(source, target, type, [](void* maker) -> EdgeData { return (*static_cast<Maker*>(maker))(); },
                         const_cast<void*>(static_cast<const void*>(std::addressof(make))));
  }
  // add_edge_made by code for a caller that knows the graph holds no edge of this type between
  // these ends (EdgeSink, writing its distinct edges into a graph that had none): the edge is
  // appended with no look-up, and the edge index takes it in only when next needed, by an
  // add_edge, merge_edge or find_edge (see index_pending). A document's graph,
  // drained into the corpus graph or written out, never needs it: keeping the index as edges
  // came was hashing and probing for a table nobody read. An edge that was there after all is
  // an internal error, found when the index takes it in.
  template <typename Make>
  EdgeData& add_new_edge_made(Vertex source, Vertex target, EdgeTypeCode type, Make&& make) {
    using Maker = std::remove_reference_t<Make>;
    return put_new_made_edge(source, target, type, [](void* maker) -> EdgeData { return (*static_cast<Maker*>(maker))(); },
                             const_cast<void*>(static_cast<const void*>(std::addressof(make))));
  }
  EdgeData& merge_edge(const std::string& source_id, const std::string& target_id, const EdgeData& edge);
  EdgeData& merge_edge(const std::string& source_id, const std::string& target_id, EdgeData&& edge);

  // Look-ups by id. The const ones may run on several threads at once over one graph: the first
  // to find elements added new and not indexed yet takes them into the indexes, under a lock.
  const NodeData* find_node(const std::string& id) const;
  std::optional<Vertex> vertex_of(const std::string& id) const;  // nullopt: no such node
  NodeData* find_node(const std::string& id);
  const EdgeData* find_edge(const std::string& type, const std::string& source_id, const std::string& target_id) const;

  std::size_t node_count() const { return boost::num_vertices(*storage_); }
  std::size_t edge_count() const { return boost::num_edges(*storage_); }

  // Deterministic orders for writers: nodes by id; edges by (source id, target id, type).
  std::vector<const NodeData*> sorted_nodes() const;
  std::vector<EdgeView> sorted_edges() const;
  // Both at once, as a writer needs them: the ids are sorted once instead of twice, on up to
  // `threads` threads (the same result for any number).
  struct Sorted {
    std::vector<const NodeData*> nodes;
    std::vector<EdgeView> edges;
  };
  Sorted sorted(unsigned threads = 1) const;

  // Hands every node, then every edge with its ends' ids, to the callbacks to keep, in storage
  // order, and leaves the graph empty: merging a graph no longer needed moves instead of copying.
  void drain(const std::function<void(NodeData&&)>& take_node,
             const std::function<void(const std::string& source_id, const std::string& target_id, EdgeData&&)>& take_edge);

  // The Boost.Graph storage, for algorithms (degree, components, projections). Its edge
  // property is an index: edge_data gives the edge's data.
  const Storage& storage() const { return *storage_; }
  const EdgeData& edge_data(Edge e) const { return edges_[(*storage_)[e].index]; }

 private:
  enum class Combine { accumulate, merge };
  // NodeValue: const NodeData& or NodeData&& (EdgeValue alike); a new element is copied or moved in.
  template <typename NodeValue>
  NodeData& put_node(NodeValue&& node, Combine how);
  Vertex add_empty_vertex();  // a vertex with an empty NodeData, for put_node and put_filled_node to fill
  using FillNode = void (*)(void* filler, NodeData& node);
  NodeData& put_filled_node(const std::string& id, FillNode fill, void* filler);
  Vertex put_new_filled_node(const std::string& id, FillNode fill, void* filler);
  // Makes both indexes hold every node and edge, before a look-up or an add by id or key:
  // catch_up_indexes takes in what add_new_node_filled and add_new_edge_made appended. A const
  // look-up may call it on several threads at once, hence the flag and the lock below.
  void index_pending() const {
    if (!all_indexed_.load(std::memory_order_acquire)) [[unlikely]] catch_up_indexes();
  }
  void catch_up_indexes() const;
  // Take the nodes added by add_new_node_filled (the edges added by add_new_edge_made) into the
  // id (edge) index; under index_mutex_.
  void index_new_nodes() const;
  void index_new_edges() const;
  template <typename EdgeValue>
  EdgeData& put_edge(const std::string& source_id, const std::string& target_id, EdgeValue&& edge, Combine how);
  template <typename EdgeValue>
  EdgeData& put_edge(Vertex source, Vertex target, EdgeValue&& edge, Combine how);
  using MakeEdge = EdgeData (*)(void* maker);
  EdgeData& put_made_edge(Vertex source, Vertex target, EdgeTypeCode type, MakeEdge make, void* maker);
  EdgeData& put_new_made_edge(Vertex source, Vertex target, EdgeTypeCode type, MakeEdge make, void* maker);
  // What put_edge and put_made_edge share: a new edge is constructed in the store from
  // `new_edge()`, an edge already there takes the new one through `combine(existing)`.
  template <typename NewEdge, typename CombineInto>
  EdgeData& insert_edge(Vertex source, Vertex target, std::uint32_t type, NewEdge&& new_edge, CombineInto&& combine);

  // The edge index is keyed by end vertices and an interned type code rather than by three id
  // strings: on a merged corpus graph the index was a third of the memory and most of the time.
  struct EdgeKey {
    Vertex from;
    Vertex to;
    std::uint32_t type;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const noexcept;
  };
  // Appends an edge under `key` to the storage, constructed in the store from `new_edge()`, not
  // indexed: what insert_edge and put_new_made_edge share.
  template <typename NewEdge>
  EdgeData& append_edge(const EdgeKey& key, NewEdge&& new_edge);
  // Edge types as small codes, and whether each is symmetric. Edges tend to come in runs of
  // one type (a document's edges arrive sorted by type), so the last type asked answers first.
  // A graph has a handful of types: their names are looked at one by one, and hashed only past
  // kScanned of them (a hash table made for each document's graph was most of naming a type).
  class EdgeTypes {
   public:
    std::uint32_t intern(std::string_view type) {
      // Inline: asked per edge added by name.
      if (last_code_ < names_.size() && type == names_[last_code_]) return last_code_;
      return intern_new(type);
    }
    std::optional<std::uint32_t> find(const std::string& type) const;
    bool symmetric(std::uint32_t code) const { return symmetric_[code]; }
    std::size_t size() const { return names_.size(); }
    void clear();

   private:
    static constexpr std::size_t kScanned = 16;
    std::uint32_t intern_new(std::string_view type);  // not the last type: kept out of intern's way
    std::optional<std::uint32_t> code_of(std::string_view type) const;
    std::vector<std::string> names_;  // by code
    std::vector<bool> symmetric_;     // by code
    std::unordered_map<std::string, std::uint32_t> codes_;  // names_ by name, once past kScanned
    std::uint32_t last_code_ = 0;
  };

  // The vertex pair an edge of this type is stored under (symmetric types: the smaller id first).
  EdgeKey stored_key(Vertex source, Vertex target, std::uint32_t type) const;
  std::optional<EdgeKey> edge_key(const std::string& type, const std::string& source_id, const std::string& target_id) const;
  std::vector<Vertex> vertices_by_id(unsigned threads = 1) const;
  std::vector<EdgeView> edges_in_order(const std::vector<Vertex>& vertices_by_id, unsigned threads = 1) const;

  // Destroys every node and edge, their shared texts given back a block at a time (see
  // SharedString::Releaser): a document's elements hold its name two or three times each and a
  // few sentences between them, an atomic operation per copy when each went alone. The indices
  // are left as they were, for the caller to reset.
  void destroy_elements() noexcept;

  std::unique_ptr<Storage> storage_ = std::make_unique<Storage>();  // never null
  // Edge data by index, in chunks of a fixed size: a merged graph of millions of edges grows
  // without copying them all at each doubling or holding twice the room it needs (one vector
  // did both: 600 MB more at the peak of 5M edges than list nodes).
  class EdgeStore {
   public:
    std::size_t size() const { return chunks_.empty() ? 0 : (chunks_.size() - 1) * kChunk + chunks_.back().size(); }
    EdgeData& operator[](std::size_t i) { return chunks_[i / kChunk][i % kChunk]; }
    const EdgeData& operator[](std::size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
    template <typename EdgeValue>
    EdgeData& push_back(EdgeValue&& edge) {
      return open_chunk().emplace_back(std::forward<EdgeValue>(edge));
    }
    // Room for `total` edges, as far as the last chunk goes.
    void reserve(std::size_t total) {
      const std::size_t have = size();
      if (total <= have) return;
      auto& last = open_chunk();
      last.reserve(std::min(kChunk, last.size() + (total - have)));
    }
    void clear() { chunks_.clear(); }
    // clear(), from the last edge, each handed to before(EdgeData&) just before it is destroyed.
    template <typename BeforeDestroying>
    void clear(BeforeDestroying&& before) {
      for (; !chunks_.empty(); chunks_.pop_back()) {
        for (auto& chunk = chunks_.back(); !chunk.empty(); chunk.pop_back()) before(chunk.back());
      }
    }

   private:
    static constexpr std::size_t kChunk = 4096;
    // The last chunk, started when there is none or it is full.
    std::vector<EdgeData>& open_chunk() {
      if (chunks_.empty() || chunks_.back().size() == kChunk) chunks_.emplace_back();
      return chunks_.back();
    }
    std::vector<std::vector<EdgeData>> chunks_;  // all full but the last
  };
  EdgeStore edges_;  // by the index each storage edge holds
  // Vertices by id, asked by every node added and every edge by id. One array, open addressing:
  // an unordered_map spent a heap node and a copy of the id per node (the id is in the node
  // already), with two allocations for each node added. A slot keeps the vertex and the low 32
  // bits of its id's hash (the library's string hash), so that growing hashes no id again; the
  // id is read from the node only when the bits match. (Ids do not change once added.)
  // It holds the first size() vertices: those added by add_new_node_filled after them wait for
  // index_new_nodes. Room reserved is made when the first vertex is indexed.
  class IdIndex {
   public:
    // The vertex with `id`, and false; when there is none, add_new() adds it to the storage and
    // returns it, and true.
    template <typename AddVertex>
    std::pair<Vertex, bool> find_or_add(const std::string& id, const Storage& storage, AddVertex&& add_new);
    std::optional<Vertex> find(const std::string& id, const Storage& storage) const;
    void reserve(std::size_t nodes);
    std::size_t size() const { return size_; }
    void clear() { *this = IdIndex(); }

   private:
    struct Slot {
      std::uint32_t vertex = 0;  // the vertex + 1; 0 for an empty slot
      std::uint32_t hash_bits = 0;
    };
    // The slot holding `id`, or the empty slot where it would go.
    std::size_t probe(const std::string& id, std::uint32_t bits, const Storage& storage) const;
    void rehash(std::size_t slot_count);
    std::vector<Slot> slots_;  // a power of two of them, at most three quarters used
    std::size_t size_ = 0;
    std::size_t reserved_ = 0;  // nodes reserve() asked room for
  };
  // mutable: a const look-up may take elements added new into it (see index_pending).
  mutable IdIndex vertex_by_id_;
  EdgeTypes edge_types_;
  // Edge indices in edges_ by key (not Boost edge descriptors, which point into a storage that
  // moves as it grows), so that a copy of the graph copies its index as it is. One array, open
  // addressing: an unordered_map spent a heap node per edge (48 bytes, on a merged corpus the
  // most of the index), and an allocation and a second hash on each edge added. A slot keeps
  // the edge's index, its type and 16 bits of its key's hash; the ends are read from the
  // storage's edge list (edge i is the i-th there) only when type and bits match.
  // It holds the first size() edges: those added by add_new_edge_made after them wait for
  // index_new_edges. Room reserved is made when the first edge is indexed.
  class EdgeIndex {
   public:
    // The index of the edge with `key`; when there is none, add_new() adds it to the storage
    // and returns its index.
    template <typename AddEdge>
    std::size_t find_or_add(const EdgeKey& key, const Storage& storage, AddEdge&& add_new);
    std::optional<std::size_t> find(const EdgeKey& key, const Storage& storage) const;
    void reserve(std::size_t edges, const Storage& storage);
    std::size_t size() const { return size_; }
    void clear() { *this = EdgeIndex(); }

   private:
    struct Slot {
      std::uint32_t edge = 0;  // the edge's index + 1; 0 for an empty slot
      std::uint16_t type = 0;
      std::uint16_t hash_bits = 0;
    };
    // The slot holding `key`, or the empty slot where it would go.
    std::size_t probe(const EdgeKey& key, std::size_t hash, const Storage& storage) const;
    void rehash(std::size_t slot_count, const Storage& storage);
    std::vector<Slot> slots_;  // a power of two of them, at most three quarters used
    std::size_t size_ = 0;
    std::size_t reserved_ = 0;  // edges reserve() asked room for
  };
  mutable EdgeIndex edge_by_key_;  // mutable as vertex_by_id_
  // Whether both indexes hold every node and edge: cleared by add_new_node_filled and
  // add_new_edge_made, set again by catch_up_indexes once the indexes hold them (double-checked:
  // a const look-up reads the flag alone, and takes the lock only to catch up). A copy or a move
  // carries the flag's value; the lock is each graph's own.
  mutable std::atomic<bool> all_indexed_{true};
  mutable std::mutex index_mutex_;
};

// True for edge types written once, from the smaller id to the larger.
bool is_symmetric_edge_type(const std::string& type);

// Combining rules, shared with readers and merge: exposed so that they are documented once.
void combine_node(NodeData& into, const NodeData& from, bool sum_support);
void combine_edge(EdgeData& into, const EdgeData& from, bool sum_support);

}  // namespace parley
