// Running independent jobs (one per document) on several threads while keeping everything the
// user sees in input order: results are handed back one by one, in index order, on the calling
// thread, so merged graphs, messages and exit status are the same for any thread count.
// At most a bounded window of results waits at a time, so memory does not grow with the input.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace parley {

// Calls produce(i) for every i in [0, count) on `threads` worker threads (1: on the calling
// thread, with no thread started) and consume(i, result) on the calling thread in increasing i.
// An exception thrown by produce(i) is rethrown from the calling thread when i's turn comes;
// an exception from either stops the remaining work.
template <typename Produce, typename Consume>
void for_each_ordered(std::size_t count, unsigned threads, Produce produce, Consume consume) {
  using Result = decltype(produce(std::size_t{}));
  if (threads <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::mutex mutex;
  std::condition_variable ready;    // a result arrived
  std::condition_variable advanced; // the consumer took one: a worker may start further ahead
  std::map<std::size_t, std::optional<Result>> done;
  std::map<std::size_t, std::exception_ptr> failed;
  std::size_t next = 0;      // next index to hand to a worker
  std::size_t consumed = 0;  // next index to consume
  bool stop = false;

  auto work = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        advanced.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(produce(i));
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex);
        if (error) failed.emplace(i, error);
        done.emplace(i, std::move(result));
      }
      ready.notify_all();
    }
  };

  std::vector<std::thread> workers;
  const unsigned started = static_cast<unsigned>(std::min<std::size_t>(threads, count));
  for (unsigned t = 0; t < started; ++t) workers.emplace_back(work);
  auto join = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    advanced.notify_all();
    for (auto& worker : workers) worker.join();
  };
  try {
    for (; consumed < count;) {
      std::optional<Result> result;
      std::exception_ptr error;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return done.count(consumed) != 0; });
        auto it = done.find(consumed);
        result = std::move(it->second);
        done.erase(it);
        if (auto f = failed.find(consumed); f != failed.end()) {
          error = f->second;
          failed.erase(f);
        }
      }
      if (error) std::rethrow_exception(error);
      const std::size_t index = consumed;
      {
        std::lock_guard lock(mutex);
        ++consumed;
      }
      advanced.notify_all();
      consume(index, std::move(*result));
    }
  } catch (...) {
    join();
    throw;
  }
  join();
}

}  // namespace parley
