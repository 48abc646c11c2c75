// Reading a briefing (parley/document_reader.hpp): the stages of the text layer wired in order —
// decode, front matter, lines and boilerplate, paragraphs and speaker turns, normalisation,
// sentences, the document's date, then the dates of each sentence.
#include "parley/document_reader.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

#include "segments/date_parser.hpp"
#include "segments/sentence_splitter.hpp"
#include "segments/speaker_turns.hpp"
#include "text/boilerplate.hpp"
#include "text/decoder.hpp"
#include "text/front_matter.hpp"
#include "text/lines.hpp"
#include "text/normaliser.hpp"

namespace parley {
namespace {

constexpr std::size_t kMinWrapWidth = 40;          // bytes: narrower blocks are lists, not wrapped prose
constexpr double kWrappedLineShare = 0.6;          // of the widest line, for every line but the last
constexpr std::size_t kMaxTitleWords = 25;
constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kDatelineParagraphs = 12;    // where a dateline may stand, before the first turn
constexpr std::size_t kMaxDatelineExtraWords = 4;
constexpr std::size_t kDatelineDateStart = 40;     // bytes: "WASHINGTON, May 8, 2024 - ..."
constexpr std::size_t kDatelineSearchBytes = 200;

constexpr std::size_t kNoLine = static_cast<std::size_t>(-1);

struct BlockLine {
  std::size_t begin;        // where its text starts (after a speaker label)
  std::size_t end;
  std::size_t full_width;   // the whole line, label included: for telling wrapped prose
  bool normalised;          // the whole line is its own normalised form (found so by find_boilerplate)
  std::size_t line;         // its index in the document's lines
};

struct Paragraph {
  std::size_t begin;
  std::size_t end;
  int turn;
  bool normalised_lines;  // normalised lines joined by single line feeds: text::join_normalised_lines
  std::size_t line;       // the one line it is made of, or kNoLine
};

bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '?' || s.back() == '!');
}

bool is_question(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  return !s.empty() && s.back() == '?';
}

// Hard-wrapped prose (every line but the last nearly as wide as the widest) is one paragraph;
// other blocks of several lines (a header: title, office, place, date) are one line each.
void add_block(std::string_view text, const std::vector<BlockLine>& block, int turn, std::vector<Paragraph>& paragraphs) {
  if (block.empty()) return;
  std::size_t widest = 0;
  for (const auto& line : block) widest = std::max(widest, line.full_width);
  bool wrapped = block.size() == 1 || widest >= kMinWrapWidth;
  for (std::size_t i = 0; wrapped && i + 1 < block.size(); ++i) {
    wrapped = static_cast<double>(block[i].full_width) >= kWrappedLineShare * static_cast<double>(widest);
  }
  if (wrapped) {
    // Normalised lines joined by single line feeds make a normalised paragraph once the feeds
    // are spaces. (A line's text after a speaker label starts with no space: normalised too.)
    bool normalised_lines = true;
    for (std::size_t i = 0; normalised_lines && i < block.size(); ++i) {
      normalised_lines = block[i].normalised && (i + 1 == block.size() || (block[i + 1].begin == block[i].end + 1 &&
                                                                           text[block[i].end] == '\n'));
    }
    paragraphs.push_back({block.front().begin, block.back().end, turn, normalised_lines, block.size() == 1 ? block.front().line : kNoLine});
  } else {
    for (const auto& line : block) paragraphs.push_back({line.begin, line.end, turn, line.normalised, line.line});
  }
}

// A paragraph that is one whole line find_boilerplate normalised is that line's text, taken as
// it was made (with the same offsets), not normalised a second time: the line's, else null.
// `next` is the first of `texts` not passed yet; the paragraphs ask in order.
text::NormalisedText* normalised_line(const Paragraph& paragraph, const std::vector<text::Line>& lines,
                                      text::NormalisedLines& texts, std::size_t& next) {
  if (paragraph.line == kNoLine) return nullptr;
  while (next < texts.size() && texts[next].first < paragraph.line) ++next;
  const text::Line& line = lines[paragraph.line];
  if (next == texts.size() || texts[next].first != paragraph.line || line.begin != paragraph.begin || line.end != paragraph.end) {
    return nullptr;
  }
  return &texts[next].second;
}

