// Atomic output files: a temporary beside the target, renamed into place on commit.
#include "parley/output_file.hpp"

#include <atomic>
#include <system_error>

#include <unistd.h>

#include "parley/error.hpp"

namespace parley {
namespace {
constexpr std::string_view kTemporaryMarker = ".parley-tmp-";
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
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) throw Error(ErrorKind::input, target_.string(), "cannot write: permission denied or read-only location");
}

OutputFile::~OutputFile() {
  if (!committed_) {
    stream_.close();
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
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
}

bool OutputFile::is_temporary_name(const std::filesystem::path& path) {
  return path.filename().string().find(kTemporaryMarker) != std::string::npos;
}

}  // namespace parley
