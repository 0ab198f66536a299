// The trace of a run as the step loop records it: one row of register offsets per step.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

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
      NarrowEntry& row = narrow_.append_zeroed();
      row.pc = static_cast<std::uint32_t>(pc);
      row.ap = static_cast<std::uint32_t>(ap);
      row.fp = static_cast<std::uint32_t>(fp);
      return;
    }
    push_back_wide({pc, ap, fp});
  }
  [[gnu::always_inline]] TraceEntry operator[](std::size_t step) const noexcept {
    if (wide_mask_ == 0) [[likely]] {
      const NarrowEntry& row = narrow_[step];
      return {row.pc, row.ap, row.fp};
    }
    return wide_[step];
  }
  std::size_t size() const noexcept { return wide_mask_ == 0 ? narrow_.size() : wide_.size(); }
  /// Writes steps [first, last) as a trace file's rows: ap, fp and pc, each plus its base in
  /// `bases` (ap, fp, pc), as 8 little-endian bytes; returns the end of what it wrote. One loop
  /// over the rows as stored, with its cursor in a register.
  char* write_rows(std::size_t first, std::size_t last, const std::array<std::uint64_t, 3>& bases,
                   char* out) const noexcept {
    const std::uint64_t ap_base = bases[0], fp_base = bases[1], pc_base = bases[2];
    // Word by word: a row built in an array first was copied out with a wider load than its
    // stores, a store-forwarding stall per row.
    const auto put = [&out](std::uint64_t ap, std::uint64_t fp, std::uint64_t pc) {
      std::memcpy(out, &ap, sizeof ap);
      std::memcpy(out + 8, &fp, sizeof fp);
      std::memcpy(out + 16, &pc, sizeof pc);
      out += 3 * sizeof(std::uint64_t);
    };
    if (wide_mask_ == 0) {
      const NarrowEntry* rows = narrow_.data();
      for (std::size_t step = first; step < last; ++step) {
        put(ap_base + rows[step].ap, fp_base + rows[step].fp, pc_base + rows[step].pc);
      }
    } else {
      for (std::size_t step = first; step < last; ++step) {
        const TraceEntry& r = wide_[step];
        put(ap_base + r.ap_offset, fp_base + r.fp_offset, pc_base + r.pc_offset);
      }
    }
    return out;
  }
  bool empty() const noexcept { return size() == 0; }

  struct NarrowEntry {
    std::uint32_t pc, ap, fp;
  };
  /// Room for `n` narrow rows past the end, for the step loop to fill through a cursor of its
  /// own and hand back to commit_narrow(); nullptr once the rows are wide (push_back then).
  NarrowEntry* claim_narrow(std::size_t n) { return wide_mask_ == 0 ? narrow_.claim(n) : nullptr; }
  void commit_narrow(const NarrowEntry* end) noexcept {
    if (wide_mask_ == 0) narrow_.commit(end);
  }
  /// All ones once the rows are wide, else 0: or-ed into a row's offsets, one test covers both
  /// "this row does not fit" and "no row fits".
  std::uint64_t wide_mask() const noexcept { return wide_mask_; }

 private:
  [[gnu::noinline]] void push_back_wide(const TraceEntry& registers) {
    if (wide_mask_ == 0) {
      for (std::size_t step = 0; step < narrow_.size(); ++step) wide_.push_back((*this)[step]);
      narrow_ = ReservedArray<NarrowEntry>{};
      wide_mask_ = ~std::uint64_t{0};
    }
    wide_.push_back(registers);
  }

  ReservedArray<NarrowEntry> narrow_;
  ReservedArray<TraceEntry> wide_;
  std::uint64_t wide_mask_ = 0;
};

}  // namespace cairovm
