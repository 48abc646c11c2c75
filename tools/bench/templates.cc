// Cutting the example briefings into slots and filling them: see templates.hh.
#include "templates.hh"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string_view>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "parley/error.hpp"

namespace parley::bench {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {"Jan.", "Feb.", "Mar.", "Apr.", "May",  "Jun.",
                                                                  "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 10> kOrdinals = {"first", "second",  "third",  "fourth", "fifth",
                                                        "sixth", "seventh", "eighth", "ninth",  "tenth"};
constexpr std::size_t kCategoryKeyBase = 1'000'000;

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z');
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string upper_case(const std::string& text) {
  std::string result;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale::getEnglish()).toUTF8String(result);
  return result;
}

std::string last_word(const std::string& text) {
  const auto space = text.rfind(' ');
  return space == std::string::npos ? text : text.substr(space + 1);
}

// Finds the slots of one example: marks which bytes belong to a slot so that each byte is
// claimed once, by the first finder that wants it (knowledge-base names first).
class TemplateScanner {
 public:
  TemplateScanner(std::string text, const Vocabulary& vocabulary)
      : text_(std::move(text)), claimed_(text_.size(), false), vocabulary_(vocabulary) {}

  Template scan(std::string name) {
    find_persons();  // first: an invented first name may be a capital ("Sofia")
    find_names();
    find_dates_and_numbers();
    find_ordinals();
    return {std::move(name), split_paragraphs(pieces())};
  }

 private:
  struct Claim {
    std::size_t begin;
    std::size_t end;
    Piece piece;
  };

  bool word_starts_at(std::size_t pos) const { return pos == 0 || !is_word_byte(text_[pos - 1]); }
  bool word_ends_at(std::size_t pos) const { return pos >= text_.size() || !is_word_byte(text_[pos]); }
  bool free(std::size_t begin, std::size_t end) const {
    return std::none_of(claimed_.begin() + static_cast<std::ptrdiff_t>(begin),
                        claimed_.begin() + static_cast<std::ptrdiff_t>(end), [](bool b) { return b; });
  }
  // True when `word` stands at pos as a whole word (its edges need a boundary only where they are
  // word characters: "U.S." may be followed by "-India").
  bool whole_word_at(std::size_t pos, std::string_view word) const {
    if (word.empty() || text_.compare(pos, word.size(), word) != 0) return false;
    const bool start_ok = !is_word_byte(word.front()) || word_starts_at(pos);
    const bool end_ok = !is_word_byte(word.back()) || word_ends_at(pos + word.size());
    return start_ok && end_ok && free(pos, pos + word.size());
  }
  void claim(std::size_t begin, std::size_t end, Piece piece) {
    piece.text = text_.substr(begin, end - begin);
    std::fill(claimed_.begin() + static_cast<std::ptrdiff_t>(begin), claimed_.begin() + static_cast<std::ptrdiff_t>(end),
              true);
    claims_.push_back({begin, end, std::move(piece)});
  }

  // Knowledge-base names, demonyms and capitals, the longest match at each place.
  void find_names() {
    for (std::size_t pos = 0; pos < text_.size();) {
      const Surface* match = nullptr;
      for (const auto& surface : vocabulary_.surfaces) {  // longest first
        if (surface.text.front() == text_[pos] && whole_word_at(pos, surface.text)) {
          match = &surface;
          break;
        }
      }
      if (!match) {
        ++pos;
        continue;
      }
      Piece piece;
      piece.kind = PieceKind::entity;
      piece.category = match->category;
      piece.entity = match->entity;
      piece.form = match->form;
      claim(pos, pos + match->text.size(), std::move(piece));
      pos += match->text.size();
    }
  }

  // A capitalised word of letters: its end, or npos.
  std::size_t capitalised_word_end(std::size_t pos) const {
    if (pos >= text_.size() || !is_upper(text_[pos])) return std::string::npos;
    std::size_t end = pos + 1;
    while (end < text_.size() && is_lower(text_[end])) ++end;
    return end - pos >= 2 && word_ends_at(end) ? end : std::string::npos;
  }

  bool is_title_word(const std::string& token) const {
    const auto& words = vocabulary_.title_words;
    const std::string head = token.substr(0, token.find('-'));  // "Director-General"
    return std::binary_search(words.begin(), words.end(), token) || std::binary_search(words.begin(), words.end(), head);
  }

