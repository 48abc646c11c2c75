// How the diff reports show a changed value as text: shared by the summary and the diff graph.
#pragma once

#include <string>

#include "parley/diff.hpp"

namespace parley::diff {

// "2024-05-08", "(none)" for an absent value, "a | b" for a list, "3" or "2.5" for a number.
std::string value_text(const DiffValue& value);

// "date: 2024-05-08 -> 2024-05-09; weight: 1 -> 3"
std::string changes_text(const std::vector<FieldChange>& changes);

// The shortest form of a number that reads back exactly ("3", "2.5").
std::string number_text(double number);

}  // namespace parley::diff
