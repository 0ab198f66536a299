// The keccak builtin: instances of 16 cells, a 1600-bit state as 8 integers of 200 bits and the
// Keccak-f[1600] permutation of it in the same form.
#pragma once

#include <array>
#include <unordered_map>

#include "builtin_runner.hpp"

namespace cairovm {

class KeccakBuiltinRunner final : public BuiltinRunner {
 public:
  static constexpr unsigned kBitsPerCell = 200;  // state_rep = [200] * 8 in every layout

  explicit KeccakBuiltinRunner(bool included) : BuiltinRunner("keccak", included, 16, 8) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
  Traits traits() const override { return {.deduces = true, .check = Traits::Check::kNothing}; }

  /// The permuted state of 8 integers below 2^200 (the caller checks the bound).
  static std::array<Felt, 8> permute(const std::array<Felt, 8>& input) noexcept;

 private:
  // Output states already computed, by instance (the reference caches them by address).
  mutable std::unordered_map<std::uint64_t, std::array<Felt, 8>> cache_;
};

}  // namespace cairovm
