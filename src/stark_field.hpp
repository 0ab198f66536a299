// Elements of the Cairo field in Montgomery form, for the hash and curve code of the builtins.
//
// Felt is the VM's value type and keeps values canonical; the builtins' cryptography (Pedersen,
// EC operations, ECDSA, Poseidon) chains thousands of multiplications per call, so it works on
// this type instead and converts at the edges. The prime's shape, P = 1 + P3 * 2^192, makes the
// Montgomery reduction a single step (see mont_reduce).
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "cairovm/felt.hpp"
#include "cairovm/felt_limbs.hpp"

namespace cairovm {

class MontFelt {
 public:
  using Limbs = Felt::Limbs;

  constexpr MontFelt() noexcept = default;

  static MontFelt from_felt(const Felt& value) noexcept {
    // a * R^2 / R = a * R.
    return MontFelt{mont_mul(value.limbs(), kR2)};
  }
  Felt to_felt() const noexcept {
    // (a * R) * 1 / R = a, and the reduction leaves it canonical.
    return Felt::from_canonical_limbs_unchecked(mont_mul(limbs_, Limbs{1, 0, 0, 0}));
  }
  static MontFelt zero() noexcept { return MontFelt{}; }
  static MontFelt one() noexcept { return MontFelt{kR}; }

