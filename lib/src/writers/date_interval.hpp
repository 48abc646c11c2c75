// The time span of an ISO 8601 date, as Gephi's timeline needs it: a day spans that day, a month
// its month, a year its year. Ends are the first day after the span, so an interval never
// starts and ends on the same day, and every bound is a full date (GEXF timeformat="date").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley::writers {

struct DateInterval {
  std::string start;  // YYYY-MM-DD
  std::string end;    // YYYY-MM-DD, the day after the span
};

// nullopt for anything that is not YYYY, YYYY-MM or YYYY-MM-DD with a real month and day
// (a time part after 'T' is ignored: the span is its day).
std::optional<DateInterval> date_interval(std::string_view iso_date);

// The smallest interval covering both.
DateInterval span_of(const DateInterval& a, const DateInterval& b);

}  // namespace parley::writers
