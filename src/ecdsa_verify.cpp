#include "ecdsa_verify.hpp"

#include <gmp.h>

#include <optional>

#include "cairovm/errors.hpp"
#include "stark_curve.hpp"

namespace cairovm {

namespace {

using stark_curve::AffinePoint;
using stark_curve::FeltPoint;
using stark_curve::JacobianPoint;

constexpr unsigned kElementBits = 251;  // N_ELEMENT_BITS_ECDSA

// An mpz_t that frees itself.
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  explicit Mpz(const Felt::Limbs& limbs) : Mpz() {
    mpz_import(value_, limbs.size(), -1, sizeof(limbs[0]), 0, 0, limbs.data());
  }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  ~Mpz() { mpz_clear(value_); }
  mpz_ptr get() { return value_; }
  mpz_srcptr get() const { return value_; }
  /// Precondition: the value is below 2^256.
  Felt::Limbs limbs() const {
    Felt::Limbs limbs{};
    mpz_export(limbs.data(), nullptr, -1, sizeof(limbs[0]), 0, 0, value_);
    return limbs;
  }

 private:
  mpz_t value_;
};

Felt inverse_mod_order(const Felt& s) {
  return ecdsa_inverse_mod_order(s);
}

bool in_signature_range(const Felt& value) {
  return !value.is_zero() && value.bit_length() <= kElementBits;
}

bool bit(const Felt& value, unsigned i) {
  return ((value.limbs()[i / 64] >> (i % 64)) & 1) != 0;
}

// mimic_ec_mult_air: m * point + shift by 251 double-and-add steps; nullopt where the AIR fails
// (m out of range, or a step adding two points with the same x coordinate).
std::optional<JacobianPoint> mimic_ec_mult_air(const Felt& m, JacobianPoint point,
                                               const JacobianPoint& shift) {
  if (!in_signature_range(m)) return std::nullopt;
  JacobianPoint partial_sum = shift;
  for (unsigned i = 0; i < kElementBits; ++i) {
    if (stark_curve::same_x(partial_sum, point)) return std::nullopt;
    if (bit(m, i)) partial_sum = stark_curve::add(partial_sum, point);
    point = stark_curve::dbl(point);
  }
  return partial_sum;
}

// ec_add that fails (nullopt) on equal x coordinates, as the reference's affine ec_add does.
std::optional<JacobianPoint> checked_add(const JacobianPoint& a, const JacobianPoint& b) {
  if (stark_curve::same_x(a, b)) return std::nullopt;
  return stark_curve::add(a, b);
}

// The reference's verify() once the public key is a point: x(w * (z * G + r * Q)) == r.
bool verify_with_point(const Felt& msg_hash, const Felt& r, const Felt& w, const FeltPoint& key) {
  const auto point = [](const FeltPoint& p) { return JacobianPoint::from(AffinePoint::from(p)); };
  const JacobianPoint shift = point(stark_curve::kShiftPoint);
  const JacobianPoint minus_shift =
      point({stark_curve::kShiftPoint.x, -stark_curve::kShiftPoint.y});
  const auto zg = mimic_ec_mult_air(msg_hash, point(stark_curve::kGenerator), minus_shift);
  if (!zg) return false;
  const auto rq = mimic_ec_mult_air(r, point(key), shift);
  if (!rq) return false;
  const auto sum = checked_add(*zg, *rq);
  if (!sum) return false;
  const auto wb = mimic_ec_mult_air(w, *sum, shift);
  if (!wb) return false;
  const auto result = checked_add(*wb, minus_shift);
  if (!result) return false;
  const auto affine = stark_curve::to_felt_point(*result);
  return affine && affine->x == r;
}

MontFelt pow(MontFelt base, const Felt& exponent) {
  MontFelt result = MontFelt::one();
  for (unsigned i = exponent.bit_length(); i-- > 0;) {
    result = result.square();
    if (bit(exponent, i)) result *= base;
  }
  return result;
}

}  // namespace

// Tonelli-Shanks: P - 1 = 2^192 * q with q = 2^59 + 17 odd; 3 generates the multiplicative
// group (FIELD_GEN), so it is a non-residue.
std::optional<Felt> field_sqrt(const Felt& value) {
  if (value.is_zero()) return Felt::zero();
  const Felt q{(std::uint64_t{1} << 59) + 17};
  const MontFelt a = MontFelt::from_felt(value);
  MontFelt t = pow(a, q);
  MontFelt root = pow(a, Felt{(q.to_u64().value() + 1) / 2});
  MontFelt c = pow(MontFelt::from_felt(Felt{3}), q);
  unsigned m = 192;
  while (!(t == MontFelt::one())) {
    unsigned i = 0;
    MontFelt t2i = t;
    while (!(t2i == MontFelt::one())) {
      t2i = t2i.square();
      if (++i == m) return std::nullopt;  // t has order 2^m: value is not a square
    }
    MontFelt b = c;
    for (unsigned k = 0; k + i + 1 < m; ++k) b = b.square();
    m = i;
    c = b.square();
    t *= c;
    root *= b;
  }
  return root.to_felt();
}

Felt ecdsa_inverse_mod_order(const Felt& s) {
  const Mpz order(stark_curve::kOrderLimbs);
  Mpz value(s.limbs());
  mpz_mod(value.get(), value.get(), order.get());
  Mpz inverse;
  mpz_invert(inverse.get(), value.get(), order.get());
  return Felt::from_canonical_limbs_unchecked(inverse.limbs());
}

bool ecdsa_verify(const Felt& msg_hash, const Felt& r, const Felt& s, const Felt& public_key_x) {
  if (s.is_zero() || !(s < Felt::from_canonical_limbs_unchecked(stark_curve::kOrderLimbs))) {
    throw VmError("s = " + s.to_dec_string());
  }
  const Felt w = inverse_mod_order(s);
  if (!in_signature_range(r)) throw VmError("r = " + r.to_dec_string());
  if (!in_signature_range(w)) throw VmError("w = " + w.to_dec_string());
  if (msg_hash.bit_length() > kElementBits) {
    throw VmError("msg_hash = " + msg_hash.to_dec_string());
  }
  const Felt& x = public_key_x;
  const auto y =
      field_sqrt(x * x * x + x + Felt::from_canonical_limbs_unchecked(stark_curve::kBetaLimbs));
  if (!y) return false;  // no point has this x coordinate
  return verify_with_point(msg_hash, r, w, {x, *y}) || verify_with_point(msg_hash, r, w, {x, -*y});
}

}  // namespace cairovm
