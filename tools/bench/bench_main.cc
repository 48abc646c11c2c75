// `parley_bench` (run by `make bench`): the benchmark of issue 8. Generates a corpus from the
// examples (bench_corpus), measures the pipeline stage by stage in process on one and on two
// threads (bench_pipeline) against an ICU word-break pass (bench_word_break), the memory of the
// `parley` tool on the corpus and on one huge file (bench_cli_runs), and the writers on a
// synthetic graph of a million nodes (bench_synthetic_graph); prints the table of bench_report.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>

#include "../allocator.hh"
#include "cli_runs.hh"
#include "corpus.hh"
#include "pipeline.hh"
#include "report.hh"
#include "synthetic_graph.hh"
#include "templates.hh"
#include "vocabulary.hh"
#include "word_break.hh"
#include "parley/error.hpp"
#include "parley/extractor.hpp"
#include "parley/knowledge_base.hpp"

#ifndef PARLEY_SOURCE_DIR
#define PARLEY_SOURCE_DIR "."
#endif

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

constexpr int kExitSuccess = 0;
constexpr int kExitBadUsage = 2;
constexpr int kExitInternal = 3;
constexpr double kGraphNodes = 1e6;
constexpr double kGraphEdges = 5e6;

struct Options {
  double scale = 1.0;
  fs::path corpus;    // default: <work>/corpus-x<scale>
  fs::path work_dir;  // default: <source>/build/bench
  fs::path parley;    // default: `parley` beside this executable
  fs::path examples = fs::path(PARLEY_SOURCE_DIR) / "examples";
  fs::path kb_dir = fs::path(PARLEY_SOURCE_DIR) / "data" / "kb";
  unsigned threads = 2;
  unsigned repeat = 1;  // in-process and word-break passes, interleaved; the fastest of each is reported
  double big_mb = -1;  // default: 1000 x scale
  double memory_limit_gb = 12;
  double time_limit_minutes = 30;
  double big_time_limit_minutes = -1;  // default: time_limit_minutes
  bool skip_big = false;
  bool skip_pipeline = false;
  bool skip_cli = false;
  bool skip_graph = false;
  bool print_templates = false;
};

std::string scale_name(double scale) {
  std::ostringstream name;
  name << "x" << scale;
  return name.str();
}

std::string now_text() {
  const std::time_t now = std::time(nullptr);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M %Z", std::localtime(&now));
  return buffer;
}

void make_directories(const fs::path& path) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) throw Error(ErrorKind::input, path.string(), "cannot create the directory: " + error.message());
}

// Removes a directory of outputs a run left (thousands of graphs) before and after it.
void clear_directory(const fs::path& path) {
  std::error_code error;
  fs::remove_all(path, error);
  if (error) throw Error(ErrorKind::input, path.string(), "cannot remove the old outputs: " + error.message());
}

std::vector<std::string> part_arguments(const Corpus& corpus, std::size_t count) {
  std::vector<std::string> arguments;
  for (std::size_t i = 0; i < count && i < corpus.parts.size(); ++i) arguments.push_back(corpus.parts[i].string());
  return arguments;
}

class Benchmark {
 public:
  Benchmark(Options options, std::string command) : options_(std::move(options)) {
    results_.command = std::move(command);
    results_.scale = options_.scale;
    results_.date = now_text();
    results_.cores = std::thread::hardware_concurrency();
    results_.allocator = cli::allocator_name();
    double load[1] = {0};
    if (getloadavg(load, 1) == 1) results_.load_average = load[0];
    runs_dir_ = options_.work_dir / ("runs-" + scale_name(options_.scale));
  }

  int run() {
    make_directories(runs_dir_);
    const auto start = std::chrono::steady_clock::now();
    const bool big = !options_.skip_big && !options_.skip_cli;
    const double big_mb = options_.big_mb >= 0 ? options_.big_mb : kBigFileBytes / 1e6 * options_.scale;
    results_.corpus = prepare_corpus({options_.corpus, options_.examples, options_.kb_dir, options_.scale,
                                      big ? static_cast<std::uint64_t>(std::llround(big_mb * 1e6)) : 0},
                                     std::cerr);
    if (!options_.skip_pipeline) {
      // Interleaved, so that a slow spell of a shared machine falls on every kind of pass alike.
      results_.repeats = options_.repeat;
      for (unsigned round = 0; round < options_.repeat; ++round) {
        measure_word_break();
        measure_pipeline();
      }
    }
    if (!options_.skip_cli) measure_cli();
    if (!options_.skip_graph) measure_graph();
    std::cerr << "bench: done in " << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
              << " s\n";
    double load[1] = {0};
    if (getloadavg(load, 1) == 1) results_.load_average_end = load[0];
    print_report(results_, std::cout);
    return kExitSuccess;
  }

 private:
  void measure_word_break() {
    std::cerr << "bench: ICU word-break pass over " << results_.corpus.files.size() << " files\n";
    const WordBreakRun run = run_word_break(results_.corpus.files);
    results_.word_break_seconds.push_back(run.seconds);
    if (!results_.word_break || run.seconds < results_.word_break->seconds) results_.word_break = run;
  }

