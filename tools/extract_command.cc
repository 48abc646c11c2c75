// `parley extract`: briefings in, graphs out (one merged graph, or one graph per input).
#include <algorithm>
#include <iostream>
#include <iterator>
#include <map>

#include "command_line.hh"
#include "json_lines.hh"
#include "parley/actor_network.hpp"
#include "parley/document_reader.hpp"
#include "parley/extractor.hpp"
#include "parley/knowledge_base.hpp"
#include "parley/merge.hpp"

namespace parley::cli {
namespace {

// A pathological input (a 50 MB page with no line breaks) is extracted in slices of whole
// sentences, so that memory stays bounded; what links sentences of different slices is lost.
constexpr std::size_t kSentencesPerSlice = 4000;

Graph extract_in_slices(const Extractor& extractor, Document& document) {
  if (document.sentences.size() <= kSentencesPerSlice) return extractor.extract(document);
  std::vector<Sentence> sentences = std::move(document.sentences);
  Graph graph;
  for (std::size_t begin = 0; begin < sentences.size(); begin += kSentencesPerSlice) {
    const std::size_t end = std::min(sentences.size(), begin + kSentencesPerSlice);
    document.sentences.assign(std::make_move_iterator(sentences.begin() + static_cast<std::ptrdiff_t>(begin)),
                              std::make_move_iterator(sentences.begin() + static_cast<std::ptrdiff_t>(end)));
    const Graph slice = extractor.extract(document);
    if (begin == 0) graph.info = slice.info;
    // add_* accumulate: the slices are one document, so their sentence counts add up.
    for (const NodeData* node : slice.sorted_nodes()) graph.add_node(*node);
    for (const auto& edge : slice.sorted_edges()) graph.add_edge(edge.source().id, edge.target().id, edge.data());
  }
  return graph;
}

class ExtractCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& parent) override {
    CLI::App* app = parent.add_subcommand("extract", "Read briefings and write the graph of what they say");
    app->add_option("inputs", inputs_, "Briefings (*.txt files, or directories searched for *.txt); with --jsonl, JSON Lines files ('-': stdin)")->required();
    app->add_option("-o,--output", output_, "Write one graph of all inputs here ('-' or none: GraphML on stdout)");
    app->add_option("--out-dir", out_dir_, "Write one graph per input as DIR/<stem>.<ext>");
    app->add_option("--format", format_, "Output format: graphml, dot, gexf, json or csv (default: from -o, else graphml)");
    app->add_option("--kb", kb_files_, "Add a knowledge-base file (repeatable; later files win)");
    app->add_option("--gexf-version", write_options_.gexf_version, "GEXF version: 1.2 (default) or 1.3");
    app->add_flag("--quiet", quiet_, "Print no warnings");
    app->add_flag("--actor-network", actor_network_, "Write the actor-to-actor projection (deals_with edges) instead of the full graph");
    app->add_flag("--explain", explain_, "Print on stderr, for each node, the rule that produced it and its evidence");
    app->add_flag("--jsonl", jsonl_,
                  "Inputs are JSON Lines documents {\"id\", \"text\", \"date\", \"title\"}: write one line {\"id\", \"graph\"} "
                  "per document, in input order, to stdout (or -o FILE), for `parley merge --jsonl`; a bad record is "
                  "reported with its line and skipped");
    app->get_option("--out-dir")->excludes(app->get_option("-o"));
    for (const char* other : {"--out-dir", "--format", "--actor-network", "--gexf-version"}) {
      app->get_option("--jsonl")->excludes(app->get_option(other));
    }
    return app;
  }

  int run() override {
    if (jsonl_) return run_json_lines();
    std::vector<Error> refused;
    const std::vector<InputFile> files = collect_inputs(inputs_, refused);
    for (const auto& error : refused) report_error(error);

    KnowledgeBase knowledge_base = KnowledgeBase::builtin();
    for (const auto& file : kb_files_) knowledge_base.add_file(file);
    const Extractor extractor(knowledge_base);

    const Format format = choose_format(out_dir_.empty() ? output_ : "", format_);
    std::vector<std::filesystem::path> input_paths;
    for (const auto& file : files) input_paths.push_back(file.path);
    for (const auto& file : kb_files_) input_paths.emplace_back(file);  // never overwritten either

    int status = refused.empty() ? kExitSuccess : kExitBadInput;
    if (!out_dir_.empty()) {
      status = std::max(status, extract_each(files, input_paths, extractor, format));
    } else {
      if (!output_.empty() && output_ != "-") refuse_overwriting_inputs(output_, input_paths);
      Graph corpus;
      std::size_t extracted = 0;
      for (const auto& file : files) {
        auto graph = extract_one(file, extractor);
        if (!graph) {
          status = kExitBadInput;
          continue;
        }
        merge_graph(corpus, *graph);
        ++extracted;
      }
      // Every input refused: keep the previous output rather than replace it with an empty graph.
      if (extracted == 0 && status != kExitSuccess) return kExitBadInput;
      write_output(actor_network_ ? actor_network(corpus) : corpus, output_, format, write_options_);
    }
    return status;
  }

