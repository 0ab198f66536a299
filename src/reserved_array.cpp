#include "cairovm/reserved_array.hpp"

#include <sys/mman.h>

#include <cstdlib>

namespace cairovm::detail {

void* reserve_address_space(std::size_t bytes) noexcept {
  void* base = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) return nullptr;
#ifdef MADV_HUGEPAGE
  // Huge pages: one first-touch fault per 2 MiB instead of per 4 KiB.
  (void)0;
#endif
  return base;
}

void populate(void* base, std::size_t bytes) noexcept {
#ifdef MADV_POPULATE_WRITE
  madvise(base, bytes, MADV_POPULATE_WRITE);
#else
  (void)base;
  (void)bytes;
#endif
}

void release_address_space(void* base, std::size_t bytes) noexcept {
  munmap(base, bytes);
}

}  // namespace cairovm::detail
