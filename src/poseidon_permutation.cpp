#include "poseidon_permutation.hpp"

#include "poseidon_constants.hpp"
#include "stark_field.hpp"

namespace cairovm {

namespace {

using State = std::array<MontFelt, 3>;
using poseidon_constants::kFullRounds;
using poseidon_constants::kPartialRounds;
using poseidon_constants::kRounds;

// [3, 1, 1], [1, -1, 1], [1, 1, -2] with additions only.
[[gnu::always_inline]] inline void mix(State& s) noexcept {
  const MontFelt sum01 = s[0] + s[1];
  const MontFelt sum = sum01 + s[2];
  const MontFelt t0 = sum + s[0].doubled();
  const MontFelt t1 = sum - s[1].doubled();
  const MontFelt t2 = sum01 - s[2].doubled();
  s = {t0, t1, t2};
}

// The round constants in Montgomery form, converted once. A partial round cubes only s[2], so
// the constants it adds to s[0] and s[1] pass through the linear mix unchanged in kind: they are
// pushed on into the next round's constants (finally the first full round of the second half),
// and a partial round adds a single constant (two field additions fewer in each of 83 rounds).
struct RoundConstants {
  std::array<State, kFullRounds> full;
  std::array<MontFelt, kPartialRounds> partial;
};

const RoundConstants& round_constants() {
  static const RoundConstants constants = [] {
    const auto at = [](int r) {
      State c;
      for (int i = 0; i < 3; ++i) {
        c[i] = MontFelt::from_felt(
            Felt::from_canonical_limbs_unchecked(poseidon_constants::kRoundConstants[r][i]));
      }
      return c;
    };
    RoundConstants result;
    constexpr int kHalf = kFullRounds / 2;
    for (int r = 0; r < kHalf; ++r) result.full[r] = at(r);
    State carry = {};
    for (int r = 0; r < kPartialRounds; ++r) {
      const State c = at(kHalf + r);
      result.partial[r] = c[2] + carry[2];
      carry = {c[0] + carry[0], c[1] + carry[1], MontFelt::zero()};
      mix(carry);
    }
    for (int r = 0; r < kHalf; ++r) result.full[kHalf + r] = at(kHalf + kPartialRounds + r);
    for (int i = 0; i < 3; ++i) result.full[kHalf][i] += carry[i];
    return result;
  }();
  return constants;
}

void full_round(State& s, const State& constants) noexcept {
  for (int i = 0; i < 3; ++i) s[i] = (s[i] + constants[i]).cubed();
  mix(s);
}

void partial_round(State& s, const MontFelt& constant) noexcept {
  s[2] = (s[2] + constant).cubed();
  mix(s);
}

}  // namespace

std::array<Felt, 3> poseidon_permutation(const std::array<Felt, 3>& input) noexcept {
  const auto& constants = round_constants();
  State s = {MontFelt::from_felt(input[0]), MontFelt::from_felt(input[1]),
             MontFelt::from_felt(input[2])};
  int full = 0;
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants.full[full++]);
  for (int i = 0; i < kPartialRounds; ++i) partial_round(s, constants.partial[i]);
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants.full[full++]);
  return {s[0].to_felt(), s[1].to_felt(), s[2].to_felt()};
}

}  // namespace cairovm
