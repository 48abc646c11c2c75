// Sixteen-byte blocks: what a comparison's lanes say, read as a first lane, a count and a bit
// mask, against the bytes compared one at a time.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>

#include "core/ascii_case.hpp"
#include "core/byte_block.hpp"

TEST_CASE("lane masks agree with a byte-by-byte comparison") {
  std::mt19937 random(16);
  for (int trial = 0; trial < 2000; ++trial) {
    // Mostly 'x', with a few marked bytes: every count of marks from none to all sixteen.
    std::string bytes(16, 'x');
    const int marks = trial % 17;
    for (int k = 0; k < marks; ++k) bytes[random() % 16] = '#';
    CAPTURE(bytes);
    const auto marked = parley::load_block(bytes.data()) == '#';
    std::uint32_t expected_bits = 0;
    std::size_t expected_first = 16;
    std::size_t expected_count = 0;
    for (std::size_t lane = 0; lane < 16; ++lane) {
      if (bytes[lane] != '#') continue;
      expected_bits |= std::uint32_t{1} << lane;
      expected_first = std::min(expected_first, lane);
      ++expected_count;
    }
    CHECK(parley::lane_bits(marked) == expected_bits);
    CHECK(parley::first_lane(marked) == expected_first);
    CHECK(parley::lanes_set(marked) == expected_count);
    CHECK(parley::any_lane(marked) == (expected_count > 0));
  }
}

TEST_CASE("lowering by blocks agrees with the byte rule, in place or not, at every length") {
  // Sixteen bytes at a time and the last sixteen again: every length about one, two and three
  // blocks, every byte value (UTF-8 and '@', '[', '`', '{' either side of the letters unchanged).
  std::mt19937 random(26);
  for (std::size_t n = 0; n <= 50; ++n) {
    for (int trial = 0; trial < 200; ++trial) {
      std::string text(n, ' ');
      for (char& c : text) c = static_cast<char>(random() % 256);
      std::string expected = text;
      for (char& c : expected) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      CAPTURE(n);
      std::string out(n, '#');
      parley::lower_ascii(text.data(), n, out.data());
      CHECK(out == expected);
      std::string in_place = text;
      parley::lower_ascii(in_place.data(), n, in_place.data());
      CHECK(in_place == expected);
      CHECK(parley::lower_ascii(text) == expected);
    }
  }
}
