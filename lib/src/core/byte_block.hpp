// Sixteen bytes at a time in a vector the compiler maps to the machine's (SSE2, NEON): the scans
// that read every byte of a text (XML escaping, normalised-text and word-count checks) compare a
// block of bytes at once, then ask which lanes of the comparison came out true.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley {

using ByteBlock = unsigned char __attribute__((vector_size(16)));

inline ByteBlock load_block(const char* data) {
  ByteBlock block;
  std::memcpy(&block, data, sizeof block);
  return block;
}

// A comparison of blocks gives lanes of all ones where true, all zeros where false; these read
// that mask as two 64-bit halves (lane i is byte i of the halves' memory).
namespace byte_block_detail {
template <typename Mask>
void halves_of(const Mask& mask, std::uint64_t (&halves)[2]) {
  static_assert(sizeof(Mask) == sizeof halves, "a mask of sixteen one-byte lanes");
  std::memcpy(halves, &mask, sizeof halves);
}
}  // namespace byte_block_detail

template <typename Mask>
bool any_lane(const Mask& mask) {
  std::uint64_t halves[2];
  byte_block_detail::halves_of(mask, halves);
  return (halves[0] | halves[1]) != 0;
}

// Each half's lanes are 0x00 or 0xff: their low bits, summed into the top byte by one multiply,
// count them. (std::popcount is a call into libgcc on a baseline x86-64 build, without POPCNT.)
template <typename Mask>
std::size_t lanes_set(const Mask& mask) {
  constexpr std::uint64_t kLowBits = 0x0101010101010101ull;
  std::uint64_t halves[2];
  byte_block_detail::halves_of(mask, halves);
  const std::uint64_t lanes = (halves[0] & kLowBits) + (halves[1] & kLowBits);  // at most 2 a byte
  return static_cast<std::size_t>((lanes * kLowBits) >> 56);
}

// The lanes of a comparison of sixteen bytes as sixteen bits, lane k as bit k. On x86-64 one
// instruction (SSE2's movemask, part of the baseline) gathers the lanes' top bits. Elsewhere,
// each half's lanes are 0x00 or 0xff: one multiply gathers their low bits into its top byte
// (lane k to bit 56 + k, every other product landing below bit 56 or past bit 63).
template <typename Mask>
std::uint32_t lane_bits(const Mask& mask) {
  static_assert(sizeof(Mask) == 16, "a mask of sixteen one-byte lanes");
#if defined(__SSE2__)
  __m128i lanes;
  std::memcpy(&lanes, &mask, sizeof lanes);
  return static_cast<std::uint32_t>(_mm_movemask_epi8(lanes));
#else
  constexpr std::uint64_t kLowBits = 0x0101010101010101ull;
  constexpr std::uint64_t kGather = 0x0102040810204080ull;
  std::uint64_t halves[2];
  byte_block_detail::halves_of(mask, halves);
  std::uint32_t bits = 0;
  for (std::size_t half = 0; half < 2; ++half) {
    std::uint64_t lanes = halves[half];
    if constexpr (std::endian::native == std::endian::big) lanes = __builtin_bswap64(lanes);  // lane 0 lowest
    bits |= static_cast<std::uint32_t>(((lanes & kLowBits) * kGather) >> 56) << (8 * half);
  }
  return bits;
#endif
}

// The first lane set (0-15), or 16 when none is.
template <typename Mask>
std::size_t first_lane(const Mask& mask) {
  const std::uint32_t bits = lane_bits(mask);
  return bits == 0 ? 16 : static_cast<std::size_t>(std::countr_zero(bits));
}

}  // namespace parley
