#include "ecdsa_verify.hpp"

#include <gmp.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

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

namespace {

// Square roots by Tonelli-Shanks with table lookups (Bernstein, "Faster square roots in annoying
// finite fields"): P - 1 = 2^192 * q with q = 2^59 + 17 odd, and g = 3^q generates the subgroup
// of order 2^192 (3, FIELD_GEN, is a non-residue). For t = a^q = g^e, the 24 base-256 digits of
// e come from table lookups, low digit first, in 184 squarings and 276 multiplications instead of
// the O(192^2) squarings of the bit-by-bit loop; then sqrt(a) = a^((q + 1) / 2) * g^(-e / 2).
constexpr int kDigitBits = 8;
constexpr int kDigits = 192 / kDigitBits;
constexpr int kDigitValues = 1 << kDigitBits;

struct SqrtTables {
  // inv_powers[m][j] = g^(-j * 256^m).
  std::array<std::array<MontFelt, kDigitValues>, kDigits> inv_powers;
  // The 256 elements h^j of the subgroup of order 256 (h = g^(2^184)), keyed by the low limb of
  // their Montgomery form and sorted by it.
  std::array<std::pair<std::uint64_t, int>, kDigitValues> roots;

  SqrtTables() {
    const MontFelt g = pow(MontFelt::from_felt(Felt{3}), Felt{(std::uint64_t{1} << 59) + 17});
    MontFelt base = *g.inverse();
    for (int m = 0; m < kDigits; ++m) {
      inv_powers[m][0] = MontFelt::one();
      for (int j = 1; j < kDigitValues; ++j) inv_powers[m][j] = inv_powers[m][j - 1] * base;
      for (int k = 0; k < kDigitBits; ++k) base = base.square();
    }
    // h^j = (h^-1)^(256 - j), and h^-1 = inv_powers[23][1].
    for (int j = 0; j < kDigitValues; ++j) {
      const MontFelt root = inv_powers[kDigits - 1][(kDigitValues - j) % kDigitValues];
      roots[j] = {root.mont_limbs()[0], j};
    }
    std::sort(roots.begin(), roots.end());
  }

  // j with h^j == value; -1 when value is not in the subgroup (a low-limb match is confirmed).
  int digit_of(const MontFelt& value) const {
    const std::uint64_t key = value.mont_limbs()[0];
    const auto it = std::lower_bound(roots.begin(), roots.end(), std::pair{key, -1});
    if (it == roots.end() || it->first != key) return -1;
    const int j = it->second;
    const bool same = inv_powers[kDigits - 1][(kDigitValues - j) % kDigitValues] == value;
    return same ? j : -1;
  }
};

const SqrtTables& sqrt_tables() {
  static const SqrtTables tables;
  return tables;
}

}  // namespace

std::optional<Felt> field_sqrt(const Felt& value) {
  if (value.is_zero()) return Felt::zero();
  const SqrtTables& tables = sqrt_tables();
  const MontFelt a = MontFelt::from_felt(value);
  // x = a^((q - 1) / 2) = a^(2^58 + 8); root0 = a^((q + 1) / 2); t = a^q.
  MontFelt a8 = a.square().square().square();
  MontFelt a_2_58 = a8;
  for (int i = 3; i < 58; ++i) a_2_58 = a_2_58.square();
  const MontFelt x = a_2_58 * a8;
  const MontFelt root0 = x * a;
  const MontFelt t = x.square() * a;
  // powers[k] = t^(256^k).
  std::array<MontFelt, kDigits> powers;
  powers[0] = t;
  for (int k = 1; k < kDigits; ++k) {
    MontFelt p = powers[k - 1];
    for (int i = 0; i < kDigitBits; ++i) p = p.square();
    powers[k] = p;
  }
  // Digit k of e: h^(d_k) = t^(256^(23 - k)) * prod_{i < k} g^(-d_i * 256^(23 - k + i)).
  std::array<int, kDigits> digits{};
  for (int k = 0; k < kDigits; ++k) {
    MontFelt y = powers[kDigits - 1 - k];
    for (int i = 0; i < k; ++i) {
      if (digits[i] != 0) y *= tables.inv_powers[kDigits - 1 - k + i][digits[i]];
    }
    const int digit = tables.digit_of(y);
    if (digit < 0) return std::nullopt;  // unreachable: t lies in the subgroup of g
    digits[k] = digit;
  }
  if (digits[0] % 2 != 0) return std::nullopt;  // e odd: a is not a square
  // g^(-e / 2) from the base-256 digits of e / 2.
  std::array<std::uint64_t, 3> half{};
  for (int k = 0; k < kDigits; ++k) {
    half[k / 8] |= static_cast<std::uint64_t>(digits[k]) << (kDigitBits * (k % 8));
  }
  half[0] = (half[0] >> 1) | (half[1] << 63);
  half[1] = (half[1] >> 1) | (half[2] << 63);
  half[2] >>= 1;
  MontFelt root = root0;
  for (int k = 0; k < kDigits; ++k) {
    const auto d = static_cast<int>((half[k / 8] >> (kDigitBits * (k % 8))) & 0xff);
    if (d != 0) root *= tables.inv_powers[k][d];
  }
  if (!(root.square() == a)) return std::nullopt;  // unreachable; a cheap guard
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
