// The pedersen builtin: instances of 3 cells (x, y, hash); the hash cell is deduced from x and y.
#pragma once

#include <unordered_set>

#include "builtin_runner.hpp"

namespace cairovm {

class PedersenBuiltinRunner final : public BuiltinRunner {
 public:
  explicit PedersenBuiltinRunner(bool included) : BuiltinRunner("pedersen", included, 3, 2) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
  Traits traits() const override { return {.deduces = true, .check = Traits::Check::kNothing}; }

 private:
  // Offsets of hash cells already deduced: like the reference's verified_addresses, the rule
  // gives nothing for them afterwards (so the end-of-run check does not hash them again).
  mutable std::unordered_set<std::uint64_t> verified_;
};

}  // namespace cairovm
