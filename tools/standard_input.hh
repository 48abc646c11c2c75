// Standard input as a buffered std::istream. std::cin, kept in step with C stdio, hands over one
// character at a time: the reduce of a pipe (`parley extract --jsonl | parley merge --jsonl -`)
// spent a third of its time there. This reads the file descriptor in large blocks.
#pragma once

#include <array>
#include <istream>
#include <streambuf>

namespace parley::cli {

class StandardInput {
 public:
  StandardInput() : stream_(&buffer_) {}
  StandardInput(const StandardInput&) = delete;
  StandardInput& operator=(const StandardInput&) = delete;

  // A read error sets badbit on it.
  std::istream& stream() { return stream_; }

 private:
  class Buffer final : public std::streambuf {
   protected:
    int_type underflow() override;

   private:
    std::array<char, 1 << 16> data_{};
  };

  Buffer buffer_;
  std::istream stream_;
};

}  // namespace parley::cli
