// Dates: each absolute and relative form, with and without the document's date.
#include <doctest/doctest.h>

#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "segments/date_parser.hpp"

using parley::segments::find_dates;
using parley::segments::parse_iso_date;
using parley::segments::to_iso;

namespace {

struct Expected {
  std::string surface;
  std::string iso;
  bool relative;
};

void check_dates(const std::string& text, const std::string& document_date, const std::vector<Expected>& expected) {
  CAPTURE(text);
  CAPTURE(document_date);
  const auto found = find_dates(text, document_date);
  REQUIRE(found.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(text.substr(found[i].begin, found[i].end - found[i].begin) == expected[i].surface);
    CHECK(found[i].iso == expected[i].iso);
    CHECK(found[i].relative == expected[i].relative);
  }
}

}  // namespace

TEST_CASE("dates: absolute forms") {
  struct Case {
    std::string text;
    std::vector<Expected> dates;
  };
  const std::vector<Case> cases = {
      {"They met on May 8, 2031 in Lima.", {{"May 8, 2031", "2031-05-08", false}}},
      {"They met on 8 May 2031.", {{"8 May 2031", "2031-05-08", false}}},
      {"It began on the 8th of May 2031.", {{"8th of May 2031", "2031-05-08", false}}},
      {"The first round was in July 2029.", {{"July 2029", "2029-07", false}}},
      {"Signed 2031-05-08 in Oslo.", {{"2031-05-08", "2031-05-08", false}}},
      {"Data for 2031-05 only.", {{"2031-05", "2031-05", false}}},
      {"Agreed on March 14, 2022.", {{"March 14, 2022", "2022-03-14", false}}},
      {"Talks on Sept. 3, 2030 and Jan 9 2031.", {{"Sept. 3, 2030", "2030-09-03", false}, {"Jan 9 2031", "2031-01-09", false}}},
      {"On Monday, May 5, 2031, they met.", {{"Monday, May 5, 2031", "2031-05-05", false}}},
      {"Since 2009 exports doubled.", {{"2009", "2009", false}}},
      {"The 2023 Declaration holds.", {{"2023", "2023", false}}},
      {"February of 2030 was cold.", {{"February of 2030", "2030-02", false}}},
      {"Talks on May 8-9, 2031 in Rome.", {{"May 8-9, 2031", "2031-05-08", false}}},
      {"By mid-2030 and in early 2031.", {{"2030", "2030", false}, {"2031", "2031", false}}},
      {"Since the 1990s trade grew.", {{"1990s", "199", false}}},
      // not dates
      {"Resolution 1973 was adopted.", {}},
      {"They may meet again.", {}},
      {"May I ask a question?", {}},
      {"About 2,000 people and 45% of 1000 votes.", {}},
      {"Room 1999 is free.", {}},
      {"Codes 10-2000 and 3,2001 apply.", {}},
  };
  for (const auto& c : cases) check_dates(c.text, "", c.dates);
}

TEST_CASE("dates: relative forms with the document's date") {
  const std::string day = "2031-05-14";  // a Wednesday
  struct Case {
    std::string text;
    std::vector<Expected> dates;
  };
  const std::vector<Case> cases = {
      {"We met today.", {{"today", "2031-05-14", true}}},
      {"Yesterday we met.", {{"Yesterday", "2031-05-13", true}}},
      {"We meet tomorrow.", {{"tomorrow", "2031-05-15", true}}},
      {"We spoke last night.", {{"last night", "2031-05-13", true}}},
      {"I saw him this morning.", {{"this morning", "2031-05-14", true}}},
      {"We met last week.", {{"last week", "2031-W19", true}}},
      {"This week is busy.", {{"This week", "2031-W20", true}}},
      {"We meet next week.", {{"next week", "2031-W21", true}}},
      {"Talks began last month.", {{"last month", "2031-04", true}}},
      {"Talks resume next month.", {{"next month", "2031-06", true}}},
      {"It grew last year.", {{"last year", "2030", true}}},
      {"It grows this year.", {{"this year", "2031", true}}},
      {"The talks in November were useful.", {{"November", "2030-11", true}}},
      {"The talks in April were useful.", {{"April", "2031-04", true}}},
      {"We will meet in November.", {{"November", "2031-11", true}}},
      {"They met last March.", {{"last March", "2031-03", true}}},
      {"They met last June.", {{"last June", "2030-06", true}}},
      {"By mid-April it was done.", {{"April", "2031-04", true}}},
      {"The invasion in February of last year.", {{"February of last year", "2030-02", true}}},
      {"They met on Sunday.", {{"Sunday", "2031-05-11", true}}},
      {"They meet on Friday, as soon as possible.", {{"Friday", "2031-05-16", true}}},
      {"They will meet on Friday.", {{"Friday", "2031-05-16", true}}},
      {"They met last Wednesday.", {{"last Wednesday", "2031-05-07", true}}},
      {"They meet next Monday.", {{"next Monday", "2031-05-19", true}}},
      {"It was decided on May 2.", {{"May 2", "2031-05-02", true}}},
      {"Two weeks ago we agreed.", {{"Two weeks ago", "2031-W18", true}}},
      {"Three days ago we agreed.", {{"Three days ago", "2031-05-11", true}}},
      {"A year ago we agreed.", {{"A year ago", "2030", true}}},
      // Sentences without a digit are screened before tokens are made: the screen must let these through.
      {"We met last  weekend.", {{"last  weekend", "2031-05-10", true}}},
      {"NEXT MONTH talks resume.", {{"NEXT MONTH", "2031-06", true}}},
      {"Talks ended Thurs. as planned.", {{"Thurs.", "2031-05-08", true}}},
      {"It was this, week after week.", {}},
      {"This extraordinarily long word is no unit.", {}},
      {"They agreed years ago.", {}},
      // A number word starts a date two words before "ago", not before other tokens; a unit after
      // "this" is read lowered in place, and a long word is none.
      {"We met this afternoon and two days ago.", {{"this afternoon", "2031-05-14", true}, {"two days ago", "2031-05-12", true}}},
      {"We met two, three days ago.", {{"three days ago", "2031-05-11", true}}},
      {"It was two, days ago.", {}},
      {"This internationalisation of talks.", {}},
  };
  for (const auto& c : cases) check_dates(c.text, day, c.dates);
}

