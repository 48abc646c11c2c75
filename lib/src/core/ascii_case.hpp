// ASCII case folding for the layers that compare words case-blind (tokens, boilerplate, speaker
// labels, the text data's word lists): uppercase ASCII letters lowered, every other byte kept,
// so UTF-8 passes through unchanged. One definition: the layers each had a copy.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

// One byte, lowered. Branch-free, so the loops below lower many bytes at a time in vector
// registers.
inline char lower_ascii(char byte) {
  const auto c = static_cast<unsigned char>(byte);
  return static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
}

// `n` bytes from `in` to `out`, lowered; `in` and `out` may be the same.
inline void lower_ascii(const char* in, std::size_t n, char* out) {
  for (std::size_t k = 0; k < n; ++k) out[k] = lower_ascii(in[k]);
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
