// See allocator.hh. Linking libmimalloc.so is all the replacement takes: it defines malloc, free
// and the C++ operators new and delete, and the dynamic linker binds every caller (libstdc++, ICU,
// Boost) to the first definition it finds, which is the one in the program's own needed libraries.
#include "allocator.hh"

#ifdef PARLEY_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace parley::cli {

std::string allocator_name() {
#ifdef PARLEY_WITH_MIMALLOC
  const int version = mi_version();  // e.g. 209 for 2.0.9
  return "mimalloc " + std::to_string(version / 100) + '.' + std::to_string(version / 10 % 10) + '.' +
         std::to_string(version % 10);
#elif defined(__GLIBC__)
  return "glibc malloc";
#else
  return "the C library's malloc";
#endif
}

}  // namespace parley::cli
