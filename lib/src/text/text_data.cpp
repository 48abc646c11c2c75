// Loads the text layer's word lists from data/text/*.json, once.
#include "text/text_data.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/ascii_case.hpp"
#include "parley/error.hpp"

#ifndef PARLEY_DATA_DIR
#define PARLEY_DATA_DIR "data"
#endif

namespace parley::text {
namespace {

rapidjson::Document load_json(const std::string& name) {
  const std::string path = data_directory() + "/text/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::internal, path, "cannot read the text layer's data file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  rapidjson::Document json;
  json.Parse(content.c_str(), content.size());
  if (json.HasParseError() || !json.IsObject()) {
    throw Error(ErrorKind::internal, path, Position::at_byte(json.GetErrorOffset()),
                std::string("malformed JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
  }
  return json;
}

template <typename Add>
void each_string(const rapidjson::Value& object, const char* key, Add add) {
  auto found = object.FindMember(key);
  if (found == object.MemberEnd() || !found->value.IsArray()) return;
  for (const auto& item : found->value.GetArray()) {
    if (item.IsString()) add(std::string(item.GetString(), item.GetStringLength()));
  }
}

template <typename Add>
void each_member(const rapidjson::Value& object, const char* key, Add add) {
  auto found = object.FindMember(key);
  if (found == object.MemberEnd() || !found->value.IsObject()) return;
  for (const auto& member : found->value.GetObject()) add(std::string(member.name.GetString()), member.value);
}

BoilerplateWords load_boilerplate() {
  const auto json = load_json("boilerplate.json");
  BoilerplateWords words;
  if (json.HasMember("max_words") && json["max_words"].IsUint()) words.max_words = json["max_words"].GetUint();
  if (json.HasMember("heading_max_words") && json["heading_max_words"].IsUint()) {
    words.heading_max_words = json["heading_max_words"].GetUint();
  }
  each_string(json, "phrases", [&](std::string s) { words.phrases.push_back(lower_ascii(s)); });
  each_string(json, "heading_phrases", [&](std::string s) { words.heading_phrases.push_back(lower_ascii(s)); });
  each_string(json, "prefixes", [&](std::string s) { words.prefixes.push_back(lower_ascii(s)); });
  each_string(json, "words", [&](std::string s) { words.words.insert(lower_ascii(s)); });
  each_string(json, "image_extensions", [&](std::string s) { words.image_extensions.push_back(lower_ascii(s)); });
  each_string(json, "image_words", [&](std::string s) { words.image_words.insert(lower_ascii(s)); });
  return words;
}

AbbreviationWords load_abbreviations() {
  const auto json = load_json("abbreviations.json");
  AbbreviationWords words;
  each_string(json, "never_final", [&](std::string s) { words.never_final.insert(s); });
  each_string(json, "may_end", [&](std::string s) { words.may_end.insert(s); });
  each_string(json, "sentence_openers", [&](std::string s) { words.sentence_openers.insert(s); });
  return words;
}

SpeakerWords load_speakers() {
  const auto json = load_json("speakers.json");
  SpeakerWords words;
  each_member(json, "roles", [&](std::string name, const rapidjson::Value& v) {
    if (v.IsString()) words.roles[name] = v.GetString();
  });
  each_member(json, "display", [&](std::string name, const rapidjson::Value& v) {
    if (v.IsString()) words.display[name] = v.GetString();
  });
  each_string(json, "official_words", [&](std::string s) { words.official_words.insert(s); });
  each_string(json, "not_speakers", [&](std::string s) { words.not_speakers.insert(s); });
  each_string(json, "lowercase_words", [&](std::string s) { words.lowercase_words.insert(s); });
  return words;
}

DateWords load_dates() {
  const auto json = load_json("dates.json");
  DateWords words;
  auto names = [&](const char* key, WordMap<int>& into) {
    if (!json.HasMember(key) || !json[key].IsArray()) return;
    int index = 0;
    for (const auto& group : json[key].GetArray()) {
      if (group.IsArray()) {
        for (const auto& name : group.GetArray()) {
          if (name.IsString()) into[name.GetString()] = index;
        }
      }
      ++index;
    }
  };
  names("months", words.months);
  for (auto& [name, month] : words.months) ++month;  // 1..12
  names("weekdays", words.weekdays);
  each_string(json, "month_context", [&](std::string s) { words.month_context.insert(lower_ascii(s)); });
  each_string(json, "parts_of_today", [&](std::string s) { words.parts_of_today.insert(lower_ascii(s)); });
  each_member(json, "days", [&](std::string name, const rapidjson::Value& v) {
    if (v.IsInt()) words.days[lower_ascii(name)] = v.GetInt();
  });
  each_string(json, "future_cues", [&](std::string s) { words.future_cues.push_back(lower_ascii(s)); });
  each_string(json, "not_years_after", [&](std::string s) { words.not_years_after.insert(s); });
  each_member(json, "numbers", [&](std::string name, const rapidjson::Value& v) {
    if (v.IsInt()) words.numbers[lower_ascii(name)] = v.GetInt();
  });
  return words;
}

}  // namespace

std::string data_directory() {
  if (const char* dir = std::getenv("PARLEY_DATA_DIR"); dir != nullptr && *dir != '\0') return dir;
  return PARLEY_DATA_DIR;
}

const TextData& text_data() {
  static const TextData data{load_boilerplate(), load_abbreviations(), load_speakers(), load_dates()};
  return data;
}

}  // namespace parley::text
