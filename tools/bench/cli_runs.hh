// Memory and time of the real command-line tool: runs `parley` as a child process and reads
// its peak resident memory from wait4()'s rusage.
//
// Linux counts in a child's peak the resident memory of the process it was forked from (the
// copied page tables of fork, or the parent's own memory with vfork/posix_spawn, are recorded
// at exec). So the benchmark, which holds hundreds of megabytes, does not fork `parley` itself:
// it starts a fresh copy of its own small executable (a "measuring" process, see
// measure_child_main), which forks and execs `parley` and reports what wait4 said.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace parley::bench {

struct ChildRun {
  std::vector<std::string> arguments;  // the command line, program first
  double seconds = 0;
  std::uint64_t peak_rss_bytes = 0;
  int exit_status = 0;     // the exit status, or 128 + signal number
  bool timed_out = false;  // killed at the time limit: peak RSS and seconds are those reached so far
  std::string error_line;  // the last line the child wrote on stderr when it failed

  bool ok() const { return exit_status == 0; }
};

struct ChildLimits {
  std::uint64_t memory_bytes = 0;  // address space; 0: none
  double seconds = 0;              // wall-clock, then SIGKILL; 0: none
};

// Runs the command with stdout discarded and stderr kept in `stderr_log`, under limits so that a
// runaway run cannot take a shared machine's memory or the whole afternoon; a run over a limit
// fails and says so. Throws parley::Error when it cannot start.
ChildRun run_child(const std::vector<std::string>& arguments, const std::filesystem::path& stderr_log,
                   const ChildLimits& limits);

// The measuring process: `parley_bench <kMeasureChildFlag> RESULT MEMORY SECONDS STDERR_LOG PROGRAM ARGS...`
// runs the program and writes "<exit status> <peak RSS in KiB> <seconds> <timed out: 0|1>" to RESULT.
inline constexpr const char* kMeasureChildFlag = "--internal-measure-child";
int measure_child_main(int argc, char** argv);

// The peak resident memory of this process so far.
std::uint64_t own_peak_rss_bytes();

}  // namespace parley::bench
