// Dates in sentences: absolute ("May 8, 2024", "8 May 2024", "July 2023", "2024-05-08", "2023")
// and relative ("today", "yesterday", "last week", "in November", "Sunday", "last year", "two
// weeks ago"), resolved against the document's date into ISO 8601, partial where the text is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::segments {

// A date of the calendar, partial: 0 for an unknown month or day (year 0: nothing known).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool operator==(const CalendarDate&) const = default;
};

// "2024-05-08", "2024-05", "2024", and the same at the start of a longer value
// ("2021-09-02 08:15:00+02:00"). Nothing known when the text is not such a date.
CalendarDate parse_iso_date(std::string_view text);
std::string to_iso(const CalendarDate& date);  // "" when nothing is known

struct FoundDate {
  std::size_t begin = 0;  // byte range in the text searched
  std::size_t end = 0;
  std::string iso;        // "" when a relative date had nothing to resolve against
  bool relative = false;  // needed the document's date (a year left out counts)
  bool has_day = false;   // names a day of the calendar (for datelines)
};

// The dates in `text` (normalised), in order, not overlapping. `document_date` is ISO, partial
// allowed, or empty.
std::vector<FoundDate> find_dates(std::string_view text, std::string_view document_date);
// The same into `found`, cleared first: for a caller searching sentence after sentence, whose
// vector keeps its buffer.
void find_dates(std::string_view text, std::string_view document_date, std::vector<FoundDate>& found);

// The two halves of find_dates, for tests of the first: a screen that reads every byte once,
// false only when the patterns cannot match; and the patterns themselves.
bool may_hold_date(std::string_view text);
std::vector<FoundDate> match_dates(std::string_view text, std::string_view document_date);

}  // namespace parley::segments
