// The bitwise builtin: instances of 5 cells (x, y, x & y, x ^ y, x | y) on integers below 2^251.
#pragma once

#include "builtin_runner.hpp"

namespace cairovm {

class BitwiseBuiltinRunner final : public BuiltinRunner {
 public:
  /// The bound on x and y is 2^total_n_bits (251 in every layout).
  static constexpr unsigned kTotalNBits = 251;

  explicit BitwiseBuiltinRunner(bool included) : BuiltinRunner("bitwise", included, 5, 2) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
};

}  // namespace cairovm
