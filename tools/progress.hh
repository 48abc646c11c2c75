// A one-line progress report on stderr for long runs (documents done, MB/s, time left), shown
// only when stderr is a terminal: logs and pipes get no carriage-return noise.
#pragma once
#include <chrono>
#include <cstddef>
#include <mutex>

namespace parley::cli {

class Progress {
 public:
  // `enabled` false (--quiet) or stderr not a terminal: every call does nothing.
  Progress(bool enabled, std::size_t total_documents, std::size_t total_bytes);
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more document done, with the bytes of it not yet counted by advance_within; redraws at
  // most a few times a second.
  void advance(std::size_t bytes);
  // Bytes of a document still being read (a large file's pieces), so that the line moves during
  // one long document too. The first piece draws at once: a large file shows its time left
  // after one piece, whatever the speed. Safe from any thread, as are the others.
  void advance_within(std::size_t bytes);
  // Erases the line, so that a message can be printed; the next advance() draws it again.
  void clear();

 private:
  void draw(bool force);  // with mutex_ held

  bool enabled_;
  std::mutex mutex_;
  std::size_t total_documents_;
  std::size_t total_bytes_;
  std::size_t documents_ = 0;
  std::size_t bytes_ = 0;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace parley::cli
