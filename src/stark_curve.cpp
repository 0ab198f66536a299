#include "stark_curve.hpp"

namespace cairovm::stark_curve {

namespace {

constexpr Felt felt(const Felt::Limbs& limbs) {
  return Felt::from_canonical_limbs_unchecked(limbs);
}

}  // namespace

const FeltPoint kShiftPoint = {felt({0x551fde4050ca6804ULL, 0x716b0b1022947733ULL,
                                     0x00ee1b87eb599f16ULL, 0x049ee3eba8c16007ULL}),
                               felt({0xd0405d266e10268aULL, 0x4e621062c0e056c1ULL,
                                     0xf346d49d06ea0ed3ULL, 0x03ca0cfe4b3bc6ddULL})};
const FeltPoint kGenerator = {felt({0x3d723d8bc943cfcaULL, 0xdeacfd9b0d1819e0ULL,
                                    0x7beced415a40f0c7ULL, 0x01ef15c18599971bULL}),
                              felt({0x2873000c36e8dc1fULL, 0xde53ecd11abe43a3ULL,
                                    0xb7be4801df46ec62ULL, 0x005668060aa49730ULL})};
const FeltPoint kPedersenP0 = {felt({0x1080d17957ebe47bULL, 0x8fa8120b6d56eb0cULL,
                                     0x969c748655fca9e5ULL, 0x0234287dcbaffe7fULL}),
                               felt({0x6ed0268ee89e5615ULL, 0x940135dd7a6c94ccULL,
                                     0x1e889527d41f4e39ULL, 0x03b056f100f96fb2ULL})};
const FeltPoint kPedersenP1 = {felt({0xb7a6932dba8aa378ULL, 0x99099ec1de5e3018ULL,
                                     0x3f9dab2656558f33ULL, 0x04fa56f376c83db3ULL}),
                               felt({0x5168f4e80ff5b54dULL, 0x562761f92a7a23b4ULL,
                                     0x8113e0c0e47e4401ULL, 0x03fa0984c931c9e3ULL})};
const FeltPoint kPedersenP2 = {felt({0x3aa372f0bd2d6997ULL, 0x40c690c74709e90fULL,
                                     0x764910f75b45f74bULL, 0x04ba4cc166be8decULL}),
                               felt({0x48151f27b24b219cULL, 0xcac5c59a5ce5ae7cULL,
                                     0x4b971e46c4ede85fULL, 0x0040301cf5c1751fULL})};
const FeltPoint kPedersenP3 = {felt({0xd36ff12c49a58202ULL, 0x2ca65048d53fb325ULL,
                                     0x6e44cca8f61a63bbULL, 0x054302dcb0e6cc1cULL}),
                               felt({0x879dcc77e99c2426ULL, 0xce98ad783c25561aULL,
                                     0xb348046268d8ae25ULL, 0x01b77b3e37d13504ULL})};

bool on_curve(const Felt& x, const Felt& y) noexcept {
  return y * y == x * x * x + x + felt(kBetaLimbs);
}

// dbl-2007-bl (hyperelliptic.org EFD) with a = 1: 1M + 8S.
JacobianPoint dbl(const JacobianPoint& p) noexcept {
  const MontFelt xx = p.x.square();
  const MontFelt yy = p.y.square();
  const MontFelt yyyy = yy.square();
  const MontFelt zz = p.z.square();
  const MontFelt s = ((p.x + yy).square() - xx - yyyy).doubled();
  const MontFelt m = xx.doubled() + xx + zz.square();
  const MontFelt t = m.square() - s.doubled();
  const MontFelt y3 = m * (s - t) - yyyy.doubled().doubled().doubled();
  const MontFelt z3 = (p.y + p.z).square() - yy - zz;
  return {t, y3, z3};
}

// madd-2007-bl: 7M + 4S. H = 0 means q = +-p, which the formula cannot handle.
JacobianPoint add(const JacobianPoint& p, const AffinePoint& q) noexcept {
  if (p.is_infinity()) return JacobianPoint::from(q);
  const MontFelt z1z1 = p.z.square();
  const MontFelt u2 = q.x * z1z1;
  const MontFelt s2 = q.y * p.z * z1z1;
  const MontFelt h = u2 - p.x;
  const MontFelt r = (s2 - p.y).doubled();
  if (h.is_zero()) return r.is_zero() ? dbl(p) : JacobianPoint::infinity();
  const MontFelt hh = h.square();
  const MontFelt i = hh.doubled().doubled();
  const MontFelt j = h * i;
  const MontFelt v = p.x * i;
  const MontFelt x3 = r.square() - j - v.doubled();
  const MontFelt y3 = r * (v - x3) - (p.y * j).doubled();
  const MontFelt z3 = (p.z + h).square() - z1z1 - hh;
  return {x3, y3, z3};
}

// add-2007-bl: 11M + 5S.
JacobianPoint add(const JacobianPoint& p, const JacobianPoint& q) noexcept {
  if (p.is_infinity()) return q;
  if (q.is_infinity()) return p;
  const MontFelt z1z1 = p.z.square();
  const MontFelt z2z2 = q.z.square();
  const MontFelt u1 = p.x * z2z2;
  const MontFelt u2 = q.x * z1z1;
  const MontFelt s1 = p.y * q.z * z2z2;
  const MontFelt s2 = q.y * p.z * z1z1;
  const MontFelt h = u2 - u1;
  const MontFelt r = (s2 - s1).doubled();
  if (h.is_zero()) return r.is_zero() ? dbl(p) : JacobianPoint::infinity();
  const MontFelt i = h.doubled().square();
  const MontFelt j = h * i;
  const MontFelt v = u1 * i;
  const MontFelt x3 = r.square() - j - v.doubled();
  const MontFelt y3 = r * (v - x3) - (s1 * j).doubled();
  const MontFelt z3 = ((p.z + q.z).square() - z1z1 - z2z2) * h;
  return {x3, y3, z3};
}

XyzzPoint xyzz_double(const XyzzPoint& p) noexcept {
  return XyzzPoint::from(dbl(p.jacobian()));
}

// add-2008-s up to X3 and ZZ3, then X3 / ZZ3: 9M + 2S and one inversion.
std::optional<MontFelt> sum_x(const XyzzPoint& p, const XyzzPoint& q) noexcept {
  const auto x_of = [](const XyzzPoint& a) -> std::optional<MontFelt> {
    const auto zz_inv = a.zz.inverse();
    if (!zz_inv) return std::nullopt;
    return a.x * *zz_inv;
  };
  if (p.is_infinity()) return x_of(q);
  if (q.is_infinity()) return x_of(p);
  const MontFelt u1 = p.x * q.zz;
  const MontFelt u2 = q.x * p.zz;
  const MontFelt s1 = p.y * q.zzz;
  const MontFelt s2 = q.y * p.zzz;
  const MontFelt pd = u2 - u1;
  if (pd.is_zero()) {
    const auto sum = to_affine(add(p.jacobian(), q.jacobian()));
    if (!sum) return std::nullopt;
    return sum->x;
  }
  const MontFelt r = s2 - s1;
  const MontFelt pp = pd.square();
  const MontFelt x3 = r.square() - pd * pp - (u1 * pp).doubled();
  return x_of({x3, MontFelt::one(), p.zz * q.zz * pp, MontFelt::one()});
}

// dbl-2007-bl with Z^2 given and Z3^2 computed for the next step: 1M + 8S, as without it.
AirPoint dbl(const AirPoint& p) noexcept {
  const MontFelt xx = p.x.square();
  const MontFelt yy = p.y.square();
  const MontFelt yyyy = yy.square();
  const MontFelt s = ((p.x + yy).square() - xx - yyyy).doubled();
  const MontFelt m = xx.doubled() + xx + p.zz.square();
  const MontFelt t = m.square() - s.doubled();
  const MontFelt y3 = m * (s - t) - yyyy.doubled().doubled().doubled();
  const MontFelt z3 = (p.y + p.z).square() - yy - p.zz;
  return {t, y3, z3, z3.square()};
}

// add-2007-bl whose U1 and U2 are the products of the x comparison: 9M + 4S with it.
bool air_add_step(AirPoint& p, const AirPoint& q, bool add) noexcept {
  const MontFelt u1 = p.x * q.zz;
  const MontFelt u2 = q.x * p.zz;
  if (u1 == u2) return false;
  if (!add) return true;
  const MontFelt s1 = p.y * q.z * q.zz;
  const MontFelt s2 = q.y * p.z * p.zz;
  const MontFelt h = u2 - u1;
  const MontFelt r = (s2 - s1).doubled();
  const MontFelt i = h.doubled().square();
  const MontFelt j = h * i;
  const MontFelt v = u1 * i;
  const MontFelt x3 = r.square() - j - v.doubled();
  const MontFelt y3 = r * (v - x3) - (s1 * j).doubled();
  const MontFelt z3 = ((p.z + q.z).square() - p.zz - q.zz) * h;
  p = {x3, y3, z3, z3.square()};
  return true;
}

// madd-2007-bl whose U2 is the product of the x comparison: 1M for the comparison, 5M + 4S more.
bool air_add_step(AirPoint& p, const AffinePoint& q, bool add) noexcept {
  const MontFelt u2 = q.x * p.zz;
  if (p.x == u2) return false;
  if (!add) return true;
  const MontFelt s2 = q.y * p.z * p.zz;
  const MontFelt h = u2 - p.x;
  const MontFelt hh = h.square();
  const MontFelt i = hh.doubled().doubled();
  const MontFelt j = h * i;
  const MontFelt r = (s2 - p.y).doubled();
  const MontFelt v = p.x * i;
  const MontFelt x3 = r.square() - j - v.doubled();
  const MontFelt y3 = r * (v - x3) - (p.y * j).doubled();
  const MontFelt z3 = (p.z + h).square() - p.zz - hh;
  p = {x3, y3, z3, z3.square()};
  return true;
}

std::vector<AirPoint> doubling_chain(const AirPoint& point, std::size_t length) {
  std::vector<AirPoint> chain;
  chain.reserve(length);
  chain.push_back(point);
  while (chain.size() < length) chain.push_back(dbl(chain.back()));
  return chain;
}

void batch_invert(std::vector<MontFelt>& values) {
  std::vector<MontFelt> prefix(values.size());
  MontFelt acc = MontFelt::one();
  for (std::size_t i = 0; i < values.size(); ++i) {
    prefix[i] = acc;
    acc *= values[i];
  }
  MontFelt inv = *acc.inverse();
  for (std::size_t i = values.size(); i-- > 0;) {
    const MontFelt value_inv = inv * prefix[i];
    inv *= values[i];
    values[i] = value_inv;
  }
}

std::vector<AffinePoint> to_affine(const std::vector<AirPoint>& points) {
  std::vector<MontFelt> z_inverses(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) z_inverses[i] = points[i].z;
  batch_invert(z_inverses);
  std::vector<AffinePoint> affine(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    const MontFelt z_inv2 = z_inverses[i].square();
    affine[i] = {points[i].x * z_inv2, points[i].y * z_inv2 * z_inverses[i]};
  }
  return affine;
}

bool same_x(const JacobianPoint& p, const JacobianPoint& q) noexcept {
  return p.x * q.z.square() == q.x * p.z.square();
}

std::optional<AffinePoint> to_affine(const JacobianPoint& p) noexcept {
  const auto z_inv = p.z.inverse();
  if (!z_inv) return std::nullopt;
  const MontFelt z_inv2 = z_inv->square();
  return AffinePoint{p.x * z_inv2, p.y * z_inv2 * *z_inv};
}

std::optional<FeltPoint> to_felt_point(const JacobianPoint& p) noexcept {
  const auto a = to_affine(p);
  if (!a) return std::nullopt;
  return FeltPoint{a->x.to_felt(), a->y.to_felt()};
}

}  // namespace cairovm::stark_curve
