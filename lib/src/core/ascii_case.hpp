// ASCII case folding for the layers that compare words case-blind (tokens, boilerplate, speaker
// labels, the text data's word lists): uppercase ASCII letters lowered, every other byte kept,
// so UTF-8 passes through unchanged. One definition: the layers each had a copy.
#pragma once

#include <bit>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "core/byte_block.hpp"

namespace parley {

// One byte, lowered. Branch-free, so the loops below lower many bytes at a time in vector
// registers.
inline char lower_ascii(char byte) {
  const auto c = static_cast<unsigned char>(byte);
  return static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
}

// Sixteen bytes, lowered: 'A'..'Z' (one unsigned comparison after a subtraction) gain 0x20.
inline ByteBlock lower_ascii(const ByteBlock& block) {
  return block | std::bit_cast<ByteBlock>(((block - 'A') < 26) & 0x20);
}

// `n` bytes from `in` to `out`, lowered; `in` and `out` may be the same. Sixteen at a time in a
// compiler vector (SSE2, NEON), the last bytes as the sixteen that end the text (those lowered
// already come out the same again): the loop the compiler made of the byte rule left up to
// fifteen bytes of every sentence and line to a byte at a time.
inline void lower_ascii(const char* in, std::size_t n, char* out) {
  if (n < 16) {
    for (std::size_t k = 0; k < n; ++k) out[k] = lower_ascii(in[k]);
    return;
  }
  std::size_t k = 0;
  for (; k + 16 <= n; k += 16) {
    const ByteBlock lowered = lower_ascii(load_block(in + k));
    std::memcpy(out + k, &lowered, sizeof lowered);
  }
  if (k < n) {
    const ByteBlock lowered = lower_ascii(load_block(in + n - 16));
    std::memcpy(out + n - 16, &lowered, sizeof lowered);
  }
}

inline std::string lower_ascii(std::string text) {
  lower_ascii(text.data(), text.size(), text.data());
  return text;
}

// Into `out`, reusing its buffer.
inline void lower_ascii(std::string_view text, std::string& out) {
  out.assign(text);
  lower_ascii(out.data(), out.size(), out.data());
}

}  // namespace parley
