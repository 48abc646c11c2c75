// Unit tests of atomic output: nothing appears before commit, a failed write leaves the old file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/error.hpp"
#include "parley/output_file.hpp"

namespace fs = std::filesystem;

namespace {
std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_directory(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("parley-output-file-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("commit renames into place; until then the old content stays") {
  const fs::path dir = fresh_directory("commit");
  const fs::path target = dir / "out.graphml";
  std::ofstream(target) << "old";
  {
    parley::OutputFile file(target);
    file.stream() << "new";
    CHECK(read(target) == "old");
    CHECK(entries(dir) == 2);
    file.commit();
  }
  CHECK(read(target) == "new");
  CHECK(entries(dir) == 1);
}

TEST_CASE("an uncommitted file leaves no trace") {
  const fs::path dir = fresh_directory("abandon");
  const fs::path target = dir / "out.graphml";
  std::ofstream(target) << "old";
  {
    parley::OutputFile file(target);
    file.stream() << "half";
  }
  CHECK(read(target) == "old");
  CHECK(entries(dir) == 1);
}

TEST_CASE("unwritable targets are input errors naming the file") {
  const fs::path dir = fresh_directory("bad");
  CHECK_THROWS_AS(parley::OutputFile{dir / "missing-dir" / "x.graphml"}, parley::Error);
  CHECK_THROWS_AS(parley::OutputFile{dir}, parley::Error);
  try {
    parley::OutputFile file(dir / "missing-dir" / "x.graphml");
  } catch (const parley::Error& e) {
    CHECK(e.kind() == parley::ErrorKind::input);
    CHECK(std::string(e.what()).find("x.graphml") != std::string::npos);
  }
}

TEST_CASE("temporary names are recognisable") {
  const fs::path dir = fresh_directory("names");
  parley::OutputFile file(dir / "g.graphml");
  bool found = false;
  for (const auto& entry : fs::directory_iterator(dir)) found = found || parley::OutputFile::is_temporary_name(entry.path());
  CHECK(found);
  CHECK_FALSE(parley::OutputFile::is_temporary_name(dir / "g.graphml"));
}
