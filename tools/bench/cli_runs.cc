// Running the `parley` tool as a child and measuring it: see cli_runs.hh.
#include "cli_runs.hh"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "parley/error.hpp"

namespace parley::bench {
namespace {

std::string last_line_of(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  std::string last;
  while (std::getline(in, line)) {
    if (!line.empty()) last = line;
  }
  return last;
}

struct Exit {
  int status = 0;  // exit status, or 128 + signal
  bool timed_out = false;
  rusage usage{};
};

// Forks and execs `argv` with stdout and stderr on the given descriptors (-1: inherited) under
// the limits, and waits for it.
Exit fork_exec_wait(const std::vector<std::string>& arguments, int stdout_fd, int stderr_fd, const ChildLimits& limits) {
  const std::uint64_t memory_limit_bytes = limits.memory_bytes;
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) throw Error(ErrorKind::internal, arguments.front(), std::string("cannot fork: ") + std::strerror(errno));
  if (pid == 0) {  // only async-signal-safe calls from here on
    if (memory_limit_bytes > 0) {
      const rlimit limit{memory_limit_bytes, memory_limit_bytes};
      setrlimit(RLIMIT_AS, &limit);
    }
    if (stdout_fd >= 0) dup2(stdout_fd, STDOUT_FILENO);
    if (stderr_fd >= 0) dup2(stderr_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    static constexpr char kMessage[] = "bench: cannot execute the program\n";
    [[maybe_unused]] const auto ignored = write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    _exit(127);
  }
  Exit exit;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(limits.seconds);
  for (;;) {
    // With a time limit, poll: wait4 has no timeout.
    const pid_t waited = wait4(pid, &status, limits.seconds > 0 ? WNOHANG : 0, &exit.usage);
    if (waited == pid) break;
    if (waited < 0 && errno != EINTR) {
      throw Error(ErrorKind::internal, arguments.front(), std::string("wait4: ") + std::strerror(errno));
    }
    if (waited == 0) {
      if (std::chrono::steady_clock::now() >= deadline && !exit.timed_out) {
        kill(pid, SIGKILL);
        exit.timed_out = true;
      }
      usleep(100'000);
    }
  }
  exit.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return exit;
}

int open_for_writing(const std::filesystem::path& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(ErrorKind::input, path.string(), std::string("cannot open: ") + std::strerror(errno));
  return fd;
}

}  // namespace

ChildRun run_child(const std::vector<std::string>& arguments, const std::filesystem::path& stderr_log,
                   const ChildLimits& limits) {
  const std::filesystem::path result_file = stderr_log.string() + ".result";
  std::vector<std::string> measuring = {"/proc/self/exe", kMeasureChildFlag, result_file.string(),
                                        std::to_string(limits.memory_bytes), std::to_string(limits.seconds),
                                        stderr_log.string()};
  measuring.insert(measuring.end(), arguments.begin(), arguments.end());
  std::filesystem::remove(result_file);
  const Exit measurer = fork_exec_wait(measuring, -1, -1, {});

  ChildRun run;
  run.arguments = arguments;
  std::ifstream result(result_file);
  long peak_kib = 0;
  if (measurer.status != 0 || !(result >> run.exit_status >> peak_kib >> run.seconds >> run.timed_out)) {
    throw Error(ErrorKind::internal, result_file.string(),
                "the measuring process failed (exit " + std::to_string(measurer.status) + ")");
  }
  run.peak_rss_bytes = static_cast<std::uint64_t>(peak_kib) * 1024;
  if (run.timed_out) {
    run.error_line = "killed at the time limit of " + std::to_string(static_cast<long>(limits.seconds)) + " s";
  } else if (!run.ok()) {
    run.error_line = last_line_of(stderr_log);
    if (run.error_line.empty()) run.error_line = "no message (exit status " + std::to_string(run.exit_status) + ")";
    if (limits.memory_bytes > 0 && (run.error_line.find("bad_alloc") != std::string::npos || run.exit_status == 134)) {
      run.error_line += " (over the memory limit of " + std::to_string(limits.memory_bytes >> 20) + " MiB?)";
    }
  }
  return run;
}

int measure_child_main(int argc, char** argv) {
  if (argc < 7) {
    std::fprintf(stderr, "usage: %s %s RESULT MEMORY SECONDS STDERR_LOG PROGRAM [ARGS...]\n", argv[0], kMeasureChildFlag);
    return 2;
  }
  try {
    const std::filesystem::path result_file = argv[2];
    const ChildLimits limits{std::stoull(argv[3]), std::stod(argv[4])};
    const int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
    const int log_fd = open_for_writing(argv[5]);
    const std::vector<std::string> arguments(argv + 6, argv + argc);
    const auto start = std::chrono::steady_clock::now();
    const Exit exit = fork_exec_wait(arguments, null_fd, log_fd, limits);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::ofstream result(result_file);
    result << exit.status << ' ' << exit.usage.ru_maxrss << ' ' << seconds << ' ' << exit.timed_out << '\n';  // KiB
    return result.flush() ? 0 : 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench: %s\n", error.what());
    return 1;
  }
}

std::uint64_t own_peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
}

}  // namespace parley::bench
