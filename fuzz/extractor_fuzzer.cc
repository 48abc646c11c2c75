// libFuzzer target: arbitrary bytes read as a briefing and extracted into a graph
// (read_document_bytes, then Extractor::extract with the built-in knowledge base).
// Built only with -DPARLEY_FUZZ=ON (see fuzz/CMakeLists.txt and docs/FUZZING.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::extract_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
