// `parley extract`: briefings in, graphs out (one merged graph, or one graph per input).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <iostream>
#include <map>

#include "command_line.hh"
#include "input_guard.hh"
#include "input_plan.hh"
#include "json_lines.hh"
#include "progress.hh"
#include "parley/actor_network.hpp"
#include "parley/document_reader.hpp"
#include "parley/extractor.hpp"
#include "parley/knowledge_base.hpp"
#include "parley/merge.hpp"
#include "parley/spilling_graph.hpp"
#include "parley/ordered_parallel.hpp"

namespace parley::cli {
namespace {

// What extracting one briefing gave, carried from a worker thread to the thread that reports.
struct Extraction {
  std::optional<Graph> graph;           // none when the input was refused or is `large`
  std::optional<SpillingGraph> large;   // a document whose graph outgrew --graph-memory
  std::vector<Diagnostic> warnings;
  std::optional<Error> error;           // the refusal, or an output that could not be written
  std::size_t bytes = 0;
  std::size_t bytes_reported = 0;       // of `bytes`, shown already while its pieces were read
};

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
    app->add_option("-j,--jobs", jobs_,
                    "Extract on N threads (default 1), and format a merged GraphML output on them; the output is "
                    "the same for any N")
        ->check(CLI::Range(1, 256));
    app->add_option("--graph-memory", graph_memory_mb_,
                    "MB of memory the graph of one large document may take before it is spilled to sorted runs "
                    "on disk, under $TMPDIR (default 512; per thread with -j); a spilled graph is streamed to GraphML "
                    "or JSON, other formats build it in memory again")
        ->check(CLI::Range(0.001, 1e7));
    app->add_flag("--quiet", quiet_, "Print no warnings and no progress");
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
    // The inputs are walked, not listed: a run holds a few bytes per input, whatever their number.
    const InputPlan plan(inputs_);
    for (const auto& error : plan.refused()) report_error(error);

    KnowledgeBase knowledge_base = KnowledgeBase::builtin();
    for (const auto& file : kb_files_) knowledge_base.add_file(file);
    const Extractor extractor(knowledge_base);

    const Format format = choose_format(out_dir_.empty() ? output_ : "", format_);
    {
      const InputGuard guard([&](const auto& visit) {
        InputWalk walk(inputs_);
        while (const auto file = walk.next()) visit(file->path);
        for (const auto& file : kb_files_) visit(file);  // never overwritten either
      });
      if (!out_dir_.empty()) {
        check_targets(guard, format);
      } else if (!output_.empty() && output_ != "-") {
        guard.refuse_overwriting(output_);
      }
    }

    Progress progress(!quiet_, plan.size(), plan.total_bytes());
    InputFeed feed(plan);
    int status = plan.refused().empty() ? kExitSuccess : kExitBadInput;
    GraphMerger corpus;
    std::optional<SpillingGraph> alone;  // the one input, too large to hold
    std::size_t extracted = 0;
    for_each_ordered(
        plan.size(), jobs_,
        [&](std::size_t i) {
          const std::optional<InputFile> file = feed.take(i);
          if (!file) {
            Extraction gone;
            gone.error = Error(ErrorKind::input, plan.argument_of(i), "a document found when the run began is gone");
            return gone;
          }
          Extraction result = extract_one(*file, extractor, progress);
          // One graph per input: written by the worker, so that writing runs in parallel too.
          if (!out_dir_.empty() && (result.graph || result.large)) {
            try {
              if (result.large && !actor_network_ && !explain_) {
                write_large_target(*result.large, target_of(*file, format), format);
              } else if (result.graph) {
                // Not `graph ? *graph : large->take()`: that conditional is a prvalue and copies the graph.
                write_target(*result.graph, target_of(*file, format), format);
              } else {
                write_target(result.large->take(), target_of(*file, format), format);
              }
            } catch (const Error& error) {
              if (error.kind() == ErrorKind::internal) throw;
              result.error = error;
            }
            result.graph.reset();
            result.large.reset();
          }
          return result;
        },
        [&](std::size_t, Extraction result) {
          progress.advance(result.bytes - std::min(result.bytes, result.bytes_reported));
          if (!result.warnings.empty() || result.error || (explain_ && result.graph)) progress.clear();
          if (!quiet_) {
            for (const auto& warning : result.warnings) report_warning(warning);
          }
          if (result.error) {
            report_error(*result.error);
            status = std::max(status, exit_status_for(*result.error));
            return;
          }
          if (result.large) {
            // The only input: streamed to the output from its runs at the end. Among others, or
            // when the whole graph is asked for, it is built in memory again.
            if (plan.size() == 1 && !actor_network_ && !explain_) {
              alone = std::move(result.large);
              ++extracted;
              return;
            }
            result.graph = result.large->take();
          }
          if (!result.graph) return;  // written already (--out-dir)
          if (explain_) explain(*result.graph);
          corpus.add(std::move(*result.graph));
          ++extracted;
        });
    progress.clear();
    if (!out_dir_.empty()) return status;
    // Every input refused: keep the previous output rather than replace it with an empty graph.
    if (extracted == 0 && status != kExitSuccess) return kExitBadInput;
    if (alone) {
      write_large(*alone, output_, format, /*as_merged=*/true);
      return status;
    }
    const Graph graph = corpus.finish();
    write_graph(graph, output_, format, jobs_);
    return status;
  }

