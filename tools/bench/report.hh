// The benchmark's figures and the table printed at the end of `make bench`: per-stage
// throughput, the word-break yardstick, the CLI's memory, the writers on the synthetic graph,
// and each target of issue 8 beside the measured figure, met or not.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli_runs.hh"
#include "corpus.hh"
#include "pipeline.hh"
#include "synthetic_graph.hh"
#include "word_break.hh"

namespace parley::bench {

struct BenchResults {
  std::string date;  // when the run started, local time
  std::string command;
  double scale = 1.0;
  unsigned cores = 0;
  std::string allocator;  // the malloc this program runs on, which moves the timings
  double load_average = 0;      // one-minute load average when the run started
  double load_average_end = 0;  // and when it ended
  Corpus corpus;
  // With --repeat N, the fastest of N passes of each kind, and the times of all of them.
  unsigned repeats = 1;
  std::optional<WordBreakRun> word_break;
  std::optional<PipelineRun> one_thread;
  std::optional<PipelineRun> many_threads;
  std::vector<double> word_break_seconds;
  std::vector<double> one_thread_extraction_seconds;  // see extraction_seconds()
  std::vector<double> many_threads_wall_seconds;
  std::uint64_t pipeline_peak_rss = 0;  // of the benchmark process after the in-process passes
  std::optional<ChildRun> out_dir_subset;
  std::optional<ChildRun> out_dir_corpus;
  std::optional<ChildRun> out_dir_corpus_threads;
  std::optional<ChildRun> merged;
  std::uint64_t merged_graphml_bytes = 0;
  std::optional<ChildRun> big_file;
  std::optional<SyntheticGraphRun> graph;
};

// Everything but writing: the one-thread wall-clock less the write stage (the figure the
// extraction target is judged on). Wall-clock rather than the sum of the stage clocks, so that
// what no clock covers (opening files, freeing documents and graphs) is counted too.
double extraction_seconds(const PipelineRun& run);

void print_report(const BenchResults& results, std::ostream& out);

}  // namespace parley::bench
