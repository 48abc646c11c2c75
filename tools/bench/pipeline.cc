// In-process stage throughput: see pipeline.hh.
#include "pipeline.hh"

#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <ostream>
#include <streambuf>
#include <thread>

#include "parley/document_reader.hpp"
#include "parley/error.hpp"
#include "parley/graph_writer.hpp"

namespace parley::bench {
namespace {

// An output stream buffer that keeps nothing and counts bytes: the write stage is timed without
// the cost of a disk or of growing a string.
class CountingBuffer final : public std::streambuf {
 public:
  std::uint64_t count() const { return count_; }

 protected:
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) ++count_;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    count_ += static_cast<std::uint64_t>(n);
    return n;
  }

 private:
  std::uint64_t count_ = 0;
};

struct WorkerTotals {
  StageTimes stages;
  std::uint64_t output_bytes = 0;
  std::size_t documents = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t refused = 0;
  std::string first_refusal;
};

}  // namespace

PipelineRun run_pipeline(const std::vector<std::filesystem::path>& files, const std::filesystem::path& sources_root,
                         const Extractor& extractor, unsigned threads, std::ostream& log) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex log_mutex;
  const std::size_t report_every = std::max<std::size_t>(1, files.size() / 10);
  std::vector<WorkerTotals> totals(threads);
  std::vector<std::exception_ptr> failures(threads);

  auto work = [&](unsigned worker) {
    WorkerTotals& mine = totals[worker];
    const auto writer = make_writer(Format::graphml);
    try {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        const std::string source = files[i].lexically_relative(sources_root).generic_string();
        try {
          ReadOptions options;
          options.times = &mine.stages;
          const Document document = read_document(files[i], source, options);
          const Graph graph = extractor.extract(document, &mine.stages);
          mine.nodes += graph.node_count();
          mine.edges += graph.edge_count();
          CountingBuffer counter;
          std::ostream out(&counter);
          {
            StageClock writing(&mine.stages, Stage::write);
            writer->write(graph, out);
          }
          mine.output_bytes += counter.count();
          ++mine.documents;
        } catch (const Error& error) {
          if (error.kind() == ErrorKind::internal) throw;
          if (mine.refused++ == 0) mine.first_refusal = error.what();
        }
        const std::size_t finished = ++done;
        if (finished % report_every == 0) {
          std::lock_guard lock(log_mutex);
          log << "bench: pipeline, " << threads << " thread(s): " << finished * 100 / files.size() << "% of "
              << files.size() << " documents\n"
              << std::flush;
        }
      }
    } catch (...) {
      failures[worker] = std::current_exception();
      next = files.size();  // the others stop too
    }
  };

  const auto start = std::chrono::steady_clock::now();
  if (threads <= 1) {
    work(0);
  } else {
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work, t);
    for (auto& worker : workers) worker.join();
  }
  PipelineRun run;
  run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const auto& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  run.threads = threads;
  for (const auto& mine : totals) {
    run.stages += mine.stages;
    run.output_bytes += mine.output_bytes;
    run.documents += mine.documents;
    run.nodes += mine.nodes;
    run.edges += mine.edges;
    run.refused += mine.refused;
    if (run.first_refusal.empty()) run.first_refusal = mine.first_refusal;
  }
  return run;
}

}  // namespace parley::bench
