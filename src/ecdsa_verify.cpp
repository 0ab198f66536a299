#include "ecdsa_verify.hpp"

#include <gmp.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "cairovm/errors.hpp"
#include "stark_curve.hpp"

namespace cairovm {

namespace {

using stark_curve::AffinePoint;
using stark_curve::AirPoint;
using stark_curve::FeltPoint;

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

// mimic_ec_mult_air: shift + m * point by 251 double-and-add steps, the i-th with point_at(i) =
// 2^i * point; nullopt where the AIR fails (m out of range, or a step meeting two points with the
// same x coordinate).
template <class PointAt>
std::optional<AirPoint> mimic_ec_mult_air(const Felt& m, AirPoint partial_sum, PointAt point_at) {
  if (!in_signature_range(m)) return std::nullopt;
  for (unsigned i = 0; i < kElementBits; ++i) {
    if (!stark_curve::air_add_step(partial_sum, point_at(i), bit(m, i))) return std::nullopt;
  }
  return partial_sum;
}

// 2^i * G in affine coordinates: the z * G steps use mixed additions and no doublings (a third
// of the work of a step with a computed chain).
const std::vector<AffinePoint>& generator_chain() {
  static const std::vector<AffinePoint> chain = stark_curve::to_affine(stark_curve::doubling_chain(
      AirPoint::from(AffinePoint::from(stark_curve::kGenerator)), kElementBits));
  return chain;
}

// 2^i * key in affine coordinates, for the last key verified on this thread: a program often
// checks many signatures of one key, and the doublings were half of each verification.
const std::vector<AffinePoint>& key_chain(const FeltPoint& key) {
  thread_local std::optional<FeltPoint> cached_key;
  thread_local std::vector<AffinePoint> chain;
  if (!cached_key || cached_key->x != key.x || cached_key->y != key.y) {
    chain = stark_curve::to_affine(
        stark_curve::doubling_chain(AirPoint::from(AffinePoint::from(key)), kElementBits));
    cached_key = key;
  }
  return chain;
}

// The reference's verify() once the public key is a point (x, +-y): x(w * (z * G + r * Q)) == r.
// z * G is the same for both candidate points, and the chain of -Q is that of Q negated, so both
// are computed once.
bool verify_with_candidates(const Felt& msg_hash, const Felt& r, const Felt& w,
                            const FeltPoint& key) {
  const AirPoint shift = AirPoint::from(AffinePoint::from(stark_curve::kShiftPoint));
  const AffinePoint minus_shift =
      AffinePoint::from({stark_curve::kShiftPoint.x, -stark_curve::kShiftPoint.y});
  const auto& g_chain = generator_chain();
  const auto zg = mimic_ec_mult_air(msg_hash, AirPoint::from(minus_shift),
                                    [&](unsigned i) -> const AffinePoint& { return g_chain[i]; });
  if (!zg) return false;
  const std::vector<AffinePoint>& q_chain = key_chain(key);
  for (const bool negate : {false, true}) {
    const auto rq = mimic_ec_mult_air(r, shift, [&](unsigned i) {
      return negate ? AffinePoint{q_chain[i].x, -q_chain[i].y} : q_chain[i];
    });
    if (!rq) continue;
    AirPoint sum = *zg;
    if (!stark_curve::air_add_step(sum, *rq, true)) continue;
    AirPoint doubled = sum;
    const auto wb = mimic_ec_mult_air(w, shift, [&](unsigned i) {
      if (i > 0) doubled = stark_curve::dbl(doubled);  // called once per step, in order
      return doubled;
    });
    if (!wb) continue;
    AirPoint result = *wb;
    if (!stark_curve::air_add_step(result, minus_shift, true)) continue;
    const auto affine = stark_curve::to_felt_point(result.jacobian());
    if (affine && affine->x == r) return true;
  }
  return false;
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
  return verify_with_candidates(msg_hash, r, w, {x, *y});
}

}  // namespace cairovm