  // Keeps the faster of two runs of the same pass, by the figure its target is judged on.
  template <typename Seconds>
  static void keep_fastest(std::optional<PipelineRun>& kept, PipelineRun run, Seconds seconds) {
    if (!kept || seconds(run) < seconds(*kept)) kept = std::move(run);
  }

  void measure_pipeline() {
    if (!extractor_) {
      std::cerr << "bench: loading the knowledge base\n";
      knowledge_base_ = std::make_unique<KnowledgeBase>(KnowledgeBase::builtin());
      extractor_ = std::make_unique<Extractor>(*knowledge_base_);
    }
    const fs::path root = results_.corpus.directory / "docs";
    std::cerr << "bench: pipeline on 1 thread\n";
    PipelineRun one = run_pipeline(results_.corpus.files, root, *extractor_, 1, std::cerr);
    results_.one_thread_extraction_seconds.push_back(extraction_seconds(one));
    keep_fastest(results_.one_thread, std::move(one), extraction_seconds);
    if (options_.threads > 1) {
      std::cerr << "bench: pipeline on " << options_.threads << " threads\n";
      PipelineRun many = run_pipeline(results_.corpus.files, root, *extractor_, options_.threads, std::cerr);
      results_.many_threads_wall_seconds.push_back(many.wall_seconds);
      keep_fastest(results_.many_threads, std::move(many), [](const PipelineRun& run) { return run.wall_seconds; });
    }
    results_.pipeline_peak_rss = own_peak_rss_bytes();
  }

  ChildRun run_parley(const std::string& name, std::vector<std::string> arguments, double time_limit_minutes) {
    arguments.insert(arguments.begin(), options_.parley.string());
    std::string line;
    for (const auto& argument : arguments) line += (line.empty() ? "" : " ") + argument;
    std::cerr << "bench: " << (line.size() > 300 ? line.substr(0, 300) + " ..." : line) << '\n' << std::flush;
    const ChildLimits limits{static_cast<std::uint64_t>(options_.memory_limit_gb * 1024 * 1024 * 1024),
                             time_limit_minutes * 60};
    ChildRun run = run_child(arguments, runs_dir_ / (name + ".stderr"), limits);
    std::cerr << "bench: " << name << ": " << run.seconds << " s, peak RSS " << run.peak_rss_bytes / 1000000 << " MB"
              << (run.ok() ? "" : ", FAILED: " + run.error_line) << '\n';
    return run;
  }

  void measure_cli() {
    const Corpus& corpus = results_.corpus;
    const std::vector<std::string> everything = part_arguments(corpus, corpus.parts.size());
    const fs::path graphs = runs_dir_ / "graphs";
    auto out_dir_run = [&](const std::string& name, std::vector<std::string> inputs, unsigned jobs) {
      clear_directory(graphs);
      std::vector<std::string> arguments = {"extract", "--quiet", "-j", std::to_string(jobs), "--out-dir", graphs.string()};
      arguments.insert(arguments.end(), inputs.begin(), inputs.end());
      ChildRun run = run_parley(name, std::move(arguments), options_.time_limit_minutes);
      clear_directory(graphs);
      return run;
    };
    results_.out_dir_subset = out_dir_run("out-dir-subset", part_arguments(corpus, corpus.subset_parts), 1);
    results_.out_dir_corpus = out_dir_run("out-dir-corpus", everything, 1);
    if (options_.threads > 1) {
      results_.out_dir_corpus_threads = out_dir_run("out-dir-corpus-j", everything, options_.threads);
    }

    const fs::path merged = runs_dir_ / "merged.graphml";
    std::vector<std::string> arguments = {"extract", "--quiet", "-o", merged.string()};
    arguments.insert(arguments.end(), everything.begin(), everything.end());
    results_.merged = run_parley("merged", std::move(arguments), options_.time_limit_minutes);
    std::error_code error;
    results_.merged_graphml_bytes = fs::file_size(merged, error);

    if (!corpus.big_file.empty()) {
      const fs::path big = runs_dir_ / "big.graphml";
      const double limit =
          options_.big_time_limit_minutes >= 0 ? options_.big_time_limit_minutes : options_.time_limit_minutes;
      results_.big_file = run_parley("big", {"extract", "--quiet", "-o", big.string(), corpus.big_file.string()}, limit);
    }
  }

  void measure_graph() {
    const auto nodes = static_cast<std::size_t>(std::llround(kGraphNodes * std::min(1.0, options_.scale)));
    const auto edges = static_cast<std::size_t>(std::llround(kGraphEdges * std::min(1.0, options_.scale)));
    std::cerr << "bench: synthetic graph of " << nodes << " nodes and " << edges << " edges\n";
    results_.graph = run_synthetic_graph(nodes, edges, options_.threads, runs_dir_, std::cerr);
  }

  Options options_;
  BenchResults results_;
  fs::path runs_dir_;
  std::unique_ptr<KnowledgeBase> knowledge_base_;  // loaded once for every in-process pass
  std::unique_ptr<Extractor> extractor_;
};

