// The example briefings as templates for the corpus generator: each paragraph is cut into
// literal text and slots (a knowledge-base name, an invented person, a date, a year, a number,
// an ordinal), and a Renderer fills the slots with other values of the same kind, so that the
// generated corpus says the same kind of things about ever different actors, places and dates.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "random.hh"
#include "vocabulary.hh"

namespace parley::bench {

enum class PieceKind { literal, entity, person, date, year, number, ordinal };
enum class PersonForm { full, surname, upper_surname };  // "Paul Okafor", "Okafor", "OKAFOR"
enum class DateShape { iso, month_day_year, month_day, month_year };

struct Piece {
  PieceKind kind = PieceKind::literal;
  std::string text;  // literal: the text; a slot: what the example says there
  // entity slots
  Category category = Category::state;
  std::size_t entity = 0;
  NameForm form = NameForm::name;
  // person slots: the template's n-th invented person
  std::size_t person = 0;
  PersonForm person_form = PersonForm::full;
  // date and year slots
  std::chrono::sys_days date{};
  DateShape date_shape = DateShape::iso;
  int year = 0;
  // number slots
  std::size_t digits = 0;
};

struct Paragraph {
  std::vector<Piece> pieces;
};

struct Template {
  std::string name;                   // the example's file name
  std::vector<Paragraph> paragraphs;  // the first is the title line; front matter is dropped
};

// Reads every examples/*.txt (in name order). Throws parley::Error when there is none.
std::vector<Template> load_templates(const std::filesystem::path& examples_dir, const Vocabulary& vocabulary);

// The template with its slots in brackets ("[entity:Canada]"), to check what the generator varies.
std::string describe_template(const Template& example);

// Fills slots. Within a section the same example entity gets the same replacement ("Canada",
// "Canadian" and "Ottawa" become one other state's name, demonym and capital) and dates move
// by the same number of days in the same written style; new_section() draws afresh.
class Renderer {
 public:
  Renderer(const Vocabulary& vocabulary, SplitMix64& random) : vocabulary_(vocabulary), random_(random) {}

  void new_section();
  void render(std::size_t template_index, const Paragraph& paragraph, std::string& out);
  // The section's date moved: for front matter ("date: 2024-06-05").
  std::string iso_date(std::chrono::sys_days date) const;
  std::chrono::sys_days shifted(std::chrono::sys_days date) const { return date + shift_; }

 private:
  std::size_t replacement(Category category, std::size_t entity);
  std::size_t person_replacement(std::size_t template_index, std::size_t person);
  void render_date(const Piece& piece, std::string& out) const;

  const Vocabulary& vocabulary_;
  SplitMix64& random_;
  std::vector<std::pair<std::size_t, std::size_t>> entities_;  // (category, entity) key -> replacement
  std::vector<std::pair<std::size_t, std::size_t>> persons_;   // (template, person) key -> official
  std::chrono::days shift_{0};
  int date_style_ = 0;
};

}  // namespace parley::bench
