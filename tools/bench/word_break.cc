// The ICU word-break baseline: see word_break.hh.
#include "word_break.hh"

#include <chrono>
#include <fstream>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "parley/error.hpp"

namespace parley::bench {

WordBreakRun run_word_break(const std::vector<std::filesystem::path>& files) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, "ICU", std::string("cannot create a word-break iterator: ") + u_errorName(status));

  WordBreakRun run;
  UText* text = nullptr;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::error_code size_error;
    std::string bytes(static_cast<std::size_t>(std::filesystem::file_size(path, size_error)), '\0');
    if (size_error || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      throw Error(ErrorKind::input, path.string(), "cannot read the file");
    }
    text = utext_openUTF8(text, bytes.data(), static_cast<int64_t>(bytes.size()), &status);
    words->setText(text, status);
    if (U_FAILURE(status)) throw Error(ErrorKind::input, path.string(), std::string("ICU cannot read the text: ") + u_errorName(status));
    for (int32_t boundary = words->first(); boundary != icu::BreakIterator::DONE; boundary = words->next()) {
      ++run.boundaries;
    }
    run.bytes += bytes.size();
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  utext_close(text);
  return run;
}

}  // namespace parley::bench
