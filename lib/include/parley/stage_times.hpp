// Where the time goes: seconds spent per pipeline stage (read and normalise, segment, recognise,
// resolve, relate, write), collected when a caller passes a StageTimes to the reader and the
// extractor. For benchmarks and profiling; passing none costs nothing.
#pragma once
#include <array>
#include <chrono>
#include <cstddef>
#include <string_view>

namespace parley {

enum class Stage { read, segment, recognise, resolve, relate, write };
inline constexpr std::size_t kStageCount = 6;

// "read", "segment", ...
std::string_view stage_name(Stage stage);

struct StageTimes {
  std::array<double, kStageCount> seconds{};

  double& operator[](Stage stage) { return seconds[static_cast<std::size_t>(stage)]; }
  double operator[](Stage stage) const { return seconds[static_cast<std::size_t>(stage)]; }
  StageTimes& operator+=(const StageTimes& other);
  double total() const;
};

// Adds the time from construction to destruction (or to stop()) to one stage; a null
// StageTimes makes it a no-op, so instrumented code reads the same with or without a caller.
class StageClock {
 public:
  StageClock(StageTimes* times, Stage stage) : times_(times), stage_(stage) {
    if (times_) start_ = std::chrono::steady_clock::now();
  }
  ~StageClock() { stop(); }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

  void stop() {
    if (!times_) return;
    (*times_)[stage_] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    times_ = nullptr;
  }

 private:
  StageTimes* times_;
  Stage stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace parley
