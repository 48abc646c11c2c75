// Loading the knowledge base: JSON files (format in data/kb/README.md) read into KnowledgeBaseData.
// A file is read whole and checked before anything of it is applied, so a bad file leaves the
// knowledge base as it was; references between entries are checked once every file of a load is in.
#include "parley/knowledge_base.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>

#include "entities/kb_json.hpp"
#include "entities/knowledge_base_data.hpp"
#include "parley/error.hpp"

#ifndef PARLEY_DATA_DIR
#define PARLEY_DATA_DIR "data"
#endif

namespace parley {
namespace {

using kb_json::Value;

const std::set<std::string, std::less<>> kActorKinds = {"state", "organization", "person", "group"};
const std::set<std::string, std::less<>> kAgreementKinds = {"treaty", "declaration", "resolution", "law",  "communique",
                                                            "statement", "deal", "framework", "other"};
const std::set<std::string, std::less<>> kEntryFields = {
    "id",       "type",    "kind",    "label", "names",         "demonyms", "metonyms", "country",
    "date",     "member_of", "distinct_from", "roles", "parties", "source",  "comment"};
const std::set<std::string, std::less<>> kRoleFields = {"title", "body", "country", "from", "to", "comment"};
const std::set<std::string, std::less<>> kFileFields = {"entries", "lexicon", "source", "comment"};

// An id naming another entry, kept with where it was written so a dangling one can be reported.
struct Reference {
  std::string id;
  std::size_t offset;
  std::string field;
};

// One entry as a file gives it: a new entity, or additions and overrides to an earlier one.
struct Patch {
  KbEntry entry;  // scalar fields left empty were not given
  std::vector<Reference> references;
  std::size_t offset = 0;
};

struct ParsedFile {
  kb_json::Document document;
  std::string default_source;  // for the file's new entries that name none
  std::vector<Patch> patches;
  std::map<std::string, std::vector<std::string>> lexicon;
};

bool is_slug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

// "" when the id is well formed, else what is wrong with it.
std::string id_problem(std::string_view id) {
  const auto colon = id.find(':');
  if (colon == std::string_view::npos) return "has no type prefix (write it as actor:<slug> or agreement:<slug>)";
  const std::string_view type = id.substr(0, colon);
  if (type != "actor" && type != "agreement") return "has type '" + std::string(type) + "' (actor or agreement expected)";
  if (!is_slug(id.substr(colon + 1))) {
    return "is not in the form of parley/ids.hpp (lowercase ASCII letters and digits joined by single '-')";
  }
  return {};
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ISO 8601 calendar date, partial allowed: YYYY, YYYY-MM or YYYY-MM-DD.
bool is_iso_date(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!is_digits(date.substr(0, 4))) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !is_digits(date.substr(5, 2))) return false;
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date[7] != '-' || !is_digits(date.substr(8, 2))) return false;
  const int day = std::stoi(std::string(date.substr(8, 2)));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  return day >= 1 && day <= kDays[month - 1];
}

bool is_alpha3(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& item : from) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
  }
}

// Reads the fields of one JSON object, refusing unknown or repeated ones and values of the wrong type.
class FieldReader {
 public:
  FieldReader(const kb_json::Document& document, const Value& object, const std::set<std::string, std::less<>>& known,
              const char* what)
      : document_(document), object_(object) {
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < object.members.size(); ++i) {
      const std::string& key = object.members[i].first;
      if (!known.count(key)) document.fail(object.key_offsets[i], "unknown field '" + key + "' in " + what);
      if (!seen.insert(key).second) document.fail(object.key_offsets[i], "field '" + key + "' given twice");
    }
  }

  const Value* find(std::string_view key) const {
    for (const auto& [name, value] : object_.members) {
      if (name == key) return &value;
    }
    return nullptr;
  }

  // A non-empty string, or "" when absent.
  std::string string(std::string_view key) const {
    const Value* value = find(key);
    if (!value) return {};
    if (!value->is_string()) fail_type(*value, key, "a string");
    if (value->text.empty()) document_.fail(value->offset, "field '" + std::string(key) + "' is empty");
    return value->text;
  }

  std::vector<std::string> strings(std::string_view key, std::vector<std::size_t>* offsets = nullptr) const {
    std::vector<std::string> out;
    const Value* value = find(key);
    if (!value) return out;
    if (!value->is_array()) fail_type(*value, key, "an array of strings");
    for (const Value& item : value->items) {
      if (!item.is_string()) fail_type(item, key, "an array of strings");
      if (item.text.empty()) document_.fail(item.offset, "empty string in '" + std::string(key) + "'");
      out.push_back(item.text);
      if (offsets) offsets->push_back(item.offset);
    }
    return out;
  }

  std::size_t offset_of(std::string_view key) const {
    const Value* value = find(key);
    return value ? value->offset : object_.offset;
  }

  [[noreturn]] void fail_type(const Value& value, std::string_view key, const char* expected) const {
    document_.fail(value.offset, "field '" + std::string(key) + "' must be " + expected + ", not " +
                                     kb_json::kind_name(value.kind));
  }

 private:
  const kb_json::Document& document_;
  const Value& object_;
};

