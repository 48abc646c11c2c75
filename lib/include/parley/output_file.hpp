// Atomic output: write to a temporary file beside the target, rename into place on commit.
// An interrupted or failed run leaves the previous output intact and no stray file.
#pragma once

#include <filesystem>
#include <fstream>

namespace parley {

class OutputFile {
 public:
  // Throws Error (kind input) when the directory is missing or not writable.
  explicit OutputFile(std::filesystem::path target);
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return stream_; }
  // Flushes, checks for write errors and renames into place. Throws Error on failure.
  void commit();

  // Temporary files live under this name so an interrupted run's leftovers are recognisable.
  static bool is_temporary_name(const std::filesystem::path& path);

  // For programs: on SIGINT, SIGTERM or SIGHUP, removes the temporary files being written, then
  // dies of the signal as it would have. Without this a signal during a write leaves a stray file.
  static void remove_temporaries_on_signals();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::ofstream stream_;
  bool committed_ = false;
  int signal_slot_ = -1;  // where the signal handler finds temporary_
};

}  // namespace parley
