#include "stark_field.hpp"

#include <gtest/gtest.h>

#include <random>

#include "stark_curve.hpp"

namespace cairovm {
namespace {

Felt random_felt(std::mt19937_64& rng) {
  return Felt::from_limbs_reduced({rng(), rng(), rng(), rng() >> 4});
}

// Montgomery arithmetic against Felt's, on random and edge values.
TEST(MontFeltTest, AgreesWithFelt) {
  std::mt19937_64 rng(12345);
  std::vector<Felt> values = {Felt::zero(), Felt::one(), Felt::prime_minus_one(), Felt{2},
                              Felt::prime_minus_one() - Felt::one()};
  for (int i = 0; i < 200; ++i) values.push_back(random_felt(rng));
  for (const Felt& a : values) {
    const MontFelt ma = MontFelt::from_felt(a);
    ASSERT_EQ(ma.to_felt(), a);
    EXPECT_EQ((-ma).to_felt(), -a);
    EXPECT_EQ(ma.square().to_felt(), a * a);
    for (int k = 0; k < 5; ++k) {
      const Felt b = values[rng() % values.size()];
      const MontFelt mb = MontFelt::from_felt(b);
      EXPECT_EQ((ma + mb).to_felt(), a + b);
      EXPECT_EQ((ma - mb).to_felt(), a - b);
      EXPECT_EQ((ma * mb).to_felt(), a * b);
      EXPECT_EQ((ma + mb).square().to_felt(), (a + b) * (a + b));
    }
    if (!a.is_zero()) {
      EXPECT_EQ(ma.inverse()->to_felt(), *a.inverse());
    }
  }
  EXPECT_FALSE(MontFelt::zero().inverse().has_value());
  EXPECT_EQ(MontFelt::one().to_felt(), Felt::one());
}

// The unreduced arithmetic of the Poseidon permutation: products of values below 3P stay below
// 1.3P, fold brings any 256-bit value below 2P, and every result has the right residue.
TEST(MontFeltTest, LazyArithmeticKeepsResiduesAndBounds) {
  using Limbs = MontFelt::Limbs;
  using Lazy = MontFelt::Lazy;
  std::mt19937_64 rng(777);
  const auto residue = [](const Limbs& l) { return Felt::from_limbs_reduced(l); };
  const auto below = [](const Limbs& x, const Limbs& bound) {
    for (int i = 3; i >= 0; --i) {
      if (x[i] != bound[i]) return x[i] < bound[i];
    }
    return false;
  };
  const Limbs three_p = Lazy::multiple_of_p(3);
  const Limbs two_p = Lazy::multiple_of_p(2);
  std::vector<Limbs> values = {Limbs{}, Limbs{1, 0, 0, 0}, Lazy::sub(three_p, Limbs{1, 0, 0, 0}),
                               Lazy::sub(two_p, Limbs{1, 0, 0, 0}), Lazy::multiple_of_p(1)};
  while (values.size() < 300) {
    const Limbs v = {rng(), rng(), rng(), rng() >> 2};
    if (below(v, three_p)) values.push_back(v);
  }
  // The Montgomery value of x is x / R; compare through the canonical MontFelt of x's residue.
  const auto mont = [&](const Limbs& x) { return MontFelt::from_lazy(residue(x).limbs()); };
  for (const Limbs& a : values) {
    const Limbs b = values[rng() % values.size()];
    const Limbs product = Lazy::mul(a, b);
    const Limbs square = Lazy::square(a);
    EXPECT_TRUE(below(product, two_p));
    EXPECT_TRUE(below(square, two_p));
    EXPECT_EQ(mont(product), mont(a) * mont(b));
    EXPECT_EQ(mont(square), mont(a).square());
  }
  for (int i = 0; i < 1000; ++i) {
    Limbs v = {rng(), rng(), rng(), rng()};
    if (i == 0) v = {~0ULL, ~0ULL, ~0ULL, ~0ULL};
    if (i == 1) v = Lazy::multiple_of_p(30);
    const Limbs folded = Lazy::fold(v);
    EXPECT_TRUE(below(folded, two_p));
    // v mod P from its 2^256 representation: fold keeps the residue.
    const Felt v_mod_p = Felt::from_limbs_reduced(v);
    EXPECT_EQ(residue(folded), v_mod_p);
  }
}

// CAIROVM_NO_ADX selects the portable products (the ctest `unit.portable_field_arithmetic`
// runs these tests so on a CPU with ADX).
TEST(MontFeltTest, PortableProductsWhenAsked) {
#if CAIROVM_MONT_ADX
  const char* off = std::getenv("CAIROVM_NO_ADX");
  if (off != nullptr && *off != '\0') {
    EXPECT_FALSE(cpu_has_mulx_adx);
  }
#endif
  EXPECT_EQ((MontFelt::from_felt(Felt{3}) * MontFelt::from_felt(Felt{5})).to_felt(), Felt{15});
}

TEST(StarkCurveTest, ConstantPointsAreOnTheCurve) {
  for (const auto* p :
       {&stark_curve::kShiftPoint, &stark_curve::kGenerator, &stark_curve::kPedersenP0,
        &stark_curve::kPedersenP1, &stark_curve::kPedersenP2, &stark_curve::kPedersenP3}) {
    EXPECT_TRUE(stark_curve::on_curve(p->x, p->y));
  }
  EXPECT_FALSE(stark_curve::on_curve(Felt{1}, Felt{2}));
}

TEST(StarkCurveTest, AdditionEdgeCases) {
  using stark_curve::AffinePoint;
  using stark_curve::JacobianPoint;
  const AffinePoint g = AffinePoint::from(stark_curve::kGenerator);
  const JacobianPoint jg = JacobianPoint::from(g);
  // g + g through the addition formulas equals the doubling.
  const auto twice = stark_curve::to_felt_point(stark_curve::add(jg, g));
  const auto doubled = stark_curve::to_felt_point(stark_curve::dbl(jg));
  EXPECT_EQ(twice->x, doubled->x);
  EXPECT_EQ(twice->y, doubled->y);
  EXPECT_TRUE(stark_curve::on_curve(doubled->x, doubled->y));
  // g + (-g) is the point at infinity, and infinity + g is g.
  const AffinePoint minus_g{g.x, -g.y};
  EXPECT_TRUE(stark_curve::add(jg, minus_g).is_infinity());
  EXPECT_TRUE(stark_curve::add(jg, JacobianPoint::from(minus_g)).is_infinity());
  const auto back = stark_curve::to_felt_point(stark_curve::add(JacobianPoint::infinity(), g));
  EXPECT_EQ(back->x, stark_curve::kGenerator.x);
  // Jacobian + Jacobian agrees with mixed addition.
  const JacobianPoint three = stark_curve::add(stark_curve::dbl(jg), g);
  const auto mixed = stark_curve::to_felt_point(three);
  const auto full = stark_curve::to_felt_point(stark_curve::add(stark_curve::dbl(jg), jg));
  EXPECT_EQ(mixed->x, full->x);
  EXPECT_EQ(mixed->y, full->y);
  EXPECT_TRUE(stark_curve::same_x(three, stark_curve::add(stark_curve::dbl(jg), jg)));
}

TEST(StarkCurveTest, XyzzAdditionEdgeCases) {
  using stark_curve::AffinePoint;
  using stark_curve::JacobianPoint;
  using stark_curve::XyzzPoint;
  const AffinePoint g = AffinePoint::from(stark_curve::kGenerator);
  const JacobianPoint jg = JacobianPoint::from(g);
  const auto x_of = [](const JacobianPoint& p) { return stark_curve::to_felt_point(p)->x; };
  const Felt x2 = x_of(stark_curve::dbl(jg));
  const Felt x3 = x_of(stark_curve::add(stark_curve::dbl(jg), g));
  // infinity + g, then g + g through the doubling case, then 2g + g through the formula.
  const XyzzPoint one = stark_curve::add(XyzzPoint::infinity(), g);
  const XyzzPoint two = stark_curve::add(one, g);
  const XyzzPoint three = stark_curve::add(two, g);
  EXPECT_EQ(stark_curve::to_felt_point(two.jacobian())->x, x2);
  EXPECT_EQ(stark_curve::to_felt_point(three.jacobian())->x, x3);
  // Jacobian to xyzz and back keeps the point.
  const XyzzPoint from_jacobian = XyzzPoint::from(stark_curve::dbl(jg));
  EXPECT_EQ(stark_curve::to_felt_point(from_jacobian.jacobian())->x, x2);
  // g + (-g) is the point at infinity.
  const AffinePoint minus_g{g.x, -g.y};
  EXPECT_TRUE(stark_curve::add(one, minus_g).is_infinity());
  // sum_x: with infinity on either side, p + p, p + (-p), and the general case.
  const XyzzPoint minus_one = stark_curve::add(XyzzPoint::infinity(), minus_g);
  EXPECT_EQ(stark_curve::sum_x(XyzzPoint::infinity(), two)->to_felt(), x2);
  EXPECT_EQ(stark_curve::sum_x(two, XyzzPoint::infinity())->to_felt(), x2);
  EXPECT_FALSE(stark_curve::sum_x(XyzzPoint::infinity(), XyzzPoint::infinity()));
  EXPECT_EQ(stark_curve::sum_x(one, one)->to_felt(), x2);
  EXPECT_FALSE(stark_curve::sum_x(one, minus_one));
  EXPECT_EQ(stark_curve::sum_x(one, two)->to_felt(), x3);
  EXPECT_EQ(stark_curve::sum_x(two, one)->to_felt(), x3);
}

}  // namespace
}  // namespace cairovm
