// In-process stage throughput: every document of the corpus read, extracted and written as
// GraphML (to a stream that only counts bytes) on N threads, with the seconds of each stage
// (read and normalise, segment, recognise, resolve, relate, write) summed over the threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "parley/extractor.hpp"
#include "parley/stage_times.hpp"

namespace parley::bench {

struct PipelineRun {
  unsigned threads = 1;
  StageTimes stages;  // thread-seconds per stage, summed over the threads
  double wall_seconds = 0;
  std::size_t documents = 0;
  std::uint64_t output_bytes = 0;  // GraphML
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t refused = 0;  // documents the reader refused (counted, not fatal)
  std::string first_refusal;
};

// `sources_root` is what provenance names are relative to. Throws what the library throws for an
// internal error; a refused document is counted in the result.
PipelineRun run_pipeline(const std::vector<std::filesystem::path>& files, const std::filesystem::path& sources_root,
                         const Extractor& extractor, unsigned threads, std::ostream& log);

}  // namespace parley::bench