fs::path default_parley() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path("parley") : self.parent_path() / "parley";
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  using namespace parley::bench;
  // The measuring process of cli_runs.hh: a fresh, small copy of this program.
  if (argc > 1 && std::string_view(argv[1]) == kMeasureChildFlag) return measure_child_main(argc, argv);

  Options options;
  CLI::App app{
      "parley_bench: the benchmark of issue 8 (run by `make bench`).\n"
      "Generates a corpus from examples/*.txt with names, places, dates and numbers from the knowledge base\n"
      "(200 MB in ~20 000 files, a 20 MB subset, one 1 GB file; times --scale; regenerated only when missing or\n"
      "made by another generator version), then measures: per-stage throughput in process on 1 and N threads,\n"
      "an ICU word-break pass over the same files, peak memory of the `parley` CLI (--out-dir on the subset and\n"
      "the corpus, one merged graph, the 1 GB file), and the writers on a synthetic graph of 1M nodes and 5M\n"
      "edges. Prints a table with the targets; progress goes to stderr. MB = 10^6 bytes.",
      "parley_bench"};
  app.add_option("--scale", options.scale, "Fraction of the full sizes (corpus, big file, synthetic graph), e.g. 0.02 for a quick run")
      ->check(CLI::Range(0.0001, 10.0));
  app.add_option("--corpus", options.corpus, "Corpus directory (default: <work-dir>/corpus-x<scale>)");
  app.add_option("--work-dir", options.work_dir, "Where corpora and outputs go (default: <source>/build/bench)");
  app.add_option("--parley", options.parley, "The parley executable for the memory runs (default: beside this program)");
  app.add_option("--examples", options.examples, "Template briefings (default: <source>/examples)");
  app.add_option("--kb-dir", options.kb_dir, "Knowledge base whose names are substituted (default: <source>/data/kb)");
  app.add_option("--threads", options.threads, "Threads of the parallel runs (default 2)")->check(CLI::Range(1, 256));
  app.add_option("--repeat", options.repeat,
                 "Run the word-break and in-process passes N times, interleaved, and report the fastest of each with the\n"
                 "range of all (a shared machine's speed drifts from minute to minute; default 1)")
      ->check(CLI::Range(1, 100));
  app.add_option("--memory-limit-gb", options.memory_limit_gb,
                 "Address-space limit of each parley run, so a runaway run cannot exhaust a shared machine (0: none; default 12)")
      ->check(CLI::Range(0.0, 1024.0));
  app.add_option("--big-mb", options.big_mb, "Size of the big one-document file in MB (default: 1000 x --scale)")
      ->check(CLI::Range(0.001, 100000.0));
  app.add_option("--time-limit-min", options.time_limit_minutes,
                 "Wall-clock limit of each parley run, then it is killed and reported as such (0: none; default 30)")
      ->check(CLI::Range(0.0, 100000.0));
  app.add_option("--big-time-limit-min", options.big_time_limit_minutes,
                 "Wall-clock limit of the big-file run (default: --time-limit-min); its peak memory so far is still reported")
      ->check(CLI::Range(0.0, 100000.0));
  app.add_flag("--skip-big", options.skip_big, "Neither generate nor process the big file");
  app.add_flag("--skip-pipeline", options.skip_pipeline, "Skip the in-process passes and the word-break pass");
  app.add_flag("--skip-cli", options.skip_cli, "Skip the runs of the parley CLI (memory figures; implies --skip-big)");
  app.add_flag("--skip-graph", options.skip_graph, "Skip the synthetic graph and its writers");
  app.add_flag("--print-templates", options.print_templates,
               "Print the examples with the slots the generator fills ([entity:Canada], [date:June 5, 2024]) and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? kExitSuccess : kExitBadUsage;
  }

  namespace fs = std::filesystem;
  if (options.work_dir.empty()) options.work_dir = fs::path(PARLEY_SOURCE_DIR) / "build" / "bench";
  if (options.corpus.empty()) options.corpus = options.work_dir / ("corpus-" + scale_name(options.scale));
  if (options.parley.empty()) options.parley = default_parley();
  if (!options.skip_cli && access(options.parley.c_str(), X_OK) != 0) {
    std::cerr << "parley_bench: " << options.parley.string()
              << ": not an executable; build it (cmake --build build/release --target parley_cli) or pass --parley\n";
    return kExitBadUsage;
  }
  std::string command;
  for (int i = 0; i < argc; ++i) command += (i ? " " : "") + std::string(argv[i]);

  try {
    if (options.print_templates) {
      const Vocabulary vocabulary = load_vocabulary(options.kb_dir);
      for (const auto& example : load_templates(options.examples, vocabulary)) std::cout << describe_template(example);
      return kExitSuccess;
    }
    return Benchmark(options, command).run();
  } catch (const parley::Error& error) {
    std::cerr << "parley_bench: " << error.what() << '\n';
    return error.kind() == parley::ErrorKind::internal ? kExitInternal : kExitBadUsage;
  } catch (const std::exception& error) {
    std::cerr << "parley_bench: internal error: " << error.what() << '\n';
    return kExitInternal;
  }
}
