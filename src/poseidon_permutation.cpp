#include "poseidon_permutation.hpp"

#include "poseidon_constants.hpp"
#include "stark_field.hpp"

namespace cairovm {

namespace {

using State = std::array<MontFelt, 3>;
using poseidon_constants::kFullRounds;
using poseidon_constants::kPartialRounds;
using poseidon_constants::kRounds;

// The round constants in Montgomery form, converted once.
const std::array<State, kRounds>& round_constants() {
  static const std::array<State, kRounds> constants = [] {
    std::array<State, kRounds> result;
    for (int r = 0; r < kRounds; ++r) {
      for (int i = 0; i < 3; ++i) {
        result[r][i] = MontFelt::from_felt(
            Felt::from_canonical_limbs_unchecked(poseidon_constants::kRoundConstants[r][i]));
      }
    }
    return result;
  }();
  return constants;
}

// [3, 1, 1], [1, -1, 1], [1, 1, -2] with additions only.
[[gnu::always_inline]] inline void mix(State& s) noexcept {
  const MontFelt sum = s[0] + s[1] + s[2];
  const MontFelt t0 = sum + s[0].doubled();
  const MontFelt t1 = sum - s[1].doubled();
  const MontFelt t2 = sum - s[2] - s[2].doubled();
  s = {t0, t1, t2};
}

void full_round(State& s, const State& constants) noexcept {
  for (int i = 0; i < 3; ++i) s[i] = (s[i] + constants[i]).cubed();
  mix(s);
}

void partial_round(State& s, const State& constants) noexcept {
  s[0] += constants[0];
  s[1] += constants[1];
  s[2] = (s[2] + constants[2]).cubed();
  mix(s);
}

}  // namespace

std::array<Felt, 3> poseidon_permutation(const std::array<Felt, 3>& input) noexcept {
  const auto& constants = round_constants();
  State s = {MontFelt::from_felt(input[0]), MontFelt::from_felt(input[1]),
             MontFelt::from_felt(input[2])};
  int round = 0;
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants[round++]);
  for (int i = 0; i < kPartialRounds; ++i) partial_round(s, constants[round++]);
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants[round++]);
  return {s[0].to_felt(), s[1].to_felt(), s[2].to_felt()};
}

}  // namespace cairovm
