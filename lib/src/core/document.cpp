// The offset map of a normalised string: break points back to byte offsets in the text as read.
#include <algorithm>

#include "parley/document.hpp"

namespace parley {

void OffsetMap::add(std::size_t normalised, std::size_t original) {
  // A later point at the same normalised offset wins: the text before it was deleted.
  if (!points_.empty() && points_.back().first == normalised) {
    points_.back().second = original;
    return;
  }
  // A point on the line of the previous one adds nothing: keep the map to the break points.
  if (!points_.empty() && points_.back().second + (normalised - points_.back().first) == original) return;
  points_.emplace_back(normalised, original);
}

std::size_t OffsetMap::to_original(std::size_t normalised) const {
  if (points_.empty()) return normalised;
  auto after = std::upper_bound(points_.begin(), points_.end(), normalised,
                                [](std::size_t offset, const auto& point) { return offset < point.first; });
  if (after == points_.begin()) return points_.front().second;
  const auto& point = *(after - 1);
  return point.second + (normalised - point.first);
}

void OffsetMap::shift_original(std::size_t by) {
  if (points_.empty()) {
    points_.emplace_back(0, by);
    return;
  }
  for (auto& point : points_) point.second += by;
}

const char* speaker_role_name(SpeakerRole role) {
  switch (role) {
    case SpeakerRole::named: return "named";
    case SpeakerRole::moderator: return "moderator";
    case SpeakerRole::questioner: return "questioner";
    case SpeakerRole::official: return "official";
    case SpeakerRole::operator_: return "operator";
  }
  return "named";
}

}  // namespace parley
