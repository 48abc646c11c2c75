// libFuzzer target: arbitrary bytes as JSON Lines, each line read as a document record and as a
// graph fragment (parley/json_lines.hpp). Built only with -DPARLEY_FUZZ=ON (docs/FUZZING.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::json_lines_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
