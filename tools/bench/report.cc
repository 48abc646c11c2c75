// The report of `make bench`: see report.hh.
#include "report.hh"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <ostream>
#include <string>

#include "parley/stage_times.hpp"

namespace parley::bench {
namespace {

constexpr double kMB = 1e6;

__attribute__((format(printf, 1, 2))) std::string format(const char* pattern, ...) {
  char buffer[512];
  va_list arguments;
  va_start(arguments, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, arguments);
  va_end(arguments);
  return buffer;
}

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / kMB; }
double rate(double amount, double seconds) { return seconds > 0 ? amount / seconds : 0.0; }

// "a to b MB/s": the slowest and the fastest of passes over `mb` megabytes.
std::string rate_range(double mb, const std::vector<double>& seconds) {
  const auto [shortest, longest] = std::minmax_element(seconds.begin(), seconds.end());
  return format("%.1f to %.1f MB/s", rate(mb, *longest), rate(mb, *shortest));
}

const char* verdict(bool met) { return met ? "met" : "NOT MET"; }

void print_pipeline(const BenchResults& results, std::ostream& out) {
  const PipelineRun& one = *results.one_thread;
  const double corpus_mb = megabytes(results.corpus.bytes);
  const auto documents = static_cast<double>(results.corpus.files.size());
  out << format("In-process pipeline: %.1f MB in %zu documents; GraphML written to a stream that counts bytes\n",
                corpus_mb, results.corpus.files.size());
  const PipelineRun* many = results.many_threads ? &*results.many_threads : nullptr;
  out << format("%-28s %10s %8s %9s", "stage", "1 thr: s", "MB/s", "docs/s");
  if (many) out << format("   %u thr: thread-s %8s", many->threads, "MB/s/thr");
  out << '\n';
  for (std::size_t i = 0; i < kStageCount; ++i) {
    const auto stage = static_cast<Stage>(i);
    const double seconds = one.stages[stage];
    out << format("%-28s %10.2f %8.1f %9.0f", std::string(stage_name(stage)).c_str(), seconds, rate(corpus_mb, seconds),
                  rate(documents, seconds));
    if (many) out << format("   %16.2f %8.1f", many->stages[stage], rate(corpus_mb, many->stages[stage]));
    out << '\n';
  }
  out << format("%-28s %10.2f %8.1f %9.0f\n", "extraction (wall - write)", extraction_seconds(one),
                rate(corpus_mb, extraction_seconds(one)), rate(documents, extraction_seconds(one)));
  out << format("%-28s %10.2f %8.1f %9.0f", "total, wall-clock", one.wall_seconds, rate(corpus_mb, one.wall_seconds),
                rate(documents, one.wall_seconds));
  if (many) {
    out << format("   %u thr: wall %7.2f s %8.1f MB/s %7.0f docs/s", many->threads, many->wall_seconds,
                  rate(corpus_mb, many->wall_seconds), rate(documents, many->wall_seconds));
  }
  out << '\n';
  out << format("graphs: %zu nodes, %zu edges, %.1f MB of GraphML; %zu documents refused%s%s\n", one.nodes, one.edges,
                megabytes(one.output_bytes), one.refused, one.refused ? ", first: " : "",
                one.first_refusal.c_str());
  if (many) {
    out << format("speed-up, %u threads over 1: %.2fx\n", many->threads, rate(one.wall_seconds, many->wall_seconds));
  }
  out << format("peak RSS of the benchmark process after these passes: %.0f MB\n", megabytes(results.pipeline_peak_rss));
  if (results.repeats > 1) {
    // The fastest pass of each kind is the one above; the ranges say how much the machine drifted.
    out << format("fastest of %u interleaved passes of each kind; extraction on 1 thread ranged %s", results.repeats,
                  rate_range(corpus_mb, results.one_thread_extraction_seconds).c_str());
    if (many && !results.many_threads_wall_seconds.empty()) {
      out << format(", on %u threads %s", many->threads, rate_range(corpus_mb, results.many_threads_wall_seconds).c_str());
    }
    out << '\n';
  }
}

void print_child(const char* what, const std::optional<ChildRun>& run, std::uint64_t input_bytes, std::size_t documents,
                 std::ostream& out) {
  if (!run) return;
  if (run->timed_out) {
    out << format("%-44s KILLED at the time limit after %.0f s; peak RSS so far %.0f MB\n", what, run->seconds,
                  megabytes(run->peak_rss_bytes));
    return;
  }
  if (!run->ok()) {
    out << format("%-44s FAILED (exit %d) after %.1f s, peak RSS %.0f MB: %s\n", what, run->exit_status, run->seconds,
                  megabytes(run->peak_rss_bytes), run->error_line.c_str());
    return;
  }
  const std::string per_document =
      documents > 1 ? format("%8.0f", rate(static_cast<double>(documents), run->seconds)) : format("%8s", "-");
  out << format("%-44s %9.1f %8.2f %s %12.0f\n", what, run->seconds, rate(megabytes(input_bytes), run->seconds),
                per_document.c_str(), megabytes(run->peak_rss_bytes));
}

void print_cli(const BenchResults& results, std::ostream& out) {
  const Corpus& corpus = results.corpus;
  out << "\nThe parley CLI (peak RSS of the child process alone, from wait4)\n";
  out << format("%-44s %9s %8s %8s %12s\n", "run", "wall s", "MB/s", "docs/s", "peak RSS MB");
  const std::string subset = format("extract --out-dir, subset (%.1f MB)", megabytes(corpus.subset_bytes));
  const std::string whole = format("extract --out-dir, corpus (%.1f MB)", megabytes(corpus.bytes));
  const std::string threads = format("extract --out-dir -j %u, corpus", results.many_threads ? results.many_threads->threads : 2);
  const std::string merged = format("extract -o merged.graphml, corpus");
  const std::string big = format("extract -o big.graphml, big file (%.1f MB)", megabytes(corpus.big_bytes));
  print_child(subset.c_str(), results.out_dir_subset, corpus.subset_bytes, corpus.subset_files, out);
  print_child(whole.c_str(), results.out_dir_corpus, corpus.bytes, corpus.files.size(), out);
  print_child(threads.c_str(), results.out_dir_corpus_threads, corpus.bytes, corpus.files.size(), out);
  print_child(merged.c_str(), results.merged, corpus.bytes, corpus.files.size(), out);
  if (results.merged && results.merged->ok()) {
    out << format("%-44s merged.graphml is %.1f MB\n", "", megabytes(results.merged_graphml_bytes));
  }
  print_child(big.c_str(), results.big_file, corpus.big_bytes, 1, out);
}

void print_graph(const SyntheticGraphRun& graph, std::ostream& out) {
  out << format("\nSynthetic merged graph: %zu nodes, %zu edges; nodes added in %.1f s, edges in %.1f s; "
                "peak RSS %.0f MB built, %.0f MB after writing\n",
                graph.nodes, graph.edges, graph.node_seconds, graph.edge_seconds, megabytes(graph.peak_rss_after_build),
                megabytes(graph.peak_rss_after_writes));
  out << format("Writers with WriteOptions::threads = %u (GraphML formats on that many threads; the others use one)\n",
                graph.threads);
  out << format("%-10s %9s %10s %8s\n", "format", "seconds", "MB", "MB/s");
  for (const auto& write : graph.writes) {
    out << format("%-10s %9.1f %10.1f %8.1f\n", std::string(format_name(write.format)).c_str(), write.seconds,
                  megabytes(write.bytes), rate(megabytes(write.bytes), write.seconds));
  }
}

void print_targets(const BenchResults& results, std::ostream& out) {
  const bool full = results.scale >= 1.0;
  out << "\nTargets (issue 8)\n";
  out << format("%-50s %-38s %s\n", "target", "measured", "status");
  auto row = [&](const std::string& target, const std::string& measured, bool met, const char* note = "") {
    out << format("%-50s %-38s %s%s\n", target.c_str(), measured.c_str(), verdict(met), note);
  };
  if (results.one_thread) {
    const double mbps = rate(megabytes(results.corpus.bytes), extraction_seconds(*results.one_thread));
    row("extraction >= 20 MB/s on one thread", format("%.1f MB/s", mbps), mbps >= 20.0);
    if (results.word_break) {
      const double ratio = rate(extraction_seconds(*results.one_thread), results.word_break->seconds);
      row("extraction <= 3.5x the ICU word-break time", format("%.1fx (word-break %.1f MB/s)", ratio,
                                                               rate(megabytes(results.word_break->bytes), results.word_break->seconds)),
          ratio <= 3.5);
    }
  }
  if (results.one_thread && results.many_threads) {
    const double speedup = rate(results.one_thread->wall_seconds, results.many_threads->wall_seconds);
    row(format("%u threads >= 1.8x one thread", results.many_threads->threads), format("%.2fx", speedup), speedup >= 1.8);
  }
  if (results.out_dir_subset && results.out_dir_corpus && results.out_dir_subset->ok() && results.out_dir_corpus->ok()) {
    const double small = megabytes(results.out_dir_subset->peak_rss_bytes);
    const double large = megabytes(results.out_dir_corpus->peak_rss_bytes);
    const double growth = small > 0 ? (large / small - 1.0) * 100.0 : 0.0;
    row("--out-dir: peak RSS on 200 MB within 10% of 20 MB", format("%+.1f%% (%.0f vs %.0f MB)", growth, large, small),
        growth <= 10.0);
  }
  if (results.merged && results.merged->ok()) {
    const double peak = megabytes(results.merged->peak_rss_bytes);
    const double bound = 2 * megabytes(results.merged_graphml_bytes) + 100;
    row("merged: peak RSS <= 2x merged GraphML + 100 MB", format("%.0f MB (bound %.0f MB)", peak, bound), peak <= bound);
  }
  if (results.big_file) {
    const double peak = megabytes(results.big_file->peak_rss_bytes);
    const char* how = results.big_file->ok() ? "" : results.big_file->timed_out ? " so far, then killed" : ", run failed";
    const std::string target = format("1 GB file: peak RSS < 2 GB (file: %.0f MB)", megabytes(results.corpus.big_bytes));
    const std::string measured = format("%.0f MB%s", peak, how);
    if (!results.big_file->ok() && peak < 2000) {  // killed or failed before reaching the bound: no verdict
      out << format("%-50s %-38s %s\n", target.c_str(), measured.c_str(), "not known (run did not finish)");
    } else {
      row(target, measured, results.big_file->ok() && peak < 2000,
          results.corpus.big_bytes >= 1000000000 ? "" : " (indicative: smaller file)");
    }
  }
  if (results.graph && !results.graph->writes.empty()) {
    const GraphWriteRun& graphml = results.graph->writes.front();
    const double bound = 15.0 * std::min(1.0, results.scale);
    row(format("1M/5M GraphML written in <= %.3g s%s", bound, full ? "" : " (scaled)"),
        format("%.1f s (%zu nodes, %zu edges)", graphml.seconds, results.graph->nodes, results.graph->edges),
        graphml.seconds <= bound);
  }
}

}  // namespace

