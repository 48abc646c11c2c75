// Changed values as text, for the readable summary and the diff graph's `changes` attribute.
#include "diff/diff_value_text.hpp"

#include <charconv>

namespace parley::diff {

std::string number_text(double number) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, result.ptr);
}

std::string value_text(const DiffValue& value) {
  switch (value.kind) {
    case DiffValue::Kind::number: return number_text(value.number);
    case DiffValue::Kind::list: {
      if (value.list.empty()) return "(none)";
      std::string out;
      for (const auto& item : value.list) out += (out.empty() ? "" : " | ") + item;
      return out;
    }
    case DiffValue::Kind::text: break;
  }
  return value.text.empty() ? "(none)" : value.text;
}

std::string changes_text(const std::vector<FieldChange>& changes) {
  std::string out;
  for (const auto& change : changes) {
    if (!out.empty()) out += "; ";
    out += change.field + ": " + value_text(change.old_value) + " -> " + value_text(change.new_value);
  }
  return out;
}

}  // namespace parley::diff
