// The StarkWare Pedersen hash of two field elements, as the pedersen builtin computes it.
#pragma once

#include "cairovm/felt.hpp"

namespace cairovm {

/// x coordinate of shift_point + x_low * P0 + x_high * P1 + y_low * P2 + y_high * P3, where
/// x_low is the low 248 bits of x and x_high the remaining 4 (starkware's fast_pedersen_hash).
/// The first call builds 3.4 MB of precomputed tables (about 10 ms).
Felt pedersen_hash(const Felt& x, const Felt& y) noexcept;

}  // namespace cairovm
