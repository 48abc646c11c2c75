// The offset map of a normalised string: break points back to byte offsets in the text as read.
#include <algorithm>

#include "parley/document.hpp"

namespace parley {

void OffsetMap::add_after_first(std::size_t normalised, std::size_t original) {
  Point& back = last();
  // A later point at the same normalised offset wins: the text before it was deleted.
  if (back.first == normalised) {
    back.second = original;
    return;
  }
  // A point on the line of the previous one adds nothing: keep the map to the break points.
  if (back.second + (normalised - back.first) == original) return;
  more_.emplace_back(normalised, original);
}

std::size_t OffsetMap::to_original(std::size_t normalised) const {
  if (!has_first_) return normalised;
  if (normalised < first_.first) return first_.second;  // before the first point: where it stands
  // The last point at or before `normalised`.
  const auto after = std::upper_bound(more_.begin(), more_.end(), normalised,
                                      [](std::size_t offset, const Point& point) { return offset < point.first; });
  const Point& point = after == more_.begin() ? first_ : *(after - 1);
  return point.second + (normalised - point.first);
}

void OffsetMap::shift_original(std::size_t by) {
  if (!has_first_) {
    add(0, by);
    return;
  }
  first_.second += by;
  for (auto& point : more_) point.second += by;
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
