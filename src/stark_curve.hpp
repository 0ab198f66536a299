// The STARK curve y^2 = x^3 + alpha * x + beta over the Cairo field (alpha = 1), its constant
// points (from starkware/crypto/signature/pedersen_params.json) and point arithmetic in Jacobian
// coordinates, so that a chain of additions costs one inversion at the end.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "cairovm/felt.hpp"
#include "stark_field.hpp"

namespace cairovm::stark_curve {

inline constexpr Felt::Limbs kBetaLimbs = {0xf4cdfcb99cee9e89ULL, 0x609ad26c15c915c1ULL,
                                           0x150e596d72f7a8c5ULL, 0x06f21413efbe40deULL};
/// The order of the curve's group (prime), EC_ORDER in the reference.
inline constexpr Felt::Limbs kOrderLimbs = {0x1e66a241adc64d2fULL, 0xb781126dcae7b232ULL,
                                            0xffffffffffffffffULL, 0x0800000000000010ULL};

/// A point given by canonical coordinates (never the point at infinity).
struct FeltPoint {
  Felt x;
  Felt y;
};

// CONSTANT_POINTS[0] (the shift point), [1] (the generator) and the four Pedersen points
// [2], [2 + 248], [2 + 252], [2 + 252 + 248].
extern const FeltPoint kShiftPoint;
extern const FeltPoint kGenerator;
extern const FeltPoint kPedersenP0;
extern const FeltPoint kPedersenP1;
extern const FeltPoint kPedersenP2;
extern const FeltPoint kPedersenP3;

/// y^2 == x^3 + x + beta.
bool on_curve(const Felt& x, const Felt& y) noexcept;

struct AffinePoint {
  MontFelt x;
  MontFelt y;
  static AffinePoint from(const FeltPoint& p) noexcept {
    return {MontFelt::from_felt(p.x), MontFelt::from_felt(p.y)};
  }
};

/// (X, Y, Z) stands for (X / Z^2, Y / Z^3); Z = 0 is the point at infinity.
struct JacobianPoint {
  MontFelt x;
  MontFelt y;
  MontFelt z;

  static JacobianPoint from(const AffinePoint& p) noexcept { return {p.x, p.y, MontFelt::one()}; }
  static JacobianPoint infinity() noexcept { return {MontFelt::one(), MontFelt::one(), {}}; }
  bool is_infinity() const noexcept { return z.is_zero(); }
};

/// A Jacobian point with its Z^2, for the AIR's double-and-add, which compares x coordinates at
/// every step: the comparison (X1 Z2^2 == X2 Z1^2), the addition and the doubling share the
/// squares instead of recomputing them (about a fifth of the work of a step).
struct AirPoint {
  MontFelt x;
  MontFelt y;
  MontFelt z;
  MontFelt zz;

  static AirPoint from(const AffinePoint& p) noexcept {
    return {p.x, p.y, MontFelt::one(), MontFelt::one()};
  }
  AirPoint negated() const noexcept { return {x, -y, z, zz}; }
  JacobianPoint jacobian() const noexcept { return {x, y, z}; }
};

/// 2 * p for a finite p.
AirPoint dbl(const AirPoint& p) noexcept;
/// One step of the AIR's double-and-add on finite points: false when partial and point have the
/// same x coordinate (the AIR's affine addition fails there, used or not); otherwise partial
/// becomes partial + point when add is set.
bool air_add_step(AirPoint& partial, const AirPoint& point, bool add) noexcept;
bool air_add_step(AirPoint& partial, const AffinePoint& point, bool add) noexcept;
/// The doubling chain 2^i * point for i < length, as the AIR's double-and-add steps use it.
std::vector<AirPoint> doubling_chain(const AirPoint& point, std::size_t length);
/// Replaces every (non-zero) value by its inverse with a single inversion (Montgomery's trick).
void batch_invert(std::vector<MontFelt>& values);
/// Finite points (z not zero) in affine form, with one inversion for all.
std::vector<AffinePoint> to_affine(const std::vector<AirPoint>& points);

/// (X, Y, ZZ, ZZZ) stands for (X / ZZ, Y / ZZZ) with ZZ^3 = ZZZ^2 (ZZ = Z^2, ZZZ = Z^3 of some
/// Z); ZZ = 0 is the point at infinity. A mixed addition costs 10 products here against 11 in
/// Jacobian coordinates, and the x coordinate alone comes out of one inversion and one product.
struct XyzzPoint {
  MontFelt x;
  MontFelt y;
  MontFelt zz;
  MontFelt zzz;

  static XyzzPoint from(const AffinePoint& p) noexcept {
    return {p.x, p.y, MontFelt::one(), MontFelt::one()};
  }
  static XyzzPoint from(const JacobianPoint& p) noexcept {
    const MontFelt zz = p.z.square();
    return {p.x, p.y, zz, zz * p.z};
  }
  static XyzzPoint infinity() noexcept { return {MontFelt::one(), MontFelt::one(), {}, {}}; }
  bool is_infinity() const noexcept { return zz.is_zero(); }
  /// The same point with Z = ZZZ: (X ZZ^2, Y ZZZ^2, ZZZ).
  JacobianPoint jacobian() const noexcept { return {x * zz.square(), y * zzz.square(), zzz}; }
};

/// 2 * p for a finite p (the rare case of add() below).
XyzzPoint xyzz_double(const XyzzPoint& p) noexcept;

/// p + q for any p (infinity included) and any q: madd-2008-s (EFD, xyzz coordinates), 8M + 2S.
/// P = 0 means q = +-p, which the formula cannot handle: those go through Jacobian coordinates.
/// Inline: the Pedersen hash runs two such chains side by side, and the compiler interleaves
/// their products.
[[gnu::always_inline]] inline XyzzPoint add(const XyzzPoint& p, const AffinePoint& q) noexcept {
  if (p.is_infinity()) return XyzzPoint::from(q);
  const MontFelt u2 = q.x * p.zz;
  const MontFelt s2 = q.y * p.zzz;
  const MontFelt pd = u2 - p.x;
  const MontFelt r = s2 - p.y;
  if (pd.is_zero()) return r.is_zero() ? xyzz_double(p) : XyzzPoint::infinity();
  const MontFelt pp = pd.square();
  const MontFelt ppp = pd * pp;
  const MontFelt q1 = p.x * pp;
  const MontFelt x3 = r.square() - ppp - q1.doubled();
  const MontFelt y3 = r * (q1 - x3) - p.y * ppp;
  return {x3, y3, p.zz * pp, p.zzz * ppp};
}

/// The x coordinate of p + q; nullopt when the sum is the point at infinity.
std::optional<MontFelt> sum_x(const XyzzPoint& p, const XyzzPoint& q) noexcept;

/// 2 * p.
JacobianPoint dbl(const JacobianPoint& p) noexcept;
/// p + q for any p and q (equal, opposite or at infinity included).
JacobianPoint add(const JacobianPoint& p, const AffinePoint& q) noexcept;
JacobianPoint add(const JacobianPoint& p, const JacobianPoint& q) noexcept;
/// Whether two finite points have the same x coordinate (then they are equal or opposite).
bool same_x(const JacobianPoint& p, const JacobianPoint& q) noexcept;
/// The affine point, or nullopt for infinity.
std::optional<AffinePoint> to_affine(const JacobianPoint& p) noexcept;
/// Canonical coordinates of a finite point; nullopt for infinity.
std::optional<FeltPoint> to_felt_point(const JacobianPoint& p) noexcept;

}  // namespace cairovm::stark_curve