 private:
  // Reads and extracts one briefing. Safe on several threads: reports nothing itself but the
  // progress through a large file's pieces.
  Extraction extract_one(const InputFile& file, const Extractor& extractor, Progress& progress) const {
    Extraction result;
    result.bytes = file_size(file.path);  // for progress and the large-document warning
    try {
      // A large file is read and extracted piece by piece, so memory does not grow with it; the
      // pieces are one document, so their graphs accumulate (sentence counts add up), on disk
      // beyond --graph-memory.
      SpillingGraph graph(static_cast<std::size_t>(graph_memory_mb_ * 1e6));
      const std::size_t pieces = read_document_pieces(file.path, file.source, [&](Document& piece) {
        for (auto& warning : piece.warnings) result.warnings.push_back(std::move(warning));
        graph.add(extractor.extract(piece));
        // The piece's text is gone by now (freed as soon as read); its sentences say how far
        // into the file it went.
        const std::size_t reached = piece.sentences.empty() ? 0 : piece.sentences.back().span.end;
        if (reached > result.bytes_reported) {
          progress.advance_within(reached - result.bytes_reported);
          result.bytes_reported = reached;
        }
      });
      if (pieces > 1) {
        result.warnings.push_back({file.source, Position{},
                                   "large document (" + std::to_string(result.bytes / (1024 * 1024)) +
                                       " MB): read in " + std::to_string(pieces) +
                                       " pieces; references across pieces are not followed" +
                                       (graph.spilled() ? "; its graph went to disk in " + std::to_string(graph.runs()) +
                                                              " sorted runs (--graph-memory)"
                                                        : std::string())});
      }
      if (graph.spilled()) {
        result.large = std::move(graph);
      } else {
        result.graph = graph.take();
      }
    } catch (const Error& error) {
      if (error.kind() == ErrorKind::internal) throw;
      result.error = error;
    }
    return result;
  }

  // --jsonl: the map of JSON Lines map/reduce (json_lines_extract.cc).
  int run_json_lines() const {
    KnowledgeBase knowledge_base = KnowledgeBase::builtin();
    for (const auto& file : kb_files_) knowledge_base.add_file(file);
    const Extractor extractor(knowledge_base);
    return extract_json_lines(inputs_, output_, {extractor, jobs_, quiet_, explain_ ? explain : nullptr});
  }

  static std::size_t file_size(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<std::size_t>(size);
  }

  // Every output checked before anything runs: two inputs that would write the same file are an
  // error, as is an output that is an input; the first such input, in input order, is reported.
  // Targets are compared by 64-bit hash (8 bytes per input), and computed again, in a second walk,
  // only for the inputs whose hash another input shares.
  void check_targets(const InputGuard& guard, Format format) const {
    std::vector<std::uint64_t> shared;  // hashes of more than one target
    {
      std::vector<std::uint64_t> hashes;
      InputWalk walk(inputs_);
      while (const auto file = walk.next()) hashes.push_back(target_hash(target_of(*file, format)));
      std::sort(hashes.begin(), hashes.end());
      for (auto it = hashes.begin(); (it = std::adjacent_find(it, hashes.end())) != hashes.end();) {
        shared.push_back(*it);
        it = std::upper_bound(it, hashes.end(), *it);
      }
    }
    std::map<std::string, std::string> planned;  // target -> source, for targets with a shared hash
    InputWalk walk(inputs_);
    while (const auto file = walk.next()) {
      const std::string target = target_of(*file, format);
      if (std::binary_search(shared.begin(), shared.end(), target_hash(target))) {
        auto [it, inserted] = planned.emplace(target, file->source);
        if (!inserted) {
          throw Error(ErrorKind::usage, target, "two inputs would write this file: " + it->second + " and " + file->source);
        }
      }
      guard.refuse_overwriting(target);
    }
  }

  // Where --out-dir writes the graph of `file`: DIR/<its folder below the argument>/<stem>.<ext>.
  std::string target_of(const InputFile& file, Format format) const {
    namespace fs = std::filesystem;
    fs::path relative = fs::path(file.source).parent_path();
    if (relative.is_absolute() || relative.string().rfind("..", 0) == 0) relative.clear();
    return (fs::path(out_dir_) / relative / (fs::path(file.path).stem().string() + std::string(format_extension(format))))
        .lexically_normal()
        .string();
  }

  static std::uint64_t target_hash(const std::string& target) { return std::hash<std::string>{}(target); }

  void write_target(const Graph& graph, const std::filesystem::path& target, Format format) const {
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) throw Error(ErrorKind::input, target.parent_path().string(), "cannot create the directory: " + ec.message());
    write_graph(graph, target.string(), format, 1);  // the workers are the parallelism here
  }

  void write_large_target(SpillingGraph& graph, const std::filesystem::path& target, Format format) const {
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) throw Error(ErrorKind::input, target.parent_path().string(), "cannot create the directory: " + ec.message());
    write_large(graph, target.string(), format, /*as_merged=*/false);
  }

  void write_large(SpillingGraph& graph, const std::string& target, Format format, bool as_merged) const {
    if (target.empty() || target == "-") {
      if (format == Format::csv) throw Error(ErrorKind::usage, "-", "CSV is two files and cannot go to stdout; give -o x.csv");
      graph.write(std::cout, format, write_options_, as_merged);
      std::cout.flush();
      return;
    }
    graph.write_file(target, format, write_options_, as_merged);
  }

  // Not `write_output(actor_network_ ? actor_network(graph) : graph, ...)`: a conditional with a
  // prvalue operand copies the graph, which doubled the peak memory of a merged run.
  void write_graph(const Graph& graph, const std::string& target, Format format, unsigned threads) const {
    WriteOptions options = write_options_;
    options.threads = threads;
    if (actor_network_) {
      write_output(actor_network(graph), target, format, options);
    } else {
      write_output(graph, target, format, options);
    }
  }

  std::vector<std::string> inputs_;
  std::string output_;
  std::string out_dir_;
  std::string format_;
  std::vector<std::string> kb_files_;
  WriteOptions write_options_;
  unsigned jobs_ = 1;
  double graph_memory_mb_ = 512;
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