TEST_CASE("dates: weeks are ISO weeks, across the turn of every year") {
  // "this week" against the C library's ISO week (%G-W%V) for every day of 2019 to 2033: weeks
  // 1 to 9 and 52 or 53, and days whose ISO year is the one before or after.
  std::tm day{};
  day.tm_year = 2019 - 1900;
  day.tm_mon = 0;
  day.tm_mday = 1;
  day.tm_hour = 12;  // noon: no daylight-saving change moves it to another day
  std::size_t checked = 0;
  for (; day.tm_year < 2034 - 1900; ++day.tm_mday) {
    std::mktime(&day);  // normalised, with its weekday and day of the year
    char date[16], week[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &day);
    std::strftime(week, sizeof week, "%G-W%V", &day);
    const auto found = find_dates("We meet this week.", date);
    REQUIRE(found.size() == 1);
    CAPTURE(date);
    CHECK(found[0].iso == week);
    ++checked;
  }
  CHECK(checked > 5000);
}

TEST_CASE("dates: relative forms without the document's date stay unresolved") {
  const std::vector<std::string> texts = {"We met today.", "We met last week.", "The talks in November.", "They met on Sunday.",
                                          "It grew last year.", "It was decided on May 2."};
  for (const auto& text : texts) {
    CAPTURE(text);
    const auto found = find_dates(text, "");
    REQUIRE(found.size() == 1);
    CHECK(found[0].relative);
    CHECK(found[0].iso.empty());
  }
  // A partial document date resolves what it can.
  check_dates("It grew last year and yesterday.", "2031", {{"last year", "2030", true}, {"yesterday", "", true}});
}

TEST_CASE("dates: ISO values") {
  CHECK(to_iso(parse_iso_date("2021-09-02 08:15:00+02:00")) == "2021-09-02");
  CHECK(to_iso(parse_iso_date("2022-03")) == "2022-03");
  CHECK(to_iso(parse_iso_date("2022")) == "2022");
  CHECK(to_iso(parse_iso_date("2022-13-01")) == "2022");
  CHECK(to_iso(parse_iso_date("2022-02-30")) == "2022-02");
  CHECK(to_iso(parse_iso_date("March 2022")) == "");
  // Digits are written by hand for four-digit years; printf's forms are the reference, beyond too.
  const auto printed = [](int year, int month, int day) {
    static constexpr int kLengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    char buffer[48];
    if (year == 0) return std::string();
    if (month == 0) {
      std::snprintf(buffer, sizeof buffer, "%04d", year);
    } else if (day == 0 || day > (month == 2 && leap ? 29 : kLengths[month - 1])) {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    } else {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    }
    return std::string(buffer);
  };
  for (int year : {-44, 1, 7, 99, 100, 999, 1000, 1900, 2000, 2024, 2025, 9999, 10000, 123456}) {
    for (int month = 0; month <= 12; ++month) {
      for (int day = 0; day <= 32; ++day) {
        CAPTURE(year);
        CAPTURE(month);
        CAPTURE(day);
        REQUIRE(to_iso({year, month, day}) == printed(year, month, day));
      }
    }
  }
}

