#include "cairovm/reserved_array.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace cairovm::detail {

namespace {
constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;
}  // namespace

void* reserve_address_space(std::size_t bytes) noexcept {
  // Over-reserve by one huge page and trim, so that the array starts on a 2 MiB boundary and
  // every 2 MiB of it can be a single huge page.
  const std::size_t padded = bytes + kHugePageBytes;
  void* raw = mmap(nullptr, padded, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
  if (aligned > start) munmap(raw, aligned - start);
  const std::size_t tail = start + padded - (aligned + bytes);
  if (tail > 0) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
  void* base = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
  // Huge pages: the kernel's per-page work when the arrays grow (fault, accounting, unmap) is
  // paid once per 2 MiB instead of per 4 KiB, which in a step loop that writes a fresh cell and
  // a trace row every step is a large share of the run time.
  madvise(base, bytes, MADV_HUGEPAGE);
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