KbRole read_role(const kb_json::Document& document, const Value& value, Patch& patch) {
  if (!value.is_object()) document.fail(value.offset, "each of 'roles' must be an object");
  FieldReader fields(document, value, kRoleFields, "a role");
  KbRole role;
  role.title = fields.string("title");
  if (role.title.empty()) document.fail(value.offset, "role has no 'title'");
  role.body = fields.string("body");
  if (!role.body.empty()) {
    if (auto problem = id_problem(role.body); !problem.empty()) {
      document.fail(fields.offset_of("body"), "role body '" + role.body + "' " + problem);
    }
    patch.references.push_back({role.body, fields.offset_of("body"), "roles.body"});
  }
  role.country = fields.string("country");
  if (!role.country.empty() && !is_alpha3(role.country)) {
    document.fail(fields.offset_of("country"), "role country '" + role.country + "' is not an ISO 3166-1 alpha-3 code");
  }
  role.from = fields.string("from");
  role.to = fields.string("to");
  for (const char* key : {"from", "to"}) {
    const std::string& date = std::string_view(key) == "from" ? role.from : role.to;
    if (!date.empty() && !is_iso_date(date)) {
      document.fail(fields.offset_of(key), "role '" + std::string(key) + "' '" + date + "' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
  // ISO dates compare as strings; a partial date compares as its first day.
  if (!role.from.empty() && !role.to.empty() && role.to < role.from.substr(0, role.to.size())) {
    document.fail(fields.offset_of("to"), "role ends (" + role.to + ") before it starts (" + role.from + ")");
  }
  return role;
}

Patch read_entry(const kb_json::Document& document, const Value& value) {
  if (!value.is_object()) document.fail(value.offset, "each entry must be an object");
  FieldReader fields(document, value, kEntryFields, "an entry");
  Patch patch;
  patch.offset = value.offset;
  KbEntry& e = patch.entry;
  e.file = document.file();
  e.line = document.position(value.offset).line;

  e.id = fields.string("id");
  if (e.id.empty()) document.fail(value.offset, "entry has no 'id'");
  if (auto problem = id_problem(e.id); !problem.empty()) document.fail(fields.offset_of("id"), "id '" + e.id + "' " + problem);
  const std::string id_type = e.id.substr(0, e.id.find(':'));
  e.type = fields.string("type");
  if (!e.type.empty() && e.type != id_type) {
    document.fail(fields.offset_of("type"), "type '" + e.type + "' does not match the id's prefix '" + id_type + "'");
  }
  e.type = id_type;
  e.kind = fields.string("kind");
  if (!e.kind.empty()) {
    const auto& kinds = id_type == "actor" ? kActorKinds : kAgreementKinds;
    if (!kinds.count(e.kind)) {
      std::string known;
      for (const auto& k : kinds) known += (known.empty() ? "" : ", ") + k;
      document.fail(fields.offset_of("kind"), "unknown kind '" + e.kind + "' for " + id_type + " (known: " + known + ")");
    }
  }
  e.label = fields.string("label");
  e.names = fields.strings("names");
  e.demonyms = fields.strings("demonyms");
  e.metonyms = fields.strings("metonyms");
  e.country = fields.string("country");
  if (!e.country.empty() && !is_alpha3(e.country)) {
    document.fail(fields.offset_of("country"), "country '" + e.country + "' is not an ISO 3166-1 alpha-3 code (e.g. USA)");
  }
  e.date = fields.string("date");
  if (!e.date.empty() && !is_iso_date(e.date)) {
    document.fail(fields.offset_of("date"), "date '" + e.date + "' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  e.source = fields.string("source");
  fields.string("comment");

  for (const char* key : {"member_of", "distinct_from", "parties"}) {
    std::vector<std::size_t> offsets;
    std::vector<std::string> ids = fields.strings(key, &offsets);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (auto problem = id_problem(ids[i]); !problem.empty()) {
        document.fail(offsets[i], std::string(key) + " '" + ids[i] + "' " + problem);
      }
      if (ids[i] == e.id) document.fail(offsets[i], std::string(key) + " names the entry itself");
      patch.references.push_back({ids[i], offsets[i], key});
    }
    std::string_view k(key);
    (k == "member_of" ? e.member_of : k == "distinct_from" ? e.distinct_from : e.parties) = std::move(ids);
  }
  if (const Value* roles = fields.find("roles")) {
    if (!roles->is_array()) fields.fail_type(*roles, "roles", "an array of objects");
    for (const Value& role : roles->items) e.roles.push_back(read_role(document, role, patch));
  }
  return patch;
}

ParsedFile parse_file(const std::filesystem::path& path) {
  ParsedFile parsed{kb_json::Document::read(path.string()), {}, {}, {}};
  const kb_json::Document& document = parsed.document;
  const Value& root = document.root();
  if (!root.is_object()) document.fail(root.offset, "the top level must be an object with \"entries\" and/or \"lexicon\"");
  FieldReader fields(document, root, kFileFields, "the top level (expected \"entries\", \"lexicon\", \"source\", \"comment\")");
  parsed.default_source = fields.string("source");
  fields.string("comment");

  if (const Value* entries = fields.find("entries")) {
    if (!entries->is_array()) fields.fail_type(*entries, "entries", "an array of objects");
    std::map<std::string, std::size_t> seen;  // id -> line of its entry in this file
    for (const Value& value : entries->items) {
      Patch patch = read_entry(document, value);
      auto [it, inserted] = seen.emplace(patch.entry.id, patch.entry.line);
      if (!inserted) {
        document.fail(value.offset, "duplicate id '" + patch.entry.id + "' (first at line " + std::to_string(it->second) + ")");
      }
      parsed.patches.push_back(std::move(patch));
    }
  }
  return parsed;
}

// The lexicon takes any list name, so its reader is separate from FieldReader's known-field check.
void read_lexicon(ParsedFile& parsed) {
  const kb_json::Document& document = parsed.document;
  const Value* lexicon = nullptr;
  for (const auto& [name, value] : document.root().members) {
    if (name == "lexicon") lexicon = &value;
  }
  if (!lexicon) return;
  if (!lexicon->is_object()) document.fail(lexicon->offset, "field 'lexicon' must be an object of word lists");
  for (std::size_t i = 0; i < lexicon->members.size(); ++i) {
    const auto& [name, list] = lexicon->members[i];
    if (parsed.lexicon.count(name)) document.fail(lexicon->key_offsets[i], "lexicon list '" + name + "' given twice");
    if (!list.is_array()) document.fail(list.offset, "lexicon list '" + name + "' must be an array of strings");
    auto& words = parsed.lexicon[name];
    for (const Value& word : list.items) {
      if (!word.is_string() || word.text.empty()) {
        document.fail(word.offset, "lexicon list '" + name + "' must hold non-empty strings");
      }
      if (std::find(words.begin(), words.end(), word.text) == words.end()) words.push_back(word.text);
    }
  }
}

void apply(KbEntry& into, KbEntry&& patch) {
  if (!patch.label.empty() && patch.label != into.label) {
    // The old canonical name still names the entity.
    if (std::find(into.names.begin(), into.names.end(), into.label) == into.names.end()) into.names.push_back(into.label);
    into.label = std::move(patch.label);
  }
  if (!patch.kind.empty()) into.kind = std::move(patch.kind);
  if (!patch.country.empty()) into.country = std::move(patch.country);
  if (!patch.date.empty()) into.date = std::move(patch.date);
  if (!patch.source.empty()) into.source = std::move(patch.source);
  append_unique(into.names, patch.names);
  append_unique(into.demonyms, patch.demonyms);
  append_unique(into.metonyms, patch.metonyms);
  append_unique(into.member_of, patch.member_of);
  append_unique(into.distinct_from, patch.distinct_from);
  append_unique(into.parties, patch.parties);
  for (auto& role : patch.roles) {
    const bool known = std::any_of(into.roles.begin(), into.roles.end(), [&](const KbRole& r) {
      return r.title == role.title && r.body == role.body && r.country == role.country && r.from == role.from && r.to == role.to;
    });
    if (!known) into.roles.push_back(std::move(role));
  }
}

// Loads files in order into `data`; on any error `data` is left untouched. Returns the number of
// entries each file gave.
std::vector<std::size_t> load(KnowledgeBaseData& data, const std::vector<std::filesystem::path>& paths) {
  std::vector<ParsedFile> files;
  for (const auto& path : paths) {
    files.push_back(parse_file(path));
    read_lexicon(files.back());
  }

  std::map<std::string, KbEntry> merged;
  for (const auto& entry : data.entries) merged.emplace(entry.id, entry);
  for (auto& file : files) {
    for (auto& patch : file.patches) {
      auto found = merged.find(patch.entry.id);
      if (found == merged.end()) {
        if (patch.entry.label.empty()) {
          file.document.fail(patch.offset, "new entry '" + patch.entry.id + "' has no 'label' (nor does any earlier file define this id)");
        }
        if (patch.entry.kind.empty()) file.document.fail(patch.offset, "new entry '" + patch.entry.id + "' has no 'kind'");
        // The file's default source is for what it introduces: it does not override an earlier
        // entry's own source when the file only adds a name to it.
        auto added = merged.emplace(patch.entry.id, patch.entry).first;
        if (added->second.source.empty()) added->second.source = file.default_source;
      } else {
        apply(found->second, KbEntry(patch.entry));
      }
    }
  }
  for (const auto& file : files) {
    for (const auto& patch : file.patches) {
      for (const auto& reference : patch.references) {
        if (!merged.count(reference.id)) {
          file.document.fail(reference.offset, reference.field + " names unknown id '" + reference.id + "' (in entry '" +
                                                   patch.entry.id + "')");
        }
      }
    }
  }

  // Distinctness is symmetric: each side lists the other.
  for (auto& [id, entry] : merged) {
    for (const auto& other : entry.distinct_from) {
      auto& back = merged.at(other).distinct_from;
      if (std::find(back.begin(), back.end(), id) == back.end()) back.push_back(id);
    }
  }

  KnowledgeBaseData next;
  next.lexicon = data.lexicon;
  for (const auto& file : files) {
    for (const auto& [name, words] : file.lexicon) append_unique(next.lexicon[name], words);
  }
  next.entries.reserve(merged.size());
  for (auto& [id, entry] : merged) {
    for (const auto& other : entry.distinct_from) next.distinct.insert(std::minmax(id, other));
    next.entries.push_back(std::move(entry));
  }
  next.index_entries();
  data = std::move(next);

  std::vector<std::size_t> counts;
  for (const auto& file : files) counts.push_back(file.patches.size());
  return counts;
}

std::filesystem::path data_directory() {
  if (const char* overridden = std::getenv("PARLEY_DATA_DIR"); overridden && *overridden) return overridden;
  return PARLEY_DATA_DIR;
}

std::vector<std::filesystem::path> builtin_files(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw Error(ErrorKind::input, directory.string(),
                "knowledge-base directory not found (set PARLEY_DATA_DIR to the directory holding kb/)");
  }
  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(directory, ec)) {
    if (item.is_regular_file(ec) && item.path().extension() == ".json") files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

KnowledgeBase::KnowledgeBase() : data_(std::make_unique<KnowledgeBaseData>()) {}
KnowledgeBase::~KnowledgeBase() = default;
KnowledgeBase::KnowledgeBase(KnowledgeBase&&) noexcept = default;
KnowledgeBase& KnowledgeBase::operator=(KnowledgeBase&&) noexcept = default;

KnowledgeBase KnowledgeBase::builtin() {
  // Loaded once per data directory, then copied: tests and tools build many extractors.
  static std::mutex mutex;
  static std::map<std::filesystem::path, KnowledgeBaseData> loaded;
  const std::filesystem::path directory = data_directory() / "kb";
  KnowledgeBase kb;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = loaded.find(directory);
  if (found == loaded.end()) {
    KnowledgeBaseData data;
    load(data, builtin_files(directory));
    found = loaded.emplace(directory, std::move(data)).first;
  }
  *kb.data_ = found->second;
  return kb;
}

void KnowledgeBase::add_file(const std::filesystem::path& path) { load(*data_, {path}); }

std::size_t KnowledgeBase::check_file(const std::filesystem::path& path) {
  // A user's file may name the shipped entries (to add aliases, or as member_of), so it is checked
  // on top of them.
  KnowledgeBase kb = builtin();
  return load(*kb.data_, {path}).front();
}

std::size_t KnowledgeBase::size() const { return data_->entries.size(); }

}  // namespace parley