  bool is_zero() const noexcept { return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
  /// The Montgomery representation a * R mod P itself (a key for lookup tables).
  const Limbs& mont_limbs() const noexcept { return limbs_; }
  friend bool operator==(const MontFelt&, const MontFelt&) noexcept = default;

  [[gnu::always_inline]] friend MontFelt operator+(const MontFelt& a, const MontFelt& b) noexcept {
    return MontFelt{add_mod(a.limbs_, b.limbs_)};
  }
  [[gnu::always_inline]] friend MontFelt operator-(const MontFelt& a, const MontFelt& b) noexcept {
    return MontFelt{sub_mod(a.limbs_, b.limbs_)};
  }
  [[gnu::always_inline]] friend MontFelt operator*(const MontFelt& a, const MontFelt& b) noexcept {
    return MontFelt{mont_mul(a.limbs_, b.limbs_)};
  }
  [[gnu::always_inline]] MontFelt operator-() const noexcept {
    return MontFelt{sub_mod(Limbs{}, limbs_)};
  }
  MontFelt& operator+=(const MontFelt& o) noexcept { return *this = *this + o; }
  MontFelt& operator-=(const MontFelt& o) noexcept { return *this = *this - o; }
  MontFelt& operator*=(const MontFelt& o) noexcept { return *this = *this * o; }
  [[gnu::always_inline]] MontFelt square() const noexcept { return MontFelt{mont_square(limbs_)}; }
  [[gnu::always_inline]] MontFelt doubled() const noexcept { return *this + *this; }
  [[gnu::always_inline]] MontFelt cubed() const noexcept { return square() * *this; }

  /// Multiplicative inverse; nullopt for zero. Goes through Felt's GCD-based inverse.
  std::optional<MontFelt> inverse() const noexcept {
    const auto inv = to_felt().inverse();
    if (!inv) return std::nullopt;
    return from_felt(*inv);
  }

 private:
  using u64 = std::uint64_t;
  using u128 = unsigned __int128;

  static constexpr Limbs kP = Felt::kPrimeLimbs;
  // R = 2^256 mod P and R^2 mod P.
  static constexpr Limbs kR = {0xffffffffffffffe1ULL, 0xffffffffffffffffULL, 0xffffffffffffffffULL,
                               0x07fffffffffffdf0ULL};
  static constexpr Limbs kR2 = {0xfffffd737e000401ULL, 0x00000001330fffffULL, 0xffffffffff6f8000ULL,
                                0x07ffd4ab5e008810ULL};

  constexpr explicit MontFelt(const Limbs& limbs) noexcept : limbs_(limbs) {}

  // r = a - b over four limbs; returns the borrow. (Local and always inlined: limbs::sub4 is
  // sometimes left out of line, which costs a quarter of an EC operation.)
  [[gnu::always_inline]] static u64 sub4(Limbs& r, const Limbs& a, const Limbs& b) noexcept {
    limbs::Carry borrow = 0;
    r[0] = limbs::sub_borrow(a[0], b[0], 0, borrow);
    r[1] = limbs::sub_borrow(a[1], b[1], borrow, borrow);
    r[2] = limbs::sub_borrow(a[2], b[2], borrow, borrow);
    r[3] = limbs::sub_borrow(a[3], b[3], borrow, borrow);
    return borrow;
  }

  // Values below 2P (< 2^253) to canonical, without a branch (the comparison is unpredictable).
  [[gnu::always_inline]] static Limbs reduce_once(const Limbs& a) noexcept {
    Limbs r;
    // Keep a when subtracting P borrows. Spelled out per limb so that GCC emits conditional
    // moves, not a vector blend through the stack (a store-forwarding stall).
    const bool keep = sub4(r, a, kP) != 0;
    r[0] = keep ? a[0] : r[0];
    r[1] = keep ? a[1] : r[1];
    r[2] = keep ? a[2] : r[2];
    r[3] = keep ? a[3] : r[3];
    return r;
  }

  [[gnu::always_inline]] static Limbs add_mod(const Limbs& a, const Limbs& b) noexcept {
    Limbs s;
    limbs::Carry c = 0;
    s[0] = limbs::add_carry(a[0], b[0], 0, c);
    s[1] = limbs::add_carry(a[1], b[1], c, c);
    s[2] = limbs::add_carry(a[2], b[2], c, c);
    s[3] = a[3] + b[3] + c;  // a + b < 2P < 2^253: no carry out of limb 3
    return reduce_once(s);
  }

  [[gnu::always_inline]] static Limbs sub_mod(const Limbs& a, const Limbs& b) noexcept {
    Limbs d;
    const u64 mask = 0 - sub4(d, a, b);  // add P back when a < b
    limbs::Carry c = 0;
    d[0] = limbs::add_carry(d[0], kP[0] & mask, 0, c);
    d[1] = limbs::add_carry(d[1], 0, c, c);
    d[2] = limbs::add_carry(d[2], 0, c, c);
    d[3] += (kP[3] & mask) + c;
    return d;
  }

  [[gnu::always_inline]] static u64 mul_full(u64 a, u64 b, u64& hi) noexcept {
    const u128 p = static_cast<u128>(a) * b;
    hi = static_cast<u64>(p >> 64);
    return static_cast<u64>(p);
  }

  // The 512-bit product a * b, row by row; each row's low and high halves go through two
  // separate adc chains. (GCC 12 turns sums of unsigned __int128 into stack round trips.)
  [[gnu::always_inline]] static void mul_wide(const Limbs& a, const Limbs& b, u64 t[8]) noexcept {
    using limbs::add_carry;
    using limbs::Carry;
    {
      u64 h0, h1, h2, h3;
      Carry c = 0;
      t[0] = mul_full(a[0], b[0], h0);
      const u64 l1 = mul_full(a[0], b[1], h1);
      const u64 l2 = mul_full(a[0], b[2], h2);
      const u64 l3 = mul_full(a[0], b[3], h3);
      t[1] = add_carry(l1, h0, 0, c);
      t[2] = add_carry(l2, h1, c, c);
      t[3] = add_carry(l3, h2, c, c);
      t[4] = h3 + c;
    }
    for (int i = 1; i < 4; ++i) {
      u64 lo[4], hi[4];
      for (int j = 0; j < 4; ++j) lo[j] = mul_full(a[i], b[j], hi[j]);
      Carry c1 = 0, c2 = 0;
      t[i] = add_carry(t[i], lo[0], 0, c1);
      t[i + 1] = add_carry(t[i + 1], lo[1], c1, c1);
      t[i + 2] = add_carry(t[i + 2], lo[2], c1, c1);
      t[i + 3] = add_carry(t[i + 3], lo[3], c1, c1);
      t[i + 1] = add_carry(t[i + 1], hi[0], 0, c2);
      t[i + 2] = add_carry(t[i + 2], hi[1], c2, c2);
      t[i + 3] = add_carry(t[i + 3], hi[2], c2, c2);
      t[i + 4] = hi[3] + c1 + c2;  // the row's top limb: a * b < 2^504 leaves room
    }
  }

  // a^2 with 10 multiplications instead of 16: the cross products once, doubled, plus the
  // squares on the diagonal.
  [[gnu::always_inline]] static void square_wide(const Limbs& a, u64 t[8]) noexcept {
    using limbs::add_carry;
    using limbs::Carry;
    Carry c = 0;
    u64 h01, h02, h03, h12, h13, h23;
    t[1] = mul_full(a[0], a[1], h01);
    const u64 l02 = mul_full(a[0], a[2], h02);
    const u64 l03 = mul_full(a[0], a[3], h03);
    const u64 l12 = mul_full(a[1], a[2], h12);
    const u64 l13 = mul_full(a[1], a[3], h13);
    const u64 l23 = mul_full(a[2], a[3], h23);
    t[2] = add_carry(l02, h01, 0, c);
    t[3] = add_carry(l03, h02, c, c);
    t[4] = h03 + c;
    c = 0;
    const u64 m4 = add_carry(l13, h12, 0, c);
    const u64 m5 = h13 + c;
    c = 0;
    t[3] = add_carry(t[3], l12, 0, c);
    t[4] = add_carry(t[4], m4, c, c);
    t[5] = add_carry(m5, l23, c, c);
    t[6] = h23 + c;
    t[7] = t[6] >> 63;
    t[6] = (t[6] << 1) | (t[5] >> 63);
    t[5] = (t[5] << 1) | (t[4] >> 63);
    t[4] = (t[4] << 1) | (t[3] >> 63);
    t[3] = (t[3] << 1) | (t[2] >> 63);
    t[2] = (t[2] << 1) | (t[1] >> 63);
    t[1] <<= 1;
    u64 d0, d1, d2, d3;
    t[0] = mul_full(a[0], a[0], d0);
    const u64 e1 = mul_full(a[1], a[1], d1);
    const u64 e2 = mul_full(a[2], a[2], d2);
    const u64 e3 = mul_full(a[3], a[3], d3);
    c = 0;
    t[1] = add_carry(t[1], d0, 0, c);
    t[2] = add_carry(t[2], e1, c, c);
    t[3] = add_carry(t[3], d1, c, c);
    t[4] = add_carry(t[4], e2, c, c);
    t[5] = add_carry(t[5], d2, c, c);
    t[6] = add_carry(t[6], e3, c, c);
    t[7] = t[7] + d3 + c;
  }

  // T / 2^256 mod P for T = H * 2^256 + L < P^2, in one step: P = 1 + P3 * 2^192 gives
  // P^-1 = 1 - P3 * 2^192 mod 2^256, so M = -L * P^-1 mod 2^256 = -L + ((L[0] * P3) << 192) costs
  // one multiplication, and (T + M * P) / 2^256 = H + (L + M + M * P3 * 2^192) / 2^256 < 2P.
  [[gnu::always_inline]] static Limbs mont_reduce(const u64 t[8]) noexcept {
    using limbs::add_carry;
    using limbs::Carry;
    // M = 2^256 - L + c * 2^192 (mod 2^256) with c = L[0] * P3.
    const u64 c = t[0] * kP[3];
    Limbs m;
    Carry b = 0;
    m[0] = limbs::sub_borrow(0, t[0], 0, b);
    m[1] = limbs::sub_borrow(0, t[1], b, b);
    m[2] = limbs::sub_borrow(0, t[2], b, b);
    m[3] = limbs::sub_borrow(0, t[3], b, b) + c;
    // L + M = c * 2^192 + k * 2^256.
    Carry k = 0;
    (void)add_carry(t[0], m[0], 0, k);
    (void)add_carry(t[1], m[1], k, k);
    (void)add_carry(t[2], m[2], k, k);
    (void)add_carry(t[3], m[3], k, k);
    // q = M * P3 on five limbs; c + q[0] = 0 mod 2^64 by the choice of M.
    u64 h0, h1, h2, h3;
    const u64 q0 = mul_full(m[0], kP[3], h0);
    const u64 l1 = mul_full(m[1], kP[3], h1);
    const u64 l2 = mul_full(m[2], kP[3], h2);
    const u64 l3 = mul_full(m[3], kP[3], h3);
    Carry cq = 0;
    const u64 q1 = add_carry(l1, h0, 0, cq);
    const u64 q2 = add_carry(l2, h1, cq, cq);
    const u64 q3 = add_carry(l3, h2, cq, cq);
    const u64 q4 = h3 + cq;
    Carry c1 = 0;
    (void)add_carry(c, q0, 0, c1);
    // H + q / 2^64 + k + c1.
    Limbs r;
    Carry cr = 0;
    r[0] = add_carry(t[4], q1, 0, cr);
    r[1] = add_carry(t[5], q2, cr, cr);
    r[2] = add_carry(t[6], q3, cr, cr);
    r[3] = t[7] + q4 + cr;
    Carry cz = 0;
    r[0] = add_carry(r[0], u64{k} + c1, 0, cz);
    r[1] = add_carry(r[1], 0, cz, cz);
    r[2] = add_carry(r[2], 0, cz, cz);
    r[3] += cz;
    return reduce_once(r);
  }

  // a * b / 2^256 mod P for canonical a and b.
  [[gnu::always_inline]] static Limbs mont_mul(const Limbs& a, const Limbs& b) noexcept {
    u64 t[8];
    mul_wide(a, b, t);
    return mont_reduce(t);
  }

  [[gnu::always_inline]] static Limbs mont_square(const Limbs& a) noexcept {
    u64 t[8];
    square_wide(a, t);
    return mont_reduce(t);
  }

  Limbs limbs_{};
};

}  // namespace cairovm
