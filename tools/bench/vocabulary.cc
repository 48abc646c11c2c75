// Loading the generator's vocabulary from the knowledge base: see vocabulary.hh.
#include "vocabulary.hh"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "parley/error.hpp"

namespace parley::bench {
namespace {

rapidjson::Document parse_json_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, path.string(), "cannot open the knowledge-base file");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document json;
  json.Parse(text.c_str(), text.size());
  if (json.HasParseError()) {
    throw Error(ErrorKind::input, path.string(), Position::at_byte(json.GetErrorOffset()),
                rapidjson::GetParseError_En(json.GetParseError()));
  }
  if (!json.IsObject()) throw Error(ErrorKind::input, path.string(), "not a JSON object");
  return json;
}

std::vector<std::string> strings_of(const rapidjson::Value& object, const char* field) {
  std::vector<std::string> result;
  if (!object.IsObject()) return result;
  const auto it = object.FindMember(field);
  if (it == object.MemberEnd() || !it->value.IsArray()) return result;
  for (const auto& item : it->value.GetArray()) {
    if (item.IsString()) result.emplace_back(item.GetString(), item.GetStringLength());
  }
  return result;
}

std::string string_of(const rapidjson::Value& object, const char* field) {
  const auto it = object.FindMember(field);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

std::size_t word_count(const std::string& text) {
  std::istringstream words(text);
  return static_cast<std::size_t>(std::distance(std::istream_iterator<std::string>(words),
                                                std::istream_iterator<std::string>()));
}

// The entities of one knowledge-base file that can stand in for each other. States need a
// demonym and a capital (so "Canadian" and "Ottawa" always have a replacement); officials need a
// first name and a surname (so "Secretary Okafor" can become "Secretary <surname>").
std::vector<VocabularyEntity> load_entities(const std::filesystem::path& path, Category category) {
  const rapidjson::Document json = parse_json_file(path);
  const auto entries = json.FindMember("entries");
  if (entries == json.MemberEnd() || !entries->value.IsArray()) {
    throw Error(ErrorKind::input, path.string(), "no 'entries' array");
  }
  std::vector<VocabularyEntity> entities;
  for (const auto& entry : entries->value.GetArray()) {
    if (!entry.IsObject()) continue;
    VocabularyEntity entity;
    entity.label = string_of(entry, "label");
    entity.names = strings_of(entry, "names");
    if (entity.label.empty()) continue;
    if (category == Category::state) {
      const auto demonyms = strings_of(entry, "demonyms");
      const auto metonyms = strings_of(entry, "metonyms");
      if (demonyms.empty() || metonyms.empty()) continue;
      entity.demonym = demonyms.front();
      entity.capital = metonyms.front();
    }
    if (category == Category::official && word_count(entity.label) < 2) continue;
    entities.push_back(std::move(entity));
  }
  if (entities.empty()) throw Error(ErrorKind::input, path.string(), "no usable entries");
  return entities;
}

}  // namespace

Vocabulary load_vocabulary(const std::filesystem::path& kb_dir) {
  static constexpr std::pair<Category, const char*> kFiles[] = {
      {Category::state, "states.json"},         {Category::group, "groups.json"},
      {Category::organization, "organizations.json"}, {Category::body, "bodies.json"},
      {Category::instrument, "instruments.json"}, {Category::official, "officials.json"},
  };
  Vocabulary vocabulary;
  std::set<std::string> claimed;  // a text belongs to the first category that names it
  for (const auto& [file_category, file] : kFiles) {
    const auto category = file_category;  // a lambda below captures it (clang 14 captures no binding)
    auto& entities = vocabulary.entities[static_cast<std::size_t>(category)];
    entities = load_entities(kb_dir / file, category);
    for (std::size_t i = 0; i < entities.size(); ++i) {
      auto add = [&](const std::string& text, NameForm form) {
        if (!text.empty() && claimed.insert(text).second) vocabulary.surfaces.push_back({text, category, i, form});
      };
      add(entities[i].label, NameForm::name);
      for (const auto& name : entities[i].names) add(name, NameForm::name);
      add(entities[i].demonym, NameForm::demonym);
      add(entities[i].capital, NameForm::capital);
    }
  }
  std::stable_sort(vocabulary.surfaces.begin(), vocabulary.surfaces.end(),
                   [](const Surface& a, const Surface& b) { return a.text.size() > b.text.size(); });

  const std::filesystem::path lexicon_path = kb_dir / "lexicon.json";
  const rapidjson::Document lexicon = parse_json_file(lexicon_path);
  const auto words = lexicon.FindMember("lexicon");
  if (words == lexicon.MemberEnd()) throw Error(ErrorKind::input, lexicon_path.string(), "no 'lexicon' object");
  std::set<std::string> title_words;
  for (const auto& title : strings_of(words->value, "person_titles")) {
    const auto space = title.rfind(' ');
    title_words.insert(space == std::string::npos ? title : title.substr(space + 1));
  }
  if (title_words.empty()) throw Error(ErrorKind::input, lexicon_path.string(), "no 'person_titles' list");
  vocabulary.title_words.assign(title_words.begin(), title_words.end());
  return vocabulary;
}

}  // namespace parley::bench