  // The invented people of the examples are not in the knowledge base: a title followed by two
  // capitalised words is a person ("Foreign Minister Lars Eide"), and their surname alone later
  // ("Secretary Delgado", "ASSISTANT SECRETARY OKAFOR:") is the same person.
  void find_persons() {
    std::vector<std::string> surnames;
    for (std::size_t pos = 2; pos < text_.size(); ++pos) {
      if (text_[pos - 1] != ' ' || !word_starts_at(pos)) continue;
      const std::size_t first_end = capitalised_word_end(pos);
      if (first_end == std::string::npos || first_end >= text_.size() || text_[first_end] != ' ') continue;
      const std::size_t last_end = capitalised_word_end(first_end + 1);
      if (last_end == std::string::npos || !free(pos, last_end)) continue;
      if (is_title_word(text_.substr(pos, first_end - pos))) continue;  // "Affairs Minister Arjun": a title goes on
      const std::size_t token_begin = text_.find_last_of(" \n", pos - 2) + 1;  // npos + 1 == 0
      if (!is_title_word(text_.substr(token_begin, pos - 1 - token_begin))) continue;
      std::string surname = text_.substr(first_end + 1, last_end - first_end - 1);
      auto known = std::find(surnames.begin(), surnames.end(), surname);
      Piece piece;
      piece.kind = PieceKind::person;
      piece.person = static_cast<std::size_t>(known - surnames.begin());
      piece.person_form = PersonForm::full;
      if (known == surnames.end()) surnames.push_back(std::move(surname));
      claim(pos, last_end, std::move(piece));
    }
    for (std::size_t person = 0; person < surnames.size(); ++person) {
      for (const auto& [written, form] : {std::pair{surnames[person], PersonForm::surname},
                                          std::pair{upper_case(surnames[person]), PersonForm::upper_surname}}) {
        for (std::size_t pos = text_.find(written); pos != std::string::npos; pos = text_.find(written, pos + 1)) {
          if (!whole_word_at(pos, written)) continue;
          Piece piece;
          piece.kind = PieceKind::person;
          piece.person = person;
          piece.person_form = form;
          claim(pos, pos + written.size(), std::move(piece));
        }
      }
    }
  }

  // Digits from pos: how many (0 when none).
  std::size_t digits_at(std::size_t pos) const {
    std::size_t end = pos;
    while (end < text_.size() && is_digit(text_[end])) ++end;
    return end - pos;
  }
  int number_at(std::size_t pos, std::size_t count) const { return std::stoi(text_.substr(pos, count)); }

  // "June 5, 2024", "June 5", "June 2024", "2024-06-05", a bare year, and other numbers.
  void find_dates_and_numbers() {
    for (std::size_t pos = 0; pos < text_.size(); ++pos) {
      if (!word_starts_at(pos) || !free(pos, pos + 1)) continue;
      if (try_month_date(pos) || try_iso_date(pos)) continue;
      const std::size_t digits = digits_at(pos);
      if (digits == 0 || !word_ends_at(pos + digits) || !free(pos, pos + digits)) continue;
      Piece piece;
      const int value = number_at(pos, digits);
      const bool after_resolution = pos >= 11 && text_.compare(pos - 11, 11, "Resolution ") == 0;
      if (digits == 4 && value >= 1900 && value <= 2099 && !after_resolution) {
        piece.kind = PieceKind::year;
        piece.year = value;
      } else {
        piece.kind = PieceKind::number;
        piece.digits = digits;
      }
      claim(pos, pos + digits, std::move(piece));
    }
  }

  bool try_month_date(std::size_t pos) {
    for (std::size_t month = 0; month < kMonths.size(); ++month) {
      const std::string_view name = kMonths[month];
      if (!whole_word_at(pos, name)) continue;
      std::size_t cursor = pos + name.size();
      if (cursor >= text_.size() || text_[cursor] != ' ') return false;
      ++cursor;
      const std::size_t digits = digits_at(cursor);
      Piece piece;
      piece.kind = PieceKind::date;
      if (digits == 4) {  // "May 2025"
        piece.date_shape = DateShape::month_year;
        piece.date = sys_days(year(number_at(cursor, 4)) / static_cast<int>(month + 1) / 1);
        claim(pos, cursor + 4, std::move(piece));
        return true;
      }
      if (digits == 0 || digits > 2) return false;
      const int day_of_month = number_at(cursor, digits);
      cursor += digits;
      int year_number = 2024;  // a date without its year keeps its place in a year
      piece.date_shape = DateShape::month_day;
      if (text_.compare(cursor, 2, ", ") == 0 && digits_at(cursor + 2) == 4) {
        year_number = number_at(cursor + 2, 4);
        cursor += 6;
        piece.date_shape = DateShape::month_day_year;
      }
      const year_month_day date = year(year_number) / static_cast<int>(month + 1) / day_of_month;
      if (!date.ok() || !word_ends_at(cursor)) return false;
      piece.date = sys_days(date);
      claim(pos, cursor, std::move(piece));
      return true;
    }
    return false;
  }