TEST_CASE("dates: the screen passes every sentence the patterns match in") {
  // Sentences of date-like pieces in random order: numbers of every length (ordinals, decades,
  // ISO dates, amounts), months, weekdays, relative words, joined with and without spaces. The
  // screen may let a dateless sentence through, but must never stop one with a date.
  const std::vector<std::string> pieces = {
      "5",     "12",    "31",     "250",   "2023",   "1990s", "1990's", "19",     "20231",  "123456", "5th",
      "21st",  "2nd",   "3rd",    "2024-05-08", "2024-05", "2024-13", "May",   "Sept.",  "june",   "JUNE",
      "Monday", "Thurs.", "ago",  "of",    "last",   "next",  "this",   "coming", "year",   "week",   "weekend",
      "night", "today", "tonight", "mid",  "days",   "weeks", "two",    "three",  "the",    "in",     "on",
      "troops", "talks", "-",     ",",     ".",      ":",     "%",      "$",      "#",      "'s",     "s",
      // Words shaped like names (first, last letters and length), told apart by the second letter.
      "The",   "Tue",   "Thu",    "Sun",   "Sat",    "Set",   "Jun",    "Jan",    "Jen",    "Mar",    "Mer"};
  const std::vector<std::string> joiners = {" ", " ", " ", "", "-", ", "};
  std::mt19937 random(20261124);
  std::size_t screened_out = 0, with_dates = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const std::size_t words = 1 + random() % 7;
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) text += joiners[random() % joiners.size()];
      text += pieces[random() % pieces.size()];
    }
    const bool found = !parley::segments::match_dates(text, "2031-05-14").empty();
    with_dates += found ? 1 : 0;
    if (parley::segments::may_hold_date(text)) continue;
    ++screened_out;
    CAPTURE(text);
    CHECK_FALSE(found);
  }
  // Both sides were exercised.
  CHECK(screened_out > 2000);
  CHECK(with_dates > 2000);
}

TEST_CASE("dates: tokens read from near the first opener find what the whole sentence gives") {
  // find_dates tokenises from a few runs of non-spaces before the first word or digit that may
  // open a date; match_dates reads the whole sentence. Dateless words of every kind come first
  // and last, and between date pieces whose patterns look back ("last May", "mid-March", "No.
  // 2023", "$2023", "two weeks ago"), joined with and without spaces.
  const std::vector<std::string> fillers = {"the", "talks", "in", "of", "No.", "Resolution", "$", "#", "mid",
                                            "-", ",", "(", "troops", "a", "two", "weeks", "will", "e\xc3\xa9"};
  const std::vector<std::string> pieces = {
      "5",    "12",    "31",     "2023",   "1990s", "5th",    "2024-05-08", "2024-05", "May",   "Sept.", "June",
      "Monday", "Tues.", "ago",  "of",     "last",  "next",   "this",       "coming",  "year",  "week",  "weekend",
      "night", "today", "morning", "mid",  "in",    "days",   "weeks",      "two",     "three", "a",     "No.",
      "Resolution", "$", "#",    "%",      "-",     ",",      ":",          "will",    "the",   "talks"};
  const std::vector<std::string> joiners = {" ", " ", " ", "  ", "", "-", ", "};
  std::mt19937 random(20261124);
  std::size_t with_dates = 0;
  std::vector<parley::segments::FoundDate> kept;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const std::size_t lead = random() % 9;
    for (std::size_t w = 0; w < lead; ++w) text += fillers[random() % fillers.size()] + joiners[random() % joiners.size()];
    const std::size_t words = 1 + random() % 10;
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) text += joiners[random() % joiners.size()];
      text += random() % 4 == 0 ? fillers[random() % fillers.size()] : pieces[random() % pieces.size()];
    }
    const std::size_t trail = random() % 9;
    for (std::size_t w = 0; w < trail; ++w) text += joiners[random() % joiners.size()] + fillers[random() % fillers.size()];
    for (const char* document_date : {"", "2031-05-14"}) {
      CAPTURE(text);
      const auto whole = parley::segments::match_dates(text, document_date);
      const auto windowed = find_dates(text, document_date);
      find_dates(text, document_date, kept);  // into a vector holding the last sentence's dates
      with_dates += whole.empty() ? 0 : 1;
      REQUIRE(windowed.size() == whole.size());
      REQUIRE(kept.size() == whole.size());
      for (std::size_t i = 0; i < whole.size(); ++i) {
        CHECK(windowed[i].begin == whole[i].begin);
        CHECK(windowed[i].end == whole[i].end);
        CHECK(windowed[i].iso == whole[i].iso);
        CHECK(windowed[i].relative == whole[i].relative);
        CHECK(windowed[i].has_day == whole[i].has_day);
        CHECK(kept[i].begin == whole[i].begin);
        CHECK(kept[i].iso == whole[i].iso);
      }
    }
  }
  CHECK(with_dates > 10000);
}

