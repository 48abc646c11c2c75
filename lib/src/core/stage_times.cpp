// Stage names and sums for StageTimes (parley/stage_times.hpp).
#include "parley/stage_times.hpp"

#include <numeric>

namespace parley {

std::string_view stage_name(Stage stage) {
  switch (stage) {
    case Stage::read: return "read";
    case Stage::segment: return "segment";
    case Stage::recognise: return "recognise";
    case Stage::resolve: return "resolve";
    case Stage::relate: return "relate";
    case Stage::write: return "write";
  }
  return "?";
}

StageTimes& StageTimes::operator+=(const StageTimes& other) {
  for (std::size_t i = 0; i < kStageCount; ++i) seconds[i] += other.seconds[i];
  return *this;
}

double StageTimes::total() const { return std::accumulate(seconds.begin(), seconds.end(), 0.0); }

}  // namespace parley