  bool try_iso_date(std::size_t pos) {
    if (digits_at(pos) != 4 || pos + 10 > text_.size() || text_[pos + 4] != '-' || text_[pos + 7] != '-' ||
        digits_at(pos + 5) != 2 || digits_at(pos + 8) != 2 || !word_ends_at(pos + 10)) {
      return false;
    }
    const year_month_day date = year(number_at(pos, 4)) / number_at(pos + 5, 2) / number_at(pos + 8, 2);
    if (!date.ok()) return false;
    Piece piece;
    piece.kind = PieceKind::date;
    piece.date_shape = DateShape::iso;
    piece.date = sys_days(date);
    claim(pos, pos + 10, std::move(piece));
    return true;
  }

  void find_ordinals() {
    for (std::size_t pos = 0; pos < text_.size(); ++pos) {
      for (const auto ordinal : kOrdinals) {
        if (!whole_word_at(pos, ordinal)) continue;
        Piece piece;
        piece.kind = PieceKind::ordinal;
        claim(pos, pos + ordinal.size(), std::move(piece));
        break;
      }
    }
  }

  std::vector<Piece> pieces() {
    std::sort(claims_.begin(), claims_.end(), [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
    std::vector<Piece> result;
    std::size_t pos = 0;
    auto literal = [&](std::size_t end) {
      if (end > pos) result.push_back({PieceKind::literal, text_.substr(pos, end - pos)});
    };
    for (auto& claim : claims_) {
      literal(claim.begin);
      result.push_back(std::move(claim.piece));
      pos = claim.end;
    }
    literal(text_.size());
    return result;
  }

  // Paragraphs are separated by blank lines, which only literal text holds.
  static std::vector<Paragraph> split_paragraphs(std::vector<Piece> pieces) {
    std::vector<Paragraph> paragraphs(1);
    auto finish = [&] {
      if (!paragraphs.back().pieces.empty()) paragraphs.emplace_back();
    };
    for (auto& piece : pieces) {
      if (piece.kind != PieceKind::literal) {
        paragraphs.back().pieces.push_back(std::move(piece));
        continue;
      }
      std::string_view rest = piece.text;
      for (;;) {
        const auto blank = rest.find("\n\n");
        const std::string_view before = rest.substr(0, blank);
        if (!before.empty()) paragraphs.back().pieces.push_back({PieceKind::literal, std::string(before)});
        if (blank == std::string_view::npos) break;
        finish();
        rest = rest.substr(blank);
        rest.remove_prefix(std::min(rest.find_first_not_of('\n'), rest.size()));
      }
    }
    if (paragraphs.back().pieces.empty()) paragraphs.pop_back();
    // A paragraph's own edges carry no line breaks: rendering joins paragraphs with a blank line.
    for (auto& paragraph : paragraphs) {
      auto& first = paragraph.pieces.front();
      if (first.kind == PieceKind::literal) first.text.erase(0, first.text.find_first_not_of('\n'));
      auto& last = paragraph.pieces.back();
      if (last.kind == PieceKind::literal) last.text.erase(last.text.find_last_not_of('\n') + 1);
    }
    return paragraphs;
  }

  std::string text_;
  std::vector<bool> claimed_;
  const Vocabulary& vocabulary_;
  std::vector<Claim> claims_;
};

// Drops YAML-style front matter ("---" ... "---"): the generator writes its own.
std::string without_front_matter(const std::string& text) {
  if (text.rfind("---\n", 0) != 0) return text;
  const auto end = text.find("\n---\n", 3);
  return end == std::string::npos ? text : text.substr(end + 5);
}

void append_number(std::string& out, long value, int width = 0) {
  char buffer[32];
  const int length = std::snprintf(buffer, sizeof buffer, "%0*ld", width, value);
  out.append(buffer, static_cast<std::size_t>(length));
}

}  // namespace

std::vector<Template> load_templates(const std::filesystem::path& examples_dir, const Vocabulary& vocabulary) {
  std::vector<std::filesystem::path> paths;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(examples_dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  if (error) throw Error(ErrorKind::input, examples_dir.string(), "cannot list the examples: " + error.message());
  std::sort(paths.begin(), paths.end());
  std::vector<Template> templates;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::input, path.string(), "cannot read the example");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Template parsed = TemplateScanner(without_front_matter(text), vocabulary).scan(path.filename().string());
    if (parsed.paragraphs.size() >= 2) templates.push_back(std::move(parsed));
  }
  if (templates.empty()) {
    throw Error(ErrorKind::input, examples_dir.string(), "no example briefing (*.txt with a title and a paragraph)");
  }
  return templates;
}

std::string describe_template(const Template& example) {
  static constexpr const char* kKinds[] = {"literal", "entity", "person", "date", "year", "number", "ordinal"};
  std::string out = "== " + example.name + "\n";
  for (const auto& paragraph : example.paragraphs) {
    for (const auto& piece : paragraph.pieces) {
      if (piece.kind == PieceKind::literal) {
        out += piece.text;
      } else {
        out += "[";
        out += kKinds[static_cast<int>(piece.kind)];
        out += ":" + piece.text + "]";
      }
    }
    out += "\n\n";
  }
  return out;
}

