// Unit tests of sort_on_threads (graph/parallel_sort.hpp): for any thread count and size, the
// order std::sort gives, including sizes just below and above the point where threads start.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/parallel_sort.hpp"

using parley::sort_on_threads;

namespace {

std::vector<std::string> random_ids(std::size_t count, std::uint64_t seed) {
  std::vector<std::string> ids;
  std::uint64_t state = seed;
  for (std::size_t i = 0; i < count; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    // Long shared prefixes, as node ids have ("actor:minister-..."), and some duplicates.
    ids.push_back("actor:minister-" + std::to_string((state >> 33) % (count / 2 + 1)));
  }
  return ids;
}

}  // namespace

TEST_CASE("sort_on_threads gives std::sort's order for any thread count") {
  const std::size_t sizes[] = {0, 1, 2, 1000, (1 << 16) - 1, 1 << 16, (1 << 16) + 3, 200001};
  for (std::size_t size : sizes) {
    const auto input = random_ids(size, size + 17);
    auto expected = input;
    std::sort(expected.begin(), expected.end());
    for (unsigned threads : {1u, 2u, 3u, 5u, 8u, 64u}) {
      CAPTURE(size);
      CAPTURE(threads);
      auto sorted = input;
      sort_on_threads(sorted, std::less<>(), threads);
      CHECK(sorted == expected);
    }
  }
}

TEST_CASE("sort_on_threads uses the order it is given") {
  std::vector<int> numbers(100000);
  for (std::size_t i = 0; i < numbers.size(); ++i) numbers[i] = static_cast<int>((i * 7919) % 100003);
  sort_on_threads(numbers, std::greater<>(), 4);
  CHECK(std::is_sorted(numbers.begin(), numbers.end(), std::greater<>()));
  CHECK(numbers.front() == 100002);
}
