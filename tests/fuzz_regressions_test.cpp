// Replays every input that once crashed a fuzz target (tests/data/fuzz-regressions/<target>/),
// and the fuzz seed corpora (fuzz/corpus/<target>/), through the entry points the fuzz targets
// drive (fuzz/fuzz_entry_points.hpp). Each input must be read or refused with parley::Error;
// any other exception fails here, and a crash or sanitizer report fails the whole executable.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "../fuzz/fuzz_entry_points.hpp"

namespace {

namespace fs = std::filesystem;

struct FuzzTarget {
  const char* name;  // as in fuzz/<name>_fuzzer.cc
  void (*entry_point)(std::string_view);
};

const FuzzTarget kTargets[] = {
    {"document_reader", parley::fuzz::read_document_input},
    {"extractor", parley::fuzz::extract_input},
    {"knowledge_base", parley::fuzz::knowledge_base_input},
    {"graphml_reader", parley::fuzz::graphml_input},
    {"json_graph_reader", parley::fuzz::json_graph_input},
    {"json_lines", parley::fuzz::json_lines_input},
};

std::vector<fs::path> inputs_under(const fs::path& directory) {
  std::vector<fs::path> inputs;
  std::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().filename() != "README.md") inputs.push_back(it->path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("every fuzz regression and seed input is read or refused with parley::Error") {
  const fs::path regressions = fs::path(PARLEY_TEST_DATA_DIR) / "fuzz-regressions";
  const fs::path seeds = fs::path(PARLEY_SOURCE_DIR) / "fuzz" / "corpus";
  for (const FuzzTarget& target : kTargets) {
    std::vector<fs::path> inputs = inputs_under(regressions / target.name);
    const std::vector<fs::path> seed_inputs = inputs_under(seeds / target.name);
    CHECK_MESSAGE(!seed_inputs.empty(), "no seed corpus for ", target.name);
    inputs.insert(inputs.end(), seed_inputs.begin(), seed_inputs.end());
    for (const fs::path& input : inputs) {
      CAPTURE(input);
      CHECK_NOTHROW(target.entry_point(bytes_of(input)));
    }
  }
}

TEST_CASE("the entry points refuse bad input without throwing") {
  // Small invented inputs of the kinds the fuzzers start from: each must come back quietly.
  const std::string_view cases[] = {
      "",
      std::string_view("\0\0\0\0", 4),
      "\xff\xfe",
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><edge source=\"a\" target=\"b\"/></graph></graphml>",
      "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"zz\"}]}",
      "{\"entries\": [{\"id\": \"actor:x\", \"roles\": [{\"from\": \"2024-02-30\"}]}]}",
      "---\ntitle: [\n",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  for (const FuzzTarget& target : kTargets) {
    for (std::string_view bytes : cases) {
      CAPTURE(target.name);
      CAPTURE(bytes);
      CHECK_NOTHROW(target.entry_point(bytes));
    }
  }
}
