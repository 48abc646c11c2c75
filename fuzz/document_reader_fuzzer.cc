// libFuzzer target: arbitrary bytes into the document reader (read_document_bytes).
// Built only with -DPARLEY_FUZZ=ON (see fuzz/CMakeLists.txt and docs/FUZZING.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_document_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
