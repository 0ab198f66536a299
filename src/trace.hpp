// The trace of a run as the step loop records it: one row of register offsets per step.
#pragma once

#include <cstdint>

#include "cairovm/reserved_array.hpp"

namespace cairovm {

/// One trace row, unrelocated: the offsets of pc, ap and fp. Their segments almost never change,
/// so they are kept apart, in TraceSegments rows (vm.hpp).
struct TraceEntry {
  std::uint64_t pc_offset, ap_offset, fp_offset;
};

/// The trace rows, 12 bytes each while every offset fits in 32 bits (as in any run short of a
/// hostile program's far registers), 24 bytes each from the first one that does not. Half the
/// bytes of a long run's largest array: fewer pages for the kernel to fault in and zero.
class Trace {
 public:
  [[gnu::always_inline]] void push_back(std::uint64_t pc, std::uint64_t ap, std::uint64_t fp) {
    // wide_mask_ is all ones once widened, so that one test covers both cases.
    if (((pc | ap | fp | wide_mask_) >> 32) == 0) [[likely]] {
      narrow_.push_back({static_cast<std::uint32_t>(pc), static_cast<std::uint32_t>(ap),
                         static_cast<std::uint32_t>(fp)});
      return;
    }
    push_back_wide(pc, ap, fp);
  }
  [[gnu::always_inline]] TraceEntry operator[](std::size_t step) const noexcept {
    if (wide_mask_ == 0) [[likely]] {
      const NarrowEntry& row = narrow_[step];
      return {row.pc, row.ap, row.fp};
    }
    return wide_[step];
  }
  std::size_t size() const noexcept { return wide_mask_ == 0 ? narrow_.size() : wide_.size(); }
  bool empty() const noexcept { return size() == 0; }

 private:
  struct NarrowEntry {
    std::uint32_t pc, ap, fp;
  };
  [[gnu::noinline]] void push_back_wide(std::uint64_t pc, std::uint64_t ap, std::uint64_t fp) {
    if (wide_mask_ == 0) {
      for (const NarrowEntry& row : narrow_) wide_.push_back({row.pc, row.ap, row.fp});
      narrow_ = ReservedArray<NarrowEntry>{};
      wide_mask_ = ~std::uint64_t{0};
    }
    wide_.push_back({pc, ap, fp});
  }

  ReservedArray<NarrowEntry> narrow_;
  ReservedArray<TraceEntry> wide_;
  std::uint64_t wide_mask_ = 0;
};

}  // namespace cairovm
