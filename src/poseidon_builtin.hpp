// The poseidon builtin: instances of 6 cells, an input state of 3 and the permuted state of 3.
#pragma once

#include <array>
#include <unordered_map>

#include "builtin_runner.hpp"

namespace cairovm {

class PoseidonBuiltinRunner final : public BuiltinRunner {
 public:
  explicit PoseidonBuiltinRunner(bool included) : BuiltinRunner("poseidon", included, 6, 3) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
  Traits traits() const override { return {.deduces = true, .check = Traits::Check::kNothing}; }

 private:
  // Output states already computed, by instance: one permutation serves the three output cells,
  // as the reference's cache does.
  mutable std::unordered_map<std::uint64_t, std::array<Felt, 3>> cache_;
};

}  // namespace cairovm
