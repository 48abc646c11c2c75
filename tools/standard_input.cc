// Reading standard input in blocks (see standard_input.hh).
#include "standard_input.hh"

#include <unistd.h>

#include <cerrno>
#include <ios>

namespace parley::cli {

StandardInput::Buffer::int_type StandardInput::Buffer::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  ssize_t got = 0;
  do {
    got = ::read(STDIN_FILENO, data_.data(), data_.size());
  } while (got < 0 && errno == EINTR);
  // The stream turns an exception from its buffer into badbit.
  if (got < 0) throw std::ios_base::failure("cannot read standard input");
  if (got == 0) return traits_type::eof();
  setg(data_.data(), data_.data(), data_.data() + got);
  return traits_type::to_int_type(data_[0]);
}

}  // namespace parley::cli
