// The bitwise builtin: instances of 5 cells (x, y, x & y, x ^ y, x | y) on integers below 2^251.
#pragma once

#include "builtin_runner.hpp"

namespace cairovm {

class BitwiseBuiltinRunner final : public BuiltinRunner {
 public:
  /// The bound on x and y is 2^total_n_bits (251 in every layout).
  static constexpr unsigned kTotalNBits = 251;

  static constexpr std::uint64_t kCellsPerInstance = 5;
  static constexpr std::uint64_t kInputCells = 2;

  explicit BitwiseBuiltinRunner(bool included)
      : BuiltinRunner("bitwise", included, kCellsPerInstance, kInputCells) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
  Traits traits() const override { return {.deduces = true, .check = Traits::Check::kNothing}; }
  bool instance_sound(std::span<const Felt::Limbs> cells) const override;

 private:
  // The last instance whose inputs were read and checked: its three outputs are deduced in a row
  // (by the run, and again by the end-of-run checks). Memory is write-once, so it stays valid.
  mutable Relocatable checked_instance_{-1, 0};
  mutable Felt::Limbs checked_x_{}, checked_y_{};
};

}  // namespace cairovm
