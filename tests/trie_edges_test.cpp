// Unit tests of TrieEdges, the gazetteer trie's edge table: an edge is found from its node and
// key only, keys of different nodes do not mix, and edges survive the table's growth.
#include <doctest/doctest.h>

#include <string>

#include "mentions/tokens.hpp"
#include "mentions/trie_edges.hpp"

using parley::mentions::key_hash;
using parley::mentions::TrieEdges;

namespace {

std::size_t find(const TrieEdges& edges, std::size_t node, const std::string& key) {
  return edges.find(node, key, key_hash(key));
}

void add(TrieEdges& edges, std::size_t node, const std::string& key, std::size_t child) {
  edges.add(node, key, key_hash(key), child);
}

}  // namespace

TEST_CASE("an empty table has no edges") {
  const TrieEdges edges;
  CHECK(find(edges, 0, "united") == TrieEdges::kNone);
}

TEST_CASE("an edge is found from its node and key, not from another node") {
  TrieEdges edges;
  add(edges, 0, "united", 1);
  add(edges, 1, "kingdom", 2);
  add(edges, 1, "states", 3);
  CHECK(find(edges, 0, "united") == 1);
  CHECK(find(edges, 1, "kingdom") == 2);
  CHECK(find(edges, 1, "states") == 3);
  CHECK(find(edges, 0, "kingdom") == TrieEdges::kNone);
  CHECK(find(edges, 2, "united") == TrieEdges::kNone);
  CHECK(find(edges, 1, "nations") == TrieEdges::kNone);
}

TEST_CASE("edges survive the table's growth") {
  TrieEdges edges;
  for (std::size_t i = 0; i < 1000; ++i) add(edges, i % 7, "word" + std::to_string(i), i + 1);
  for (std::size_t i = 0; i < 1000; ++i) CHECK(find(edges, i % 7, "word" + std::to_string(i)) == i + 1);
  CHECK(find(edges, 1, "word0") == TrieEdges::kNone);  // word0 hangs from node 0
}
