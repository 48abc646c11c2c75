// Atomic output files: a temporary beside the target, renamed into place on commit.
#include "parley/output_file.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <system_error>

#include <signal.h>
#include <unistd.h>

#include "parley/error.hpp"

namespace parley {
namespace {
constexpr std::string_view kTemporaryMarker = ".parley-tmp-";

// The temporaries being written, where a signal handler can reach them: fixed slots, since a
// handler may neither allocate nor lock. A slot is free, being filled, or holds a path.
enum SlotState : int { kFree, kFilling, kHeld };
struct TemporarySlot {
  std::atomic<int> state{kFree};
  char path[4096];
};
std::array<TemporarySlot, 64> temporary_slots;

// The slot now holding `path`, or -1 when all are taken or the path is too long (the file is
// then only removed by the destructor, as before).
int hold_temporary(const std::filesystem::path& path) {
  const std::string& name = path.native();
  if (name.size() >= sizeof(TemporarySlot::path)) return -1;
  for (std::size_t i = 0; i < temporary_slots.size(); ++i) {
    int expected = kFree;
    if (temporary_slots[i].state.compare_exchange_strong(expected, kFilling)) {
      std::memcpy(temporary_slots[i].path, name.c_str(), name.size() + 1);
      temporary_slots[i].state.store(kHeld);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void release_temporary(int slot) {
  if (slot >= 0) temporary_slots[static_cast<std::size_t>(slot)].state.store(kFree);
}

extern "C" void remove_temporaries_and_die(int signal_number) {
  for (auto& slot : temporary_slots) {
    if (slot.state.load() == kHeld) ::unlink(slot.path);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);  // delivered on return: the exit status says which signal it was
}
}  // namespace

void OutputFile::remove_temporaries_on_signals() {
  struct sigaction action {};
  action.sa_handler = remove_temporaries_and_die;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    sigaddset(&action.sa_mask, signal_number);  // one handler at a time
  }
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(signal_number, &action, nullptr);
}

OutputFile::OutputFile(std::filesystem::path target) : target_(std::move(target)) {
  static std::atomic<unsigned> counter{0};
  const auto directory = target_.has_parent_path() ? target_.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    throw Error(ErrorKind::input, target_.string(), "cannot write: directory " + directory.string() + " does not exist");
  }
  if (std::filesystem::is_directory(target_, ec)) {
    throw Error(ErrorKind::input, target_.string(), "cannot write: it is a directory");
  }
  temporary_ = directory / ("." + target_.filename().string() + std::string(kTemporaryMarker) +
                            std::to_string(::getpid()) + "-" + std::to_string(counter++));
  signal_slot_ = hold_temporary(temporary_);
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    release_temporary(signal_slot_);
    throw Error(ErrorKind::input, target_.string(), "cannot write: permission denied or read-only location");
  }
}

OutputFile::~OutputFile() {
  if (!committed_) {
    stream_.close();
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
    release_temporary(signal_slot_);
  }
}

void OutputFile::commit() {
  stream_.flush();
  const bool ok = static_cast<bool>(stream_);
  stream_.close();
  std::error_code ec;
  if (!ok || stream_.fail()) {
    std::filesystem::remove(temporary_, ec);
    throw Error(ErrorKind::input, target_.string(), "cannot write: write error (disk full?)");
  }
  std::filesystem::rename(temporary_, target_, ec);
  if (ec) {
    std::filesystem::remove(temporary_, ec);
    throw Error(ErrorKind::input, target_.string(), "cannot write: " + ec.message());
  }
  committed_ = true;
  release_temporary(signal_slot_);
}

bool OutputFile::is_temporary_name(const std::filesystem::path& path) {
  return path.filename().string().find(kTemporaryMarker) != std::string::npos;
}

}  // namespace parley