void Renderer::new_section() {
  entities_.clear();
  persons_.clear();
  // Dates move by up to twelve years back or one forward, all of a section by the same amount.
  shift_ = days(random_.between(-12 * 365, 365));
  date_style_ = static_cast<int>(random_.below(4));
}

std::size_t Renderer::replacement(Category category, std::size_t entity) {
  const std::size_t key = static_cast<std::size_t>(category) * kCategoryKeyBase + entity;
  for (const auto& [known, chosen] : entities_) {
    if (known == key) return chosen;
  }
  const std::size_t chosen = random_.below(vocabulary_.of(category).size());
  entities_.emplace_back(key, chosen);
  return chosen;
}

std::size_t Renderer::person_replacement(std::size_t template_index, std::size_t person) {
  const std::size_t key = template_index * kCategoryKeyBase + person;
  for (const auto& [known, chosen] : persons_) {
    if (known == key) return chosen;
  }
  const std::size_t chosen = random_.below(vocabulary_.of(Category::official).size());
  persons_.emplace_back(key, chosen);
  return chosen;
}

std::string Renderer::iso_date(sys_days date) const {
  const year_month_day ymd(date);
  std::string out;
  append_number(out, static_cast<int>(ymd.year()), 4);
  out += '-';
  append_number(out, static_cast<long>(static_cast<unsigned>(ymd.month())), 2);
  out += '-';
  append_number(out, static_cast<long>(static_cast<unsigned>(ymd.day())), 2);
  return out;
}

void Renderer::render_date(const Piece& piece, std::string& out) const {
  const sys_days date = shifted(piece.date);
  const year_month_day ymd(date);
  const auto month_index = static_cast<unsigned>(ymd.month()) - 1;
  const long day_number = static_cast<long>(static_cast<unsigned>(ymd.day()));
  const std::string_view month = date_style_ == 2 ? kMonthAbbreviations[month_index] : kMonths[month_index];
  switch (piece.date_shape) {
    case DateShape::iso:
      out += iso_date(date);
      return;
    case DateShape::month_year:
      out += kMonths[month_index];
      out += ' ';
      append_number(out, static_cast<int>(ymd.year()));
      return;
    case DateShape::month_day:
    case DateShape::month_day_year:
      break;
  }
  if (date_style_ == 3) {
    out += kWeekdays[weekday(date).c_encoding()];
    out += ", ";
  }
  if (date_style_ == 1) {  // "5 June 2024"
    append_number(out, day_number);
    out += ' ';
    out += month;
  } else {
    out += month;
    out += ' ';
    append_number(out, day_number);
    if (piece.date_shape == DateShape::month_day_year) out += ',';
  }
  if (piece.date_shape == DateShape::month_day_year) {
    out += ' ';
    append_number(out, static_cast<int>(ymd.year()));
  }
}

void Renderer::render(std::size_t template_index, const Paragraph& paragraph, std::string& out) {
  for (const auto& piece : paragraph.pieces) {
    switch (piece.kind) {
      case PieceKind::literal:
        out += piece.text;
        break;
      case PieceKind::entity: {
        const auto& entity = vocabulary_.of(piece.category)[replacement(piece.category, piece.entity)];
        if (piece.form == NameForm::demonym) {
          out += entity.demonym;
        } else if (piece.form == NameForm::capital) {
          out += entity.capital;
        } else if (!entity.names.empty() && random_.chance(0.15)) {
          out += entity.names[random_.below(entity.names.size())];  // "UK", "PRC", "Resolution 1718"
        } else {
          out += entity.label;
        }
        break;
      }
      case PieceKind::person: {
        const auto& official = vocabulary_.of(Category::official)[person_replacement(template_index, piece.person)];
        if (piece.person_form == PersonForm::full) {
          out += official.label;
        } else if (piece.person_form == PersonForm::surname) {
          out += last_word(official.label);
        } else {
          out += upper_case(last_word(official.label));
        }
        break;
      }
      case PieceKind::date:
        render_date(piece, out);
        break;
      case PieceKind::year:
        append_number(out, static_cast<int>(year_month_day(shifted(sys_days(year(piece.year) / 1 / 1))).year()));
        break;
      case PieceKind::number: {
        long value = random_.between(1, 9);
        for (std::size_t i = 1; i < piece.digits; ++i) value = value * 10 + random_.between(0, 9);
        append_number(out, value);
        break;
      }
      case PieceKind::ordinal:
        out += kOrdinals[random_.below(kOrdinals.size())];
        break;
    }
  }
}

}  // namespace parley::bench
