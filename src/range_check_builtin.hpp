// The range_check and range_check96 builtins: every cell of the segment must hold an integer in
// [0, 2^(16 * n_parts)) (n_parts = 8 for range_check, 6 for range_check96).
#pragma once

#include "builtin_runner.hpp"

namespace cairovm {

class RangeCheckBuiltinRunner final : public BuiltinRunner {
 public:
  /// `name` is "range_check" or "range_check96"; the bound is 2^(16 * n_parts).
  RangeCheckBuiltinRunner(std::string name, bool included, unsigned n_parts);

  unsigned bound_bits() const noexcept { return bound_bits_; }
  void validate(const Memory& memory, Relocatable address) const override;
  Traits traits() const override {
    return {.deduces = false, .check = Traits::Check::kBits, .bits = bound_bits_};
  }

 private:
  unsigned bound_bits_;
  std::string bound_text_;  // decimal 2^bound_bits, for the error message
};

}  // namespace cairovm
