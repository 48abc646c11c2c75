// `parley inspect FILE [--json]`: what the reader saw in a briefing — title, date, dropped
// boilerplate, then each sentence with its byte range, speaker, question flag and dates. The
// reader's debugging view.
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "command_line.hh"
#include "parley/document_reader.hpp"

namespace parley::cli {
namespace {

class InspectCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& parent) override {
    CLI::App* app = parent.add_subcommand("inspect", "Show how a briefing is read: title, date, boilerplate, sentences");
    app->add_option("file", file_, "A briefing (*.txt)")->required();
    app->add_flag("--json", json_, "Print JSON instead of text");
    app->add_flag("--keep-boilerplate", keep_boilerplate_, "Do not drop page furniture");
    return app;
  }

  int run() override {
    ReadOptions options;
    options.drop_boilerplate = !keep_boilerplate_;
    const Document document = read_document(file_, file_, options);
    for (const auto& warning : document.warnings) report_warning(warning);
    if (json_) {
      print_json(document);
    } else {
      print_text(document);
    }
    return kExitSuccess;
  }

 private:
  static std::string speaker_of(const Document& document, const Sentence& sentence) {
    if (sentence.turn < 0) return "";
    return document.turns[static_cast<std::size_t>(sentence.turn)].speaker;
  }

  void print_text(const Document& document) const {
    std::ostream& out = std::cout;
    out << "source: " << document.source << "\n";
    out << "title: " << document.title << "\n";
    out << "date: " << document.date;
    if (!document.date_origin.empty()) out << " (" << document.date_origin << ")";
    out << "\n";
    out << "dropped: " << document.dropped.size() << "\n";
    for (const auto& line : document.dropped) {
      out << "  [" << line.span.begin << "," << line.span.end << ") " << line.reason << ": " << line.text << "\n";
    }
    out << "turns: " << document.turns.size() << "\n";
    out << "sentences: " << document.sentences.size() << "\n";
    for (const auto& sentence : document.sentences) {
      out << "[" << sentence.span.begin << "," << sentence.span.end << ") p" << sentence.paragraph;
      const std::string speaker = speaker_of(document, sentence);
      if (!speaker.empty()) out << " " << speaker;
      if (sentence.question) out << " ?";
      out << ": " << sentence.text << "\n";
      for (const auto& date : sentence.dates) {
        out << "    date [" << date.span.begin << "," << date.span.end << ") \"" << date.surface << "\" -> "
            << (date.iso.empty() ? "(unresolved)" : date.iso) << (date.relative ? " relative" : "") << "\n";
      }
    }
  }

  void print_json(const Document& document) const {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto string = [&](const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); };
    auto span = [&](const ByteSpan& s) {
      w.Key("start");
      w.Uint64(s.begin);
      w.Key("end");
      w.Uint64(s.end);
    };
    w.StartObject();
    w.Key("source");
    string(document.source);
    w.Key("title");
    string(document.title);
    w.Key("date");
    string(document.date);
    w.Key("date_origin");
    string(document.date_origin);
    w.Key("front_matter");
    w.StartObject();
    for (const auto& [key, value] : document.front_matter) {
      string(key);
      string(value);
    }
    w.EndObject();
    w.Key("dropped");
    w.StartArray();
    for (const auto& line : document.dropped) {
      w.StartObject();
      span(line.span);
      w.Key("reason");
      string(line.reason);
      w.Key("text");
      string(line.text);
      w.EndObject();
    }
    w.EndArray();
    w.Key("turns");
    w.StartArray();
    for (const auto& turn : document.turns) {
      w.StartObject();
      w.Key("label");
      string(turn.label);
      w.Key("speaker");
      string(turn.speaker);
      w.Key("role");
      w.String(speaker_role_name(turn.role));
      span(turn.span);
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentences");
    w.StartArray();
    for (const auto& sentence : document.sentences) {
      w.StartObject();
      span(sentence.span);
      w.Key("paragraph");
      w.Uint64(sentence.paragraph);
      w.Key("turn");
      w.Int(sentence.turn);
      w.Key("speaker");
      string(speaker_of(document, sentence));
      w.Key("question");
      w.Bool(sentence.question);
      w.Key("text");
      string(sentence.text);
      w.Key("dates");
      w.StartArray();
      for (const auto& date : sentence.dates) {
        w.StartObject();
        span(date.span);
        w.Key("surface");
        string(date.surface);
        w.Key("iso");
        string(date.iso);
        w.Key("relative");
        w.Bool(date.relative);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.Key("warnings");
    w.StartArray();
    for (const auto& warning : document.warnings) string(to_string(warning));
    w.EndArray();
    w.EndObject();
    std::cout << buffer.GetString() << "\n";
  }

  std::string file_;
  bool json_ = false;
  bool keep_boilerplate_ = false;
};

}  // namespace

std::unique_ptr<Command> make_inspect_command() { return std::make_unique<InspectCommand>(); }

}  // namespace parley::cli
