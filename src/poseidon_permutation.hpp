// The Poseidon permutation (Hades, state of three field elements) the poseidon builtin applies.
#pragma once

#include <array>

#include "cairovm/felt.hpp"

namespace cairovm {

/// The reference's poseidon_perm: 4 full rounds, 83 partial rounds, 4 full rounds; each round adds
/// its constants, cubes the state (only the last element in a partial round) and multiplies by
/// the MDS matrix [[3, 1, 1], [1, -1, 1], [1, 1, -2]].
std::array<Felt, 3> poseidon_permutation(const std::array<Felt, 3>& input) noexcept;

}  // namespace cairovm
