// Sorting a large vector on a few threads: each sorts a slice, then the slices are merged in
// pairs. The result is what std::sort gives for a strict weak order without ties between distinct
// elements (as the writers' orders are: ids are unique), so output bytes do not depend on the
// thread count.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace parley {

template <typename T, typename Less>
void sort_on_threads(std::vector<T>& items, Less less, unsigned threads) {
  constexpr std::size_t kWorthIt = 1 << 16;  // below this, starting threads costs more than it saves
  const std::size_t slices = std::min<std::size_t>(threads, 8);
  if (slices <= 1 || items.size() < kWorthIt) {
    std::sort(items.begin(), items.end(), less);
    return;
  }
  std::vector<std::size_t> bounds;
  for (std::size_t i = 0; i <= slices; ++i) bounds.push_back(items.size() * i / slices);
  {
    std::vector<std::jthread> workers;
    for (std::size_t i = 1; i < slices; ++i) {
      workers.emplace_back([&, i] { std::sort(items.begin() + bounds[i], items.begin() + bounds[i + 1], less); });
    }
    std::sort(items.begin() + bounds[0], items.begin() + bounds[1], less);
  }
  // Merge neighbouring slices until one is left.
  for (std::size_t width = 1; width < slices; width *= 2) {
    for (std::size_t i = 0; i + width < slices; i += 2 * width) {
      const std::size_t end = bounds[std::min(i + 2 * width, slices)];
      std::inplace_merge(items.begin() + bounds[i], items.begin() + bounds[i + width], items.begin() + end, less);
    }
  }
}

}  // namespace parley
