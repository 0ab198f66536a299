// Field elements modulo P = 2^251 + 17 * 2^192 + 1 on four 64-bit limbs.
//
// Multiplication is a 4x4 schoolbook product followed by reduce_wide(), a Barrett-style
// reduction specialised to the sparse shape of P: since P = 2^251 (1 + e) with
// e = 17 / 2^59 + 2^-251, the quotient T / P is estimated as t - s1 + s2 - s3 + s4
// (t = T >> 251, s_k ~ t e^k), where every s_k needs only multiplications by the small
// constants 17^k and shifts. The estimate is within a few units of the true quotient,
// which a last tiny quotient step and one conditional addition of P absorb. All values
// stay canonical (0 <= value < P); nothing allocates except the string conversions.
// Inversion uses GMP's fixed-size mpn_gcdext on stack arrays.

#include "cairovm/felt.hpp"

#include <gmp.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace cairovm {

namespace {

using u64 = std::uint64_t;
__extension__ typedef unsigned __int128 u128;
using Limbs = Felt::Limbs;

static_assert(sizeof(mp_limb_t) == sizeof(u64), "GMP limbs must be 64 bits");
static_assert(GMP_NUMB_BITS == 64, "GMP nails are not supported");

constexpr u64 kP0 = Felt::kPrimeLimbs[0];  // 1
constexpr u64 kP3 = Felt::kPrimeLimbs[3];  // 2^59 + 17
constexpr u64 kLow59 = (u64{1} << 59) - 1;
static_assert(kP0 == 1 && Felt::kPrimeLimbs[1] == 0 && Felt::kPrimeLimbs[2] == 0 &&
                  kP3 == (u64{1} << 59) + 17,
              "the reduction below is specialised to P = 2^251 + 17 * 2^192 + 1");

// (P - 1) / 2: values above it print as negative.
constexpr Limbs kHalfPrime = {0, 0, u64{1} << 63, (u64{1} << 58) + 8};

using limbs::add_carry;
using limbs::Carry;
using limbs::sub4;
using limbs::sub_borrow;

// Full 64x64 -> 128-bit product; the high half goes to hi. (Kept to a bare multiply: GCC 12
// generates poor code, with stack round trips, when unsigned __int128 values are summed.)
inline u64 mul_full(u64 a, u64 b, u64& hi) noexcept {
  const u128 p = static_cast<u128>(a) * b;
  hi = static_cast<u64>(p >> 64);
  return static_cast<u64>(p);
}

// r += P & mask (mask is 0 or all ones), mod 2^256.
inline void add_masked_prime(Limbs& r, u64 mask) noexcept {
  limbs::add_masked(r, Felt::kPrimeLimbs, mask);
}

template <unsigned kShift>
inline u64 shr(u64 lo, u64 hi) noexcept {
  static_assert(kShift > 0 && kShift < 64);
  return (lo >> kShift) | (hi << (64 - kShift));
}

// Reduces T = T0 + T1 * 2^64 + ... + T7 * 2^448 modulo P. Requires T < 2^507 (T7 < 2^59),
// which covers every product of two canonical values (T < P^2 < 2^503).
//
// With c = 17 * 2^192 + 1 we have P = 2^251 (1 + e), e = c / 2^251 = 17 / 2^59 + 2^-251, so
// T / P = tau (1 - e + e^2 - e^3 + e^4 - ...) with tau = T / 2^251 < 2^256. The quotient
// estimate is q = t - s1 + s2 - s3 + s4 with t = floor(tau) (four limbs t0..t3) and
//   s1 = floor(t * c / 2^251) = floor((17 t + floor(t / 2^192)) / 2^59),
//   s2 = floor(17^2 (t - t0) / 2^118),
//   s3 = floor(17^3 (t - t0 - t1 * 2^64) / 2^177),
//   s4 = floor(17^4 * t3 * 2^192 / 2^236).
// Each of t, s1, ..., s4 is at most the matching series term tau e^k and falls short of it
// by less than 1.0001 (the floor, plus below 2^-27 for the dropped low limbs of t and for
// using 17 / 2^59 instead of e), and the alternating tail from e^5 on lies in (-2^-18, 0].
// Hence T / P - q lies in (-2.0003, 3.0003), so F = T - q * P lies in (-2.0003 P, 3.0003 P)
// and F + 3P in (0, 6.0003 P), below 2^254.
// F + 3P is computed modulo 2^256: q only matters modulo 2^256, and
// q * P mod 2^256 = q + ((q0 * p3) mod 2^64) * 2^192 because P = 1 + p3 * 2^192.
// Finally with u = floor((F + 3P) / 2^251) <= 6, F + 3P - u * P = ((F + 3P) mod 2^251) - u * c
// lies in (-P, 2^251), so adding P when it is negative finishes.
//
// The s_k are independent of one another (short dependency chains) and need ten
// multiplications by small constants in all. Everything stays in scalar locals: with
// arrays GCC vectorises the limb shifts through the stack and pays store-forwarding stalls.
// Always inlined: as an out-of-line call its eight arguments and result go through memory.
[[gnu::always_inline]] inline Limbs reduce_wide(u64 T0, u64 T1, u64 T2, u64 T3, u64 T4, u64 T5,
                                                u64 T6, u64 T7) noexcept {
  // t = T >> 251 (< 2^256 by the precondition).
  const u64 t0 = shr<59>(T3, T4);
  const u64 t1 = shr<59>(T4, T5);
  const u64 t2 = shr<59>(T5, T6);
  const u64 t3 = shr<59>(T6, T7);

  // s1 = (17 t + t3) >> 59 (< 2^202); 17 t + t3 < 2^261, so its top limb y4 < 2^5.
  u64 s1_0, s1_1, s1_2, s1_3;
  {
    u64 h0, h1, h2, h3;
    const u64 l0 = mul_full(t0, 17, h0);
    const u64 l1 = mul_full(t1, 17, h1);
    const u64 l2 = mul_full(t2, 17, h2);
    const u64 l3 = mul_full(t3, 17, h3);
    Carry c = 0;
    const u64 y0 = add_carry(l0, t3, 0, c);
    const u64 y1 = add_carry(l1, h0, c, c);
    const u64 y2 = add_carry(l2, h1, c, c);
    const u64 y3 = add_carry(l3, h2, c, c);
    const u64 y4 = h3 + c;
    s1_0 = shr<59>(y0, y1);
    s1_1 = shr<59>(y1, y2);
    s1_2 = shr<59>(y2, y3);
    s1_3 = shr<59>(y3, y4);
  }
  // s2 = (289 (t1 + t2 2^64 + t3 2^128)) >> 54 (< 2^147); the product is below 2^201.
  u64 s2_0, s2_1, s2_2;
  {
    u64 h1, h2, h3;
    const u64 z0 = mul_full(t1, 289, h1);
    const u64 l2 = mul_full(t2, 289, h2);
    const u64 l3 = mul_full(t3, 289, h3);
    Carry c = 0;
    const u64 z1 = add_carry(l2, h1, 0, c);
    const u64 z2 = add_carry(l3, h2, c, c);
    const u64 z3 = h3 + c;
    s2_0 = shr<54>(z0, z1);
    s2_1 = shr<54>(z1, z2);
    s2_2 = shr<54>(z2, z3);
  }
  // s3 = (4913 (t2 + t3 2^64)) >> 49 (< 2^93).
  u64 s3_0, s3_1;
  {
    u64 h2, h3;
    const u64 w0 = mul_full(t2, 4913, h2);
    const u64 l3 = mul_full(t3, 4913, h3);
    Carry c = 0;
    const u64 w1 = add_carry(l3, h2, 0, c);
    const u64 w2 = h3 + c;
    s3_0 = shr<49>(w0, w1);
    s3_1 = shr<49>(w1, w2);
  }
  // s4 = (83521 t3) >> 44 (< 2^37).
  u64 s4;
  {
    u64 h3;
    const u64 l3 = mul_full(t3, 83521, h3);
    s4 = shr<44>(l3, h3);
  }

  // v = T mod 2^256 + 3P (mod 2^256); independent of the quotient, so off the critical path.
  Carry c = 0;
  u64 v0 = add_carry(T0, 3, 0, c);
  u64 v1 = add_carry(T1, 0, c, c);
  u64 v2 = add_carry(T2, 0, c, c);
  u64 v3 = T3 + 3 * kP3 + c;

  // v = T - q * P + 3P = F + 3P (mod 2^256), which lies in (0, 2^254), with
  // q = t - s1 + s2 - s3 + s4: v - t - s2 - s4 + s3 + s1 - ((q0 * p3) mod 2^64) * 2^192.
  // s1 comes last: it has the longest dependency chain.
  const u64 q0 = t0 + s2_0 + s4 - s1_0 - s3_0;  // modulo 2^64
  Carry b = 0;
  v0 = sub_borrow(v0, t0, 0, b);
  v1 = sub_borrow(v1, t1, b, b);
  v2 = sub_borrow(v2, t2, b, b);
  v3 = v3 - t3 - b;
  v0 = sub_borrow(v0, s2_0, 0, b);
  v1 = sub_borrow(v1, s2_1, b, b);
  v2 = sub_borrow(v2, s2_2, b, b);
  v3 -= b;
  v0 = sub_borrow(v0, s4, 0, b);
  v1 = sub_borrow(v1, 0, b, b);
  v2 = sub_borrow(v2, 0, b, b);
  v3 -= b;
  v0 = add_carry(v0, s3_0, 0, c);
  v1 = add_carry(v1, s3_1, c, c);
  v2 = add_carry(v2, 0, c, c);
  v3 += c;
  v3 -= q0 * kP3;  // wraps modulo 2^64 by design
  v0 = add_carry(v0, s1_0, 0, c);
  v1 = add_carry(v1, s1_1, c, c);
  v2 = add_carry(v2, s1_2, c, c);
  v3 += s1_3 + c;

  // With rho = v mod 2^251 and u = v >> 251: the result is A = rho - u * c when that is
  // non-negative, else B = A + P = rho + 2^251 - (u - 1) * c (then u >= 1). Both candidates
  // are computed independently and selected with conditional moves.
  const u64 u = v3 >> 59;
  const u64 rho3 = v3 & kLow59;
  const u64 a0 = sub_borrow(v0, u, 0, b);
  const u64 a1 = sub_borrow(v1, 0, b, b);
  const u64 a2 = sub_borrow(v2, 0, b, b);
  const u64 a3 = sub_borrow(rho3, u * 17, b, b);
  const bool negative = b != 0;
  const u64 w = u - 1;  // wraps when u == 0; B is then unused
  const u64 b0 = sub_borrow(v0, w, 0, b);
  const u64 b1 = sub_borrow(v1, 0, b, b);
  const u64 b2 = sub_borrow(v2, 0, b, b);
  const u64 b3 = (rho3 | (u64{1} << 59)) - w * 17 - b;
  return Limbs{negative ? b0 : a0, negative ? b1 : a1, negative ? b2 : a2, negative ? b3 : a3};
}

// Reduces a value below 2^256 modulo P (value < 32 P).
inline Limbs reduce_256(const Limbs& x) noexcept {
  // x = u * 2^251 + rho with u <= 31; x - u * P = rho - u * c lies in (-2^201, 2^251).
  const u64 u = x[3] >> 59;
  Limbs r = x;
  r[3] &= kLow59;
  Carry b = 0;
  r[0] = sub_borrow(r[0], u, 0, b);
  r[1] = sub_borrow(r[1], 0, b, b);
  r[2] = sub_borrow(r[2], 0, b, b);
  r[3] = sub_borrow(r[3], u * 17, b, b);
  add_masked_prime(r, u64{0} - b);
  return r;
}

inline bool less_than_prime(const Limbs& x) noexcept {
  Limbs scratch;
  return sub4(scratch, x, Felt::kPrimeLimbs) != 0;
}

inline int compare_limbs(const Limbs& a, const Limbs& b) noexcept {
  for (int i = 3; i >= 0; --i) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// Low limb of a * b + c + d; the high limb goes to hi (the sum cannot overflow 128 bits).
inline u64 mul_add2(u64 a, u64 b, u64 c, u64 d, u64& hi) noexcept {
  u64 h;
  u64 lo = mul_full(a, b, h);
  Carry k = 0;
  lo = add_carry(lo, c, 0, k);
  h += k;
  lo = add_carry(lo, d, 0, k);
  hi = h + k;
  return lo;
}

// One row of the schoolbook product: x * (b0, b1, b2, b3) as five limbs r0..r4.
struct Row {
  u64 r0, r1, r2, r3, r4;
};
[[gnu::always_inline]] inline Row mul_row(u64 x, u64 b0, u64 b1, u64 b2, u64 b3) noexcept {
  u64 h0, h1, h2, h3;
  Row row;
  row.r0 = mul_full(x, b0, h0);
  const u64 l1 = mul_full(x, b1, h1);
  const u64 l2 = mul_full(x, b2, h2);
  const u64 l3 = mul_full(x, b3, h3);
  Carry c = 0;
  row.r1 = add_carry(l1, h0, 0, c);
  row.r2 = add_carry(l2, h1, c, c);
  row.r3 = add_carry(l3, h2, c, c);
  row.r4 = h3 + c;  // x * b < 2^320: no carry out
  return row;
}

// (a * b) mod P: schoolbook 4x4 product, one row per limb of a, each row summed with a
// single carry chain and then accumulated with another; then reduce_wide.
[[gnu::always_inline]] inline Limbs mul_mod(const Limbs& a, const Limbs& b) noexcept {
  const u64 b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3];
  Carry c = 0;
  const Row x0 = mul_row(a[0], b0, b1, b2, b3);
  const u64 T0 = x0.r0;
  const Row x1 = mul_row(a[1], b0, b1, b2, b3);
  const u64 T1 = add_carry(x0.r1, x1.r0, 0, c);
  u64 T2 = add_carry(x0.r2, x1.r1, c, c);
  u64 T3 = add_carry(x0.r3, x1.r2, c, c);
  u64 T4 = add_carry(x0.r4, x1.r3, c, c);
  u64 T5 = x1.r4 + c;  // the partial sum is below 2^384
  const Row x2 = mul_row(a[2], b0, b1, b2, b3);
  T2 = add_carry(T2, x2.r0, 0, c);
  T3 = add_carry(T3, x2.r1, c, c);
  T4 = add_carry(T4, x2.r2, c, c);
  T5 = add_carry(T5, x2.r3, c, c);
  u64 T6 = x2.r4 + c;  // below 2^448
  const Row x3 = mul_row(a[3], b0, b1, b2, b3);
  T3 = add_carry(T3, x3.r0, 0, c);
  T4 = add_carry(T4, x3.r1, c, c);
  T5 = add_carry(T5, x3.r2, c, c);
  T6 = add_carry(T6, x3.r3, c, c);
  const u64 T7 = x3.r4 + c;  // below 2^512
  return reduce_wide(T0, T1, T2, T3, T4, T5, T6, T7);
}

// Division of (hi:lo) by the normalised divisor 10^19 (Möller & Granlund, "Improved
// division by invariant integers", algorithm 4). Requires hi < 10^19.
constexpr u64 kDecChunk = 10000000000000000000ULL;  // 10^19 >= 2^63: already normalised
constexpr u64 kDecChunkInv = static_cast<u64>(~static_cast<u128>(0) / kDecChunk);  // - 2^64
static_assert(kDecChunk >> 63 == 1);

inline u64 div_dec_chunk(u64 hi, u64 lo, u64& rem) noexcept {
  u128 q = static_cast<u128>(kDecChunkInv) * hi;
  q += (static_cast<u128>(hi) << 64) | lo;
  u64 q1 = static_cast<u64>(q >> 64) + 1;
  const u64 q0 = static_cast<u64>(q);
  u64 r = lo - q1 * kDecChunk;
  if (r > q0) {
    --q1;
    r += kDecChunk;
  }
  if (r >= kDecChunk) {
    ++q1;
    r -= kDecChunk;
  }
  rem = r;
  return q1;
}

constexpr u64 kPow10[20] = {1ULL,
                            10ULL,
                            100ULL,
                            1000ULL,
                            10000ULL,
                            100000ULL,
                            1000000ULL,
                            10000000ULL,
                            100000000ULL,
                            1000000000ULL,
                            10000000000ULL,
                            100000000000ULL,
                            1000000000000ULL,
                            10000000000000ULL,
                            100000000000000ULL,
                            1000000000000000ULL,
                            10000000000000000ULL,
                            100000000000000000ULL,
                            1000000000000000000ULL,
                            10000000000000000000ULL};

// acc = (acc * multiplier + addend) mod P, for canonical acc and any 64-bit values.
inline Limbs mul_add_small(const Limbs& acc, u64 multiplier, u64 addend) noexcept {
  u64 c;
  const u64 T0 = mul_add2(acc[0], multiplier, addend, 0, c);
  const u64 T1 = mul_add2(acc[1], multiplier, c, 0, c);
  const u64 T2 = mul_add2(acc[2], multiplier, c, 0, c);
  const u64 T3 = mul_add2(acc[3], multiplier, c, 0, c);
  return reduce_wide(T0, T1, T2, T3, c, 0, 0, 0);
}

inline int hex_digit_value(char ch) noexcept {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// Writes the decimal digits of a value below 10^19 right-aligned into out[0..19) and returns
// the index of the first significant digit (19 for zero).
inline std::size_t format_dec_chunk(u64 value, char (&out)[19]) noexcept {
  std::size_t pos = 19;
  while (value != 0) {
    out[--pos] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return pos;
}

}  // namespace

Felt Felt::from_int64(std::int64_t value) noexcept {
  if (value >= 0) return Felt{static_cast<u64>(value)};
  // Two's-complement magnitude, well defined even for INT64_MIN.
  return -Felt{u64{0} - static_cast<u64>(value)};
}

std::optional<Felt> Felt::from_canonical_limbs(const Limbs& limbs) noexcept {
  if (!less_than_prime(limbs)) return std::nullopt;
  return Felt{limbs, 0};
}

Felt Felt::from_limbs_reduced(const Limbs& limbs) noexcept {
  return Felt{reduce_256(limbs), 0};
}

Felt Felt::from_le_bytes(std::span<const std::uint8_t, 32> bytes) noexcept {
  Limbs limbs{};
  for (std::size_t i = 0; i < 32; ++i) {
    limbs[i / 8] |= static_cast<u64>(bytes[i]) << (8 * (i % 8));
  }
  return from_limbs_reduced(limbs);
}

std::optional<Felt> Felt::parse(std::string_view text) noexcept {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;

  Limbs acc{};
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    text.remove_prefix(2);
    if (text.empty()) return std::nullopt;
    // Chunks of up to 16 hex digits, the first one taking the remainder.
    std::size_t chunk = text.size() % 16;
    if (chunk == 0) chunk = 16;
    bool first = true;
    while (!text.empty()) {
      u64 value = 0;
      for (std::size_t i = 0; i < chunk; ++i) {
        const int digit = hex_digit_value(text[i]);
        if (digit < 0) return std::nullopt;
        value = (value << 4) | static_cast<u64>(digit);
      }
      if (first) {
        acc = Limbs{value, 0, 0, 0};  // below 2^64 < P
        first = false;
      } else {
        // acc * 2^64 + value: shift the limbs up by one and reduce.
        acc = reduce_wide(value, acc[0], acc[1], acc[2], acc[3], 0, 0, 0);
      }
      text.remove_prefix(chunk);
      chunk = 16;
    }
  } else {
    std::size_t chunk = text.size() % 19;
    if (chunk == 0) chunk = 19;
    while (!text.empty()) {
      u64 value = 0;
      for (std::size_t i = 0; i < chunk; ++i) {
        const char ch = text[i];
        if (ch < '0' || ch > '9') return std::nullopt;
        value = value * 10 + static_cast<u64>(ch - '0');
      }
      acc = mul_add_small(acc, kPow10[chunk], value);
      text.remove_prefix(chunk);
      chunk = 19;
    }
  }
  const Felt result{acc, 0};
  return negative ? -result : result;
}

Felt Felt::prime_minus_one() noexcept {
  return Felt{Limbs{0, 0, 0, kP3}, 0};
}

std::pair<Felt, std::uint64_t> Felt::divmod_word(std::uint64_t divisor) const noexcept {
  Limbs quotient{};
  std::size_t top = limbs_.size();
  while (top > 1 && limbs_[top - 1] == 0) --top;
  u128 remainder = 0;
  for (std::size_t i = top; i-- > 0;) {
    const u128 current = (remainder << 64) | limbs_[i];
    quotient[i] = static_cast<std::uint64_t>(current / divisor);
    remainder = current % divisor;
  }
  // The quotient is at most the value: canonical.
  return {Felt{quotient, 0}, static_cast<std::uint64_t>(remainder)};
}

unsigned Felt::bit_length() const noexcept {
  for (int i = 3; i >= 0; --i) {
    if (limbs_[i] != 0) {
      return static_cast<unsigned>(64 * i + 64 - __builtin_clzll(limbs_[i]));
    }
  }
  return 0;
}

Felt Felt::multiply(const Felt& a, const Felt& b) noexcept {
  return Felt{mul_mod(a.limbs_, b.limbs_), 0};
}

std::optional<Felt> Felt::inverse() const noexcept {
  if (is_zero()) return std::nullopt;
  // gcd(a + P, P) = 1 = (a + P) * S + P * T', so S is the inverse of a. Using a + P keeps
  // U >= V with both operands on four limbs, as mpn_gcdext requires.
  mp_limb_t up[4];
  mp_limb_t vp[4];
  {
    Carry c = 0;
    up[0] = add_carry(limbs_[0], kPrimeLimbs[0], 0, c);
    up[1] = add_carry(limbs_[1], kPrimeLimbs[1], c, c);
    up[2] = add_carry(limbs_[2], kPrimeLimbs[2], c, c);
    up[3] = limbs_[3] + kPrimeLimbs[3] + c;
  }
  std::copy(kPrimeLimbs.begin(), kPrimeLimbs.end(), vp);
  mp_limb_t gp[4] = {};
  mp_limb_t sp[5] = {};
  mp_size_t sn = 0;
  const mp_size_t gn = mpn_gcdext(gp, sp, &sn, up, 4, vp, 4);
  if (gn != 1 || gp[0] != 1 || sn == 0) return std::nullopt;  // unreachable: P is prime
  // |S| < P / 2, so it fits in four limbs and is already canonical.
  Limbs s{};
  const mp_size_t abs_sn = sn < 0 ? -sn : sn;
  for (mp_size_t i = 0; i < abs_sn && i < 4; ++i) s[static_cast<std::size_t>(i)] = sp[i];
  const Felt magnitude{s, 0};
  return sn < 0 ? -magnitude : magnitude;
}

std::optional<Felt> Felt::divide(const Felt& divisor) const noexcept {
  const std::optional<Felt> inv = divisor.inverse();
  if (!inv) return std::nullopt;
  return *this * *inv;
}

Felt Felt::pow(const Felt& exponent) const noexcept {
  Felt result = one();
  const unsigned bits = exponent.bit_length();
  for (unsigned i = bits; i-- > 0;) {
    result = result * result;
    if ((exponent.limbs_[i / 64] >> (i % 64)) & 1) result = result * *this;
  }
  return result;
}

std::strong_ordering operator<=>(const Felt& a, const Felt& b) noexcept {
  const int cmp = compare_limbs(a.limbs_, b.limbs_);
  if (cmp < 0) return std::strong_ordering::less;
  if (cmp > 0) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::string Felt::to_dec_string() const {
  // P < 10^76 = (10^19)^4: at most four chunks of 19 digits.
  u64 chunks[4];
  std::size_t count = 0;
  Limbs value = limbs_;
  do {
    u64 rem = 0;
    for (int i = 3; i >= 0; --i) value[i] = div_dec_chunk(rem, value[i], rem);
    chunks[count++] = rem;
  } while ((value[0] | value[1] | value[2] | value[3]) != 0 && count < 4);

  std::string out;
  out.reserve(19 * count);
  char buf[19];
  std::size_t first = format_dec_chunk(chunks[count - 1], buf);
  if (first == 19) {  // the value zero
    first = 18;
    buf[18] = '0';
  }
  out.append(buf + first, buf + 19);
  for (std::size_t k = count - 1; k-- > 0;) {
    std::memset(buf, '0', sizeof buf);
    format_dec_chunk(chunks[k], buf);
    out.append(buf, buf + 19);
  }
  return out;
}

std::string Felt::to_hex_string() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "0x";
  const unsigned bits = bit_length();
  if (bits == 0) return "0x0";
  out.reserve(2 + (bits + 3) / 4);
  for (unsigned nibble = (bits + 3) / 4; nibble-- > 0;) {
    const u64 digit = (limbs_[nibble / 16] >> (4 * (nibble % 16))) & 0xF;
    out.push_back(kDigits[digit]);
  }
  return out;
}

std::string Felt::to_signed_dec_string() const {
  if (!is_negative_signed()) return to_dec_string();
  const std::string magnitude = (-*this).to_dec_string();
  std::string out;
  out.reserve(magnitude.size() + 1);
  out.push_back('-');
  out.append(magnitude);
  return out;
}

bool Felt::is_negative_signed() const noexcept {
  return compare_limbs(limbs_, kHalfPrime) > 0;
}

std::array<std::uint8_t, 32> Felt::to_le_bytes() const noexcept {
  std::array<std::uint8_t, 32> bytes{};
  for (std::size_t i = 0; i < 32; ++i) {
    bytes[i] = static_cast<std::uint8_t>(limbs_[i / 8] >> (8 * (i % 8)));
  }
  return bytes;
}

}  // namespace cairovm
