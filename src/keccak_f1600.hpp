// The Keccak-f[1600] permutation (24 rounds), as the keccak builtin applies it.
#pragma once

#include <array>
#include <cstdint>

namespace cairovm {

/// 25 lanes of 64 bits; lane x + 5 * y holds state bits 64 * (x + 5 * y) ... (little-endian
/// bytes of the 200-byte state, as keccak_utils.keccak_f reads them).
using KeccakState = std::array<std::uint64_t, 25>;

void keccak_f1600(KeccakState& state) noexcept;

}  // namespace cairovm