TEST_CASE("dates: the screen reads words wherever they stand in a long sentence") {
  // The screen reads sixteen bytes at a time into 64-bit words: a word may straddle either, or
  // end the sentence in a block of its own. Leading spaces or dateless words move it about. (A
  // digit, in the last bytes read again as a block of their own: "Flight 370", "the 5 talks".)
  for (const std::string tail : {"in May", "Sept. 5", "last week", "two weeks ago", "talks ended", "the Mayor", "nexting",
                                 "Flight 370", "the 5 talks"}) {
    const bool expected = parley::segments::may_hold_date(tail);
    for (std::size_t pad = 0; pad <= 140; ++pad) {
      CAPTURE(tail);
      CAPTURE(pad);
      CHECK(parley::segments::may_hold_date(std::string(pad, ' ') + tail) == expected);
      std::string words;
      while (words.size() < pad) words += "troops ";
      CHECK(parley::segments::may_hold_date(words + tail) == expected);
    }
  }
  // "The" has the first and last letters and the length of "Tue": its second letter tells it apart.
  CHECK_FALSE(parley::segments::may_hold_date("The talks went on."));
  CHECK(parley::segments::may_hold_date("The talks went on Tue and Thu."));
  CHECK(parley::segments::may_hold_date(std::string(200, 'x') + " May"));
  CHECK_FALSE(parley::segments::may_hold_date(std::string(200, 'x') + "May"));
  // Sentences past a kilobyte keep their bits elsewhere than short ones: both, one after the other.
  for (std::size_t length : {1000u, 1023u, 1024u, 1100u, 3000u}) {
    CAPTURE(length);
    CHECK(parley::segments::may_hold_date(std::string(length, 'x') + " in May"));
    CHECK_FALSE(parley::segments::may_hold_date(std::string(length, 'x') + " in Mayfair"));
    CHECK(parley::segments::may_hold_date(std::string(length, 'x') + " in 2031"));
    CHECK_FALSE(parley::segments::may_hold_date("short, then " + std::string(length % 7, 'y')));
  }
}

TEST_CASE("dates: the screen lets through every word that may open a date, in any case") {
  // One test of length, first and last letters tells most words apart before any look-up: it
  // must hold abbreviations without their period, relative words and "ago" in any case.
  struct Case {
    const char* text;
    bool may_hold;
  };
  const Case cases[] = {
      {"talks in Sept. went well", true},   {"on Tues. they met", true},     {"they met on Wednesday", true},
      {"by December", true},                {"YESTERDAY they met", true},    {"Today", true},
      {"Last Week talks", true},            {"next weekend", true},          {"this morning", true},
      {"two weeks AGO", true},              {"the coming year", true},       {"previous month", true},
      {"Septic tanks", false},              {"lasting peace", false},        {"an agonist", false},
      {"the Mayor spoke", false},           {"this talk", false},            {"Mondays and Tuesdays", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(parley::segments::may_hold_date(c.text) == c.may_hold);
  }
}

TEST_CASE("dates: words are read whole wherever they stand") {
  // Letters are read sixteen bytes at a time: words longer than that, and words that cross from
  // one block of sixteen into the next, at every offset.
  for (std::size_t pad = 0; pad <= 40; ++pad) {
    const std::string lead = std::string(pad, 'x') + " ";
    check_dates(lead + "Internationalisation talks on Sept. 5, 2031 went well", "",
                {{"Sept. 5, 2031", "2031-09-05", false}});
    check_dates(lead + "Supercalifragilisticexpialidocious Mayday in May 2031", "", {{"May 2031", "2031-05", false}});
    check_dates(lead + "Mondays, Septembers and Mayors.", "", {});
  }
}

TEST_CASE("dates: words at the end of a sentence are read whole, in its last sixteen bytes or fewer") {
  // A word's letters are found sixteen bytes at a time, and near the end in the sixteen that end
  // the sentence: the date's words stand at every place about that block.
  for (std::size_t pad = 0; pad <= 48; ++pad) {
    for (const std::string tail : {" met on May 5, 2024", " met on 5 September 2024", " met in Sept. 2024"}) {
      const std::string text = std::string(pad, 'a') + tail;
      CAPTURE(text);
      const auto found = find_dates(text, "");
      REQUIRE(found.size() == 1);
      CHECK(found[0].end == text.size());
      CHECK(found[0].iso.rfind("2024-", 0) == 0);
    }
  }
}