std::string date_from_front_matter(const std::map<std::string, std::string>& fields) {
  if (fields.empty()) return "";  // no front matter: no key made into a string to look for
  for (const char* key : {"date", "published_time", "published", "pubdate", "created"}) {
    auto found = fields.find(key);
    if (found == fields.end()) continue;
    const std::string iso = segments::to_iso(segments::parse_iso_date(found->second));
    if (!iso.empty()) return iso;
    const std::string value = text::normalise_string(found->second);
    for (const auto& date : segments::find_dates(value, "")) {
      if (!date.relative && !date.iso.empty()) return date.iso;
    }
  }
  return "";
}

}  // namespace

Document read_document_bytes(std::string bytes, const std::string& source, const ReadOptions& options) {
  // Segmenting (sentences, dates) is interleaved with normalising, paragraph by paragraph: its
  // clock runs inside the reading one and is taken out of it at the end.
  StageTimes local;
  StageTimes* times = options.times ? &local : nullptr;
  StageClock reading(times, Stage::read);
  Document document;
  document.source = source;
  text::DecodedText decoded = text::decode(std::move(bytes), source);
  document.text = std::move(decoded.utf8);
  document.warnings = std::move(decoded.warnings);
  const std::string& all = document.text;

  text::FrontMatter front_matter = text::read_front_matter(all, source);
  if (front_matter.problem) document.warnings.push_back(*front_matter.problem);
  document.front_matter = std::move(front_matter.fields);

  const std::vector<text::Line> lines = text::split_lines(all, front_matter.body_begin);
  std::vector<unsigned char> normalised_lines(lines.size(), 0);  // found so by find_boilerplate
  text::LabelsRead labels_read;  // by find_boilerplate: lines it looked at need no second look
  labels_read.read.assign(lines.size(), 0);
  text::NormalisedLines normalised_texts;  // by find_boilerplate: lines it normalised, by line
  std::vector<std::string_view> reasons = options.drop_boilerplate
                                              ? text::find_boilerplate(all, lines, &normalised_lines, &labels_read, &normalised_texts)
                                              : std::vector<std::string_view>(lines.size());
  std::size_t next_label_read = 0;  // the first of labels_read.found not passed yet

  // Lines -> blocks of consecutive kept lines -> paragraphs; speaker labels open turns.
  std::vector<Paragraph> paragraphs;
  std::vector<BlockLine> block;
  int turn = -1;
  bool any_text = false;
  auto close_turn = [&] {
    if (turn >= 0 && !paragraphs.empty() && paragraphs.back().turn == turn) {
      document.turns[static_cast<std::size_t>(turn)].span.end = paragraphs.back().end;
    }
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const text::Line& line = lines[i];
    const std::string_view raw = std::string_view(all).substr(line.begin, line.end - line.begin);
    if (!reasons[i].empty()) {
      add_block(all, block, turn, paragraphs);
      block.clear();
      document.dropped.push_back({{line.begin, line.end}, text::normalise_string(raw), std::string(reasons[i])});
      continue;
    }
    if (text::is_blank(raw)) {
      add_block(all, block, turn, paragraphs);
      block.clear();
      continue;
    }
    any_text = true;
    std::size_t content = line.begin;
    std::optional<segments::SpeakerLabel> label;
    if (labels_read.read[i]) {
      auto& found = labels_read.found;
      while (next_label_read < found.size() && found[next_label_read].first < i) ++next_label_read;
      if (next_label_read < found.size() && found[next_label_read].first == i) {
        label = std::move(found[next_label_read].second);
        segments::name_speaker(*label);
      }
    } else {
      label = segments::match_speaker_label(raw);
    }
    if (label) {
      add_block(all, block, turn, paragraphs);
      block.clear();
      close_turn();
      Turn opened;
      opened.label = std::move(label->label);
      opened.speaker = std::move(label->speaker);
      opened.role = label->role;
      opened.span = {line.begin + label->label_begin, line.end};
      document.turns.push_back(std::move(opened));
      turn = static_cast<int>(document.turns.size()) - 1;
      content = line.begin + label->speech_begin;
      if (content >= line.end) continue;
    }
    block.push_back({content, line.end, line.end - line.begin, normalised_lines[i] != 0, i});
  }
  add_block(all, block, turn, paragraphs);
  close_turn();
  if (!any_text) document.warnings.push_back({source, Position{}, "empty document: no text to read"});

  // Normalise each paragraph once and split it into sentences; keep the normalised text of the
  // first paragraphs only (title and dateline), so a big file does not hold it twice.
  std::vector<std::string> head;
  std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges;  // of one paragraph at a time
  text::NormalisedText normalised;  // of one paragraph at a time; most keep its buffers
  // A paragraph holds a sentence at least, nearly always, and prose a sentence in about a
  // hundred bytes: room for the more of the two at once, not a reallocation (moving every
  // sentence) each time the count doubles.
  std::size_t paragraph_bytes = 0;
  for (const Paragraph& paragraph : paragraphs) paragraph_bytes += paragraph.end - paragraph.begin;
  constexpr std::size_t kBytesPerSentence = 96;  // a little under the generated corpus's mean (104)
  document.sentences.reserve(std::max(paragraphs.size(), paragraph_bytes / kBytesPerSentence));
  // When the room runs out still, the rest of the paragraphs are taken to hold sentences at the
  // rate of those read so far (and an eighth more), for at most four times as many as there
  // are: one move of the sentences, about, not two or three; the bound keeps a few dense
  // paragraphs at the top of a big file from asking room for millions.
  std::size_t bytes_split = 0;  // of the paragraphs up to the current one
  std::size_t next_normalised = 0;  // the first of normalised_texts not passed yet
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& paragraph = paragraphs[p];
    bytes_split += paragraph.end - paragraph.begin;
    const std::string_view original = std::string_view(all).substr(paragraph.begin, paragraph.end - paragraph.begin);
    if (paragraph.normalised_lines) {
      text::join_normalised_lines(original, paragraph.begin, normalised);
    } else if (text::NormalisedText* line = normalised_line(paragraph, lines, normalised_texts, next_normalised)) {
      normalised = std::move(*line);
    } else {
      normalised = text::normalise(original, paragraph.begin);
    }
    if (p < kDatelineParagraphs) head.push_back(normalised.text);
    StageClock segmenting(times, Stage::segment);
    segments::split_sentences(normalised.text, normalised.printable_ascii, sentence_ranges);
    if (const std::size_t needed = document.sentences.size() + sentence_ranges.size(); needed > document.sentences.capacity()) {
      const std::size_t rest = needed * (paragraph_bytes - bytes_split) / bytes_split;  // bytes_split > 0: it held sentences
      document.sentences.reserve(needed + std::min(rest + rest / 8, 3 * needed));
    }
    // A paragraph mapped one to one from its start (most): its sentences are mapped by that one
    // point, set in place, not by a map made and moved in and two searches.
    const bool one_to_one = normalised.points.size() == 1 && normalised.points.front().first == 0;
    const std::size_t one_to_one_base = one_to_one ? normalised.points.front().second : 0;
    for (auto [begin, end] : sentence_ranges) {
      // Made in place in the document: no sentence moved in and destroyed, no text copied twice.
      Sentence& sentence = document.sentences.emplace_back();
      // Built whole, then moved in: assign() of a part took the general replace path.
      sentence.text = std::string(normalised.text.data() + begin, end - begin);
      if (one_to_one) {
        sentence.offsets.add(0, one_to_one_base + begin);
        sentence.span = {one_to_one_base + begin, one_to_one_base + end};
      } else {
        sentence.offsets = normalised.slice(begin, end);
        sentence.span = {normalised.to_original(begin), normalised.to_original(end)};
      }
      sentence.paragraph = p;
      sentence.turn = paragraph.turn;
      sentence.question = is_question(sentence.text);
    }
  }

  // Title: the front matter's, else a short first line that is no sentence, before any turn.
  if (auto found = document.front_matter.find("title"); found != document.front_matter.end()) {
    document.title = text::normalise_string(found->second);
  } else if (!paragraphs.empty() && paragraphs.front().turn < 0) {
    const std::string& first = head.front();
    if (!first.empty() && first.size() <= kMaxTitleBytes && text::count_words(first) <= kMaxTitleWords && !ends_like_sentence(first) &&
        segments::find_dates(first, "").empty()) {
      document.title = first;
    }
  }

  // The document's date: front matter, else a dateline near the top, else the first full date.
  StageClock dating(times, Stage::segment);
  document.date = date_from_front_matter(document.front_matter);
  if (!document.date.empty()) {
    document.date_origin = "front matter";
  } else if (!options.date.empty()) {
    document.date = options.date;
    document.date_origin = "given";
  }
  for (std::size_t p = 0; document.date.empty() && p < paragraphs.size() && p < kDatelineParagraphs; ++p) {
    if (paragraphs[p].turn >= 0) break;
    // A dateline stands at the start: look at the first bytes only, however long the paragraph.
    std::string_view paragraph = head[p];
    const bool truncated = paragraph.size() > kDatelineSearchBytes;
    if (truncated) {
      const std::size_t cut = paragraph.rfind(' ', kDatelineSearchBytes);
      paragraph = paragraph.substr(0, cut == std::string_view::npos ? kDatelineSearchBytes : cut);
    }
    for (const auto& date : segments::find_dates(paragraph, "")) {
      if (date.relative || !date.has_day || date.iso.empty()) continue;
      // A dateline is the date and little else: a place, a weekday.
      const std::size_t date_words = text::count_words(paragraph.substr(date.begin, date.end - date.begin));
      const bool short_line = !truncated && text::count_words(paragraph) <= date_words + kMaxDatelineExtraWords;
      const std::string_view after = paragraph.substr(date.end);
      const bool dash_after = after.rfind(" -", 0) == 0 || after.rfind("-", 0) == 0 || after.rfind(":", 0) == 0;
      if (short_line || (date.begin <= kDatelineDateStart && dash_after)) {
        document.date = date.iso;
        document.date_origin = "dateline";
      }
      break;
    }
  }
  auto add_dates = [&](Sentence& sentence, const std::vector<segments::FoundDate>& found_dates) {
    sentence.dates.clear();
    for (const auto& found : found_dates) {
      DateMention mention;
      mention.span = sentence.original(found.begin, found.end);
      mention.surface = all.substr(mention.span.begin, mention.span.end - mention.span.begin);
      mention.iso = found.iso;
      mention.relative = found.relative;
      sentence.dates.push_back(std::move(mention));
    }
  };
  // Else the first full date of the text. The sentences searched keep what was found: without
  // a document date it is final; with one found here, only those few are searched again.
  std::size_t searched = 0;
  std::vector<segments::FoundDate> found_dates;  // of one sentence at a time
  for (; document.date.empty() && searched < document.sentences.size(); ++searched) {
    Sentence& sentence = document.sentences[searched];
    segments::find_dates(sentence.text, "", found_dates);
    add_dates(sentence, found_dates);
    for (const auto& date : found_dates) {
      if (!date.relative && date.has_day && !date.iso.empty()) {
        document.date = date.iso;
        document.date_origin = "text";
        break;
      }
    }
  }
  for (std::size_t s = document.date.empty() ? searched : 0; s < document.sentences.size(); ++s) {
    Sentence& sentence = document.sentences[s];
    segments::find_dates(sentence.text, document.date, found_dates);
    add_dates(sentence, found_dates);
  }
  dating.stop();
  reading.stop();
  if (options.times) {
    local[Stage::read] -= local[Stage::segment];
    *options.times += local;
  }
  return document;
}

Document read_document(const std::filesystem::path& path, const std::string& source, const ReadOptions& options) {
  StageClock reading(options.times, Stage::read);
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw Error(ErrorKind::input, source, "is a directory, not a briefing");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, source, "cannot read the file (missing or not readable)");
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(bytes.data(), size);
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    in.seekg(0);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) throw Error(ErrorKind::input, source, "error while reading the file");
  reading.stop();
  return read_document_bytes(std::move(bytes), source, options);
}

}  // namespace parley
