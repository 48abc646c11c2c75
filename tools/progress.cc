// Progress line on stderr: see progress.hh.
#include "progress.hh"

#include <unistd.h>

#include <cstdio>

namespace parley::cli {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(200);

void print_duration(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  if (total >= 3600) {
    std::fprintf(stderr, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::fprintf(stderr, "%ld:%02ld", total / 60, total % 60);
  }
}

}  // namespace

Progress::Progress(bool enabled, std::size_t total_documents, std::size_t total_bytes)
    : enabled_(enabled && isatty(STDERR_FILENO) == 1),
      total_documents_(total_documents),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::advance(std::size_t bytes) {
  if (!enabled_) return;
  const std::lock_guard lock(mutex_);
  ++documents_;
  bytes_ += bytes;
  draw(documents_ == total_documents_);
}

void Progress::advance_within(std::size_t bytes) {
  if (!enabled_) return;
  const std::lock_guard lock(mutex_);
  bytes_ += bytes;
  draw(!shown_);
}

void Progress::draw(bool force) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawEvery && !force) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(bytes_) / elapsed : 0.0;
  std::fprintf(stderr, "\r\033[Kparley: %zu/%zu documents, %.1f MB/s", documents_, total_documents_, rate / 1e6);
  if (rate > 0 && bytes_ < total_bytes_) {
    std::fputs(", ", stderr);
    print_duration(static_cast<double>(total_bytes_ - bytes_) / rate);
    std::fputs(" left", stderr);
  }
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!enabled_) return;
  const std::lock_guard lock(mutex_);
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace parley::cli
