// Spans of partial ISO dates, with calendar arithmetic from <chrono>.
#include "writers/date_interval.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace parley::writers {
namespace {

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::string format_day(const std::chrono::year_month_day& day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

}  // namespace

std::optional<DateInterval> date_interval(std::string_view iso_date) {
  using namespace std::chrono;
  if (auto t = iso_date.find('T'); t != std::string_view::npos) iso_date = iso_date.substr(0, t);
  const auto y = digits(iso_date, 0, 4);
  if (!y) return std::nullopt;
  const year the_year{*y};
  if (iso_date.size() == 4) {
    return DateInterval{format_day(the_year / January / 1), format_day((the_year + years{1}) / January / 1)};
  }
  if (iso_date.size() < 7 || iso_date[4] != '-') return std::nullopt;
  const auto m = digits(iso_date, 5, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  const year_month month_of{the_year, month{static_cast<unsigned>(*m)}};
  if (iso_date.size() == 7) {
    return DateInterval{format_day(month_of / 1), format_day((month_of + months{1}) / 1)};
  }
  if (iso_date.size() != 10 || iso_date[7] != '-') return std::nullopt;
  const auto d = digits(iso_date, 8, 2);
  if (!d) return std::nullopt;
  const year_month_day day_of{month_of / day{static_cast<unsigned>(*d)}};
  if (!day_of.ok()) return std::nullopt;
  return DateInterval{format_day(day_of), format_day(year_month_day{sys_days{day_of} + days{1}})};
}

DateInterval span_of(const DateInterval& a, const DateInterval& b) {
  return DateInterval{std::min(a.start, b.start), std::max(a.end, b.end)};
}

}  // namespace parley::writers