 private:
  // Reads and extracts one briefing; nullopt (after reporting) when the input is refused.
  std::optional<Graph> extract_one(const InputFile& file, const Extractor& extractor) const {
    try {
      Document document = read_document(file.path, file.source);
      return extract_document(document, extractor);
    } catch (const Error& error) {
      if (error.kind() == ErrorKind::internal) throw;
      report_error(error);
      return std::nullopt;
    }
  }

  // Extracts a document read: its warnings reported, a long one in slices, --explain.
  Graph extract_document(Document& document, const Extractor& extractor) const {
    if (!quiet_) {
      for (const auto& warning : document.warnings) report_warning(warning);
    }
    if (document.sentences.size() > kSentencesPerSlice && !quiet_) {
      report_warning({document.source, Position{}, "very long document (" + std::to_string(document.sentences.size()) +
                                                       " sentences): extracted in slices of " +
                                                       std::to_string(kSentencesPerSlice) + " sentences"});
    }
    Graph graph = extract_in_slices(extractor, document);
    if (explain_) explain(graph);
    return graph;
  }

  // --jsonl: the map of JSON Lines map/reduce (json_lines_extract.cc).
  int run_json_lines() const {
    KnowledgeBase knowledge_base = KnowledgeBase::builtin();
    for (const auto& file : kb_files_) knowledge_base.add_file(file);
    const Extractor extractor(knowledge_base);
    return extract_json_lines(inputs_, output_, [&](Document& document) { return extract_document(document, extractor); });
  }

  int extract_each(const std::vector<InputFile>& files, const std::vector<std::filesystem::path>& input_paths,
                   const Extractor& extractor, Format format) const {
    namespace fs = std::filesystem;
    // Plan every output first: two inputs that would write the same file are an error.
    std::map<fs::path, const InputFile*> planned;
    for (const auto& file : files) {
      fs::path relative = fs::path(file.source).parent_path();
      if (relative.is_absolute() || relative.string().rfind("..", 0) == 0) relative.clear();
      fs::path target = fs::path(out_dir_) / relative / (file.path.stem().string() + std::string(format_extension(format)));
      auto [it, inserted] = planned.emplace(target.lexically_normal(), &file);
      if (!inserted) {
        throw Error(ErrorKind::usage, target.string(),
                    "two inputs would write this file: " + it->second->source + " and " + file.source);
      }
      refuse_overwriting_inputs(target, input_paths);
    }
    int status = kExitSuccess;
    for (const auto& [target, file] : planned) {
      auto graph = extract_one(*file, extractor);
      if (!graph) {
        status = kExitBadInput;
        continue;
      }
      std::error_code ec;
      fs::create_directories(target.parent_path(), ec);
      if (ec) throw Error(ErrorKind::input, target.parent_path().string(), "cannot create the directory: " + ec.message());
      write_output(actor_network_ ? actor_network(*graph) : *graph, target.string(), format, write_options_);
    }
    return status;
  }

  std::vector<std::string> inputs_;
  std::string output_;
  std::string out_dir_;
  std::string format_;
  std::vector<std::string> kb_files_;
  WriteOptions write_options_;
  bool quiet_ = false;
  bool actor_network_ = false;
  bool explain_ = false;
  bool jsonl_ = false;

  // --explain: one line per node, "id <tab> rule <tab> source:start-end <tab> evidence".
  static void explain(const Graph& graph) {
    for (const NodeData* node : graph.sorted_nodes()) {
      std::cerr << node->id << '\t' << node->rule << '\t' << node->evidence.source << ':' << node->evidence.start << '-'
                << node->evidence.end << '\t' << node->evidence.text << '\n';
    }
  }
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace parley::cli
