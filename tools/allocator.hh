// Which memory allocator the tools run on: mimalloc when the build linked it (PARLEY_MIMALLOC),
// else the C library's. Shown by `parley --version` and in the benchmark's report, because the
// allocator moves the timings by a fifth.
#pragma once

#include <string>

namespace parley::cli {

// "mimalloc 2.0.9" or "glibc malloc" (or "the C library's malloc" elsewhere).
std::string allocator_name();

}  // namespace parley::cli