double extraction_seconds(const PipelineRun& run) { return run.wall_seconds - run.stages[Stage::write]; }

void print_report(const BenchResults& results, std::ostream& out) {
  const Corpus& corpus = results.corpus;
  out << format("Parley benchmark, %s; scale %g\n", results.date.c_str(), results.scale);
  out << "Command: " << results.command << '\n';
  out << format("Corpus: %.1f MB in %zu files (subset: %.1f MB in %zu files)", megabytes(corpus.bytes),
                corpus.files.size(), megabytes(corpus.subset_bytes), corpus.subset_files);
  if (!corpus.big_file.empty()) out << format(", big file %.1f MB", megabytes(corpus.big_bytes));
  out << format("\nMachine: %u cores; load average %.2f at the start, %.2f at the end (other work shares the cores); "
                "allocator: %s. MB = 10^6 bytes.\n\n",
                results.cores, results.load_average, results.load_average_end, results.allocator.c_str());
  if (results.one_thread) print_pipeline(results, out);
  if (results.word_break) {
    const WordBreakRun& words = *results.word_break;
    out << format("ICU word-break pass (one thread, reading included): %.2f s, %.1f MB/s, %llu boundaries\n",
                  words.seconds, rate(megabytes(words.bytes), words.seconds),
                  static_cast<unsigned long long>(words.boundaries));
    const auto& all = results.word_break_seconds;
    if (all.size() > 1) {
      out << format("(the fastest of %zu passes, which ranged %s)\n", all.size(),
                    rate_range(megabytes(words.bytes), all).c_str());
    }
  }
  print_cli(results, out);
  if (results.graph) print_graph(*results.graph, out);
  print_targets(results, out);
}

}  // namespace parley::bench
