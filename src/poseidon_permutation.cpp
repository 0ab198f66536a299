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

// The rounds keep the state's Montgomery representations below 2P instead of canonical (see
// MontFelt::Lazy): additions carry no conditional subtraction, products skip their final one,
// and each mixed word is folded once.
using Limbs = MontFelt::Limbs;
using LazyState = std::array<Limbs, 3>;
using Lazy = MontFelt::Lazy;

// x^3 for x < 3P: the square is below 1.3P and the cube below 1.2P.
[[gnu::always_inline]] inline Limbs lazy_cube(const Limbs& x) noexcept {
  return Lazy::mul(Lazy::square(x), x);
}

// mix() for a, b, c < 2P: [3, 1, 1], [1, -1, 1], [1, 1, -2] with 4P added where a doubled
// word is subtracted; the sums stay below 10P < 2^255, then fold below 2P.
[[gnu::always_inline]] inline void lazy_mix(LazyState& s) noexcept {
  constexpr Limbs kFourP = Lazy::multiple_of_p(4);
  const Limbs sum01 = Lazy::add(s[0], s[1]);
  const Limbs sum = Lazy::add(sum01, s[2]);
  const Limbs t0 = Lazy::add(sum, Lazy::add(s[0], s[0]));
  const Limbs t1 = Lazy::add(sum, Lazy::sub(kFourP, Lazy::add(s[1], s[1])));
  const Limbs t2 = Lazy::add(sum01, Lazy::sub(kFourP, Lazy::add(s[2], s[2])));
  s = {Lazy::fold(t0), Lazy::fold(t1), Lazy::fold(t2)};
}

void full_round(LazyState& s, const State& constants) noexcept {
  for (int i = 0; i < 3; ++i) s[i] = lazy_cube(Lazy::add(s[i], constants[i].mont_limbs()));
  lazy_mix(s);
}

void partial_round(LazyState& s, const MontFelt& constant) noexcept {
  s[2] = lazy_cube(Lazy::add(s[2], constant.mont_limbs()));
  lazy_mix(s);
}

}  // namespace

std::array<Felt, 3> poseidon_permutation(const std::array<Felt, 3>& input) noexcept {
  const auto& constants = round_constants();
  LazyState s = {MontFelt::from_felt(input[0]).mont_limbs(),
                 MontFelt::from_felt(input[1]).mont_limbs(),
                 MontFelt::from_felt(input[2]).mont_limbs()};
  int full = 0;
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants.full[full++]);
  for (int i = 0; i < kPartialRounds; ++i) partial_round(s, constants.partial[i]);
  for (int i = 0; i < kFullRounds / 2; ++i) full_round(s, constants.full[full++]);
  return {MontFelt::from_lazy(s[0]).to_felt(), MontFelt::from_lazy(s[1]).to_felt(),
          MontFelt::from_lazy(s[2]).to_felt()};
}

}  // namespace cairovm
