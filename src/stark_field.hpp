// Elements of the Cairo field in Montgomery form, for the hash and curve code of the builtins.
//
// Felt is the VM's value type and keeps values canonical; the builtins' cryptography (Pedersen,
// EC operations, ECDSA, Poseidon) chains thousands of multiplications per call, so it works on
// this type instead and converts at the edges. The prime's shape, P = 1 + P3 * 2^192, makes the
// Montgomery reduction a single step (see mont_reduce).
#pragma once

#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "cairovm/felt.hpp"
#include "cairovm/felt_limbs.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#define CAIROVM_MONT_ADX 1
#include <cpuid.h>
#else
#define CAIROVM_MONT_ADX 0
#endif

namespace cairovm {

#if CAIROVM_MONT_ADX
/// Whether the Montgomery products use the mulx/adcx/adox code: the CPU has BMI2 and ADX, and
/// the environment variable CAIROVM_NO_ADX is not set (which the tests use to check the portable
/// code on such CPUs). Read once at start-up; the products test it every time, a branch that
/// never changes direction.
inline const bool cpu_has_mulx_adx = [] {
  const char* off = std::getenv("CAIROVM_NO_ADX");
  if (off != nullptr && *off != '\0') return false;
  // CPUID leaf 7: EBX bit 8 is BMI2, bit 19 is ADX. (clang 14 knows no "adx" for
  // __builtin_cpu_supports.)
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
  return (ebx & (1U << 8)) != 0 && (ebx & (1U << 19)) != 0;
}();
#endif

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
  // Limb by limb: the defaulted comparison of the arrays became a call to memcmp.
  friend bool operator==(const MontFelt& a, const MontFelt& b) noexcept {
    return limbs::equal(a.limbs_, b.limbs_);
  }

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

  /// Arithmetic on Montgomery representations that are not reduced below P, for long chains
  /// such as the Poseidon permutation: each step's bound is in its comment, in multiples of P.
  /// Skipping the conditional subtractions (and their carry chains) of every addition and
  /// product makes a Poseidon permutation about a third faster.
  struct Lazy {
    /// a * b / 2^256 mod P for a, b < 3P: below 1.3P.
    [[gnu::always_inline]] static Limbs mul(const Limbs& a, const Limbs& b) noexcept {
#if CAIROVM_MONT_ADX
      if (cpu_has_mulx_adx) return mont_mul_adx(a, b);
#endif
      std::uint64_t t[8];
      mul_wide(a, b, t);
      return mont_reduce_partial(t);
    }
    /// a^2 / 2^256 mod P for a < 3P: below 1.3P.
    [[gnu::always_inline]] static Limbs square(const Limbs& a) noexcept {
#if CAIROVM_MONT_ADX
      if (cpu_has_mulx_adx) return mont_square_adx(a);
#endif
      std::uint64_t t[8];
      square_wide(a, t);
      return mont_reduce_partial(t);
    }
    /// a + b without reduction; the caller keeps the sum below 2^256.
    [[gnu::always_inline]] static Limbs add(const Limbs& a, const Limbs& b) noexcept {
      Limbs s;
      limbs::Carry c = 0;
      s[0] = limbs::add_carry(a[0], b[0], 0, c);
      s[1] = limbs::add_carry(a[1], b[1], c, c);
      s[2] = limbs::add_carry(a[2], b[2], c, c);
      s[3] = a[3] + b[3] + c;
      return s;
    }
    /// a - b for a >= b.
    [[gnu::always_inline]] static Limbs sub(const Limbs& a, const Limbs& b) noexcept {
      Limbs d;
      (void)sub4(d, a, b);
      return d;
    }
    /// A value below 2^256 brought below 2P (same residue): q = floor(a / 2^251) estimates the
    /// quotient by P from the top limb alone, and a - (q - 1) * P lies in [0, 2P). Cheaper
    /// than reducing each addition: no comparison, one borrow chain.
    [[gnu::always_inline]] static Limbs fold(const Limbs& a) noexcept {
      std::uint64_t q = a[3] >> 59;
      q -= (q != 0);  // q <= 30, so q * P3 < 2^64
      Limbs r;
      limbs::Carry b = 0;
      r[0] = limbs::sub_borrow(a[0], q, 0, b);
      r[1] = limbs::sub_borrow(a[1], 0, b, b);
      r[2] = limbs::sub_borrow(a[2], 0, b, b);
      r[3] = a[3] - q * kP[3] - b;
      return r;
    }
    /// k * P for small k, the offsets that keep differences non-negative.
    static constexpr Limbs multiple_of_p(std::uint64_t k) noexcept {
      return {k, 0, 0, k * kP[3]};
    }
  };
  /// The element whose Montgomery representation is `limbs`, below 2P.
  static MontFelt from_lazy(const Limbs& limbs) noexcept {
    return MontFelt{reduce_once(limbs)};
  }

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
    return reduce_once(Lazy::add(a, b));  // a + b < 2P < 2^253: no carry out of limb 3
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

#if CAIROVM_MONT_ADX
#define CAIROVM_MONT_PRODUCT_ROW(A, T0, T1, T2, T3, T4) \
  "mov " A                                              \
  ", %%rdx\n\t"                                         \
  "xor %k[lo], %k[lo]\n\t"                              \
  "mulx 0(%[b]), %[lo], %[hi]\n\t"                      \
  "adox %[lo], " T0                                     \
  "\n\t"                                                \
  "adcx %[hi], " T1                                     \
  "\n\t"                                                \
  "mulx 8(%[b]), %[lo], %[hi]\n\t"                      \
  "adox %[lo], " T1                                     \
  "\n\t"                                                \
  "adcx %[hi], " T2                                     \
  "\n\t"                                                \
  "mulx 16(%[b]), %[lo], %[hi]\n\t"                     \
  "adox %[lo], " T2                                     \
  "\n\t"                                                \
  "adcx %[hi], " T3                                     \
  "\n\t"                                                \
  "mulx 24(%[b]), %[lo], " T4                           \
  "\n\t"                                                \
  "adox %[lo], " T3                                     \
  "\n\t"                                                \
  "mov $0, %[lo]\n\t"                                   \
  "adcx %[lo], " T4                                     \
  "\n\t"                                                \
  "adox %[lo], " T4 "\n\t"
  // The Montgomery product in one asm block with mulx (BMI2) and two carry chains (adcx/adox,
  // ADX): GCC 12 compiles the C++ of mul_wide and mont_reduce with flags saved through setb
  // and limbs spilled to the stack (a Poseidon permutation took 4.5 us; 2.8 us from clang).
  //
  // The reduction is mont_reduce_partial's: M = c * 2^192 - L (mod 2^256) with c = L[0] * P3,
  // whose borrow is the carry k of L + M; then T / 2^256 = H + (M * P3) / 2^64 + k + [c != 0].
  // In: t0..t7 = T. Out: t4..t7. Clobbers the other t, lo, hi, rdx and the flags.
#define CAIROVM_MONT_REDUCE                                               \
  "movabs $0x0800000000000011, %%rdx\n\t" /* P3 */                        \
  "mov %[t0], %[hi]\n\t"                                                  \
  "imul %%rdx, %[hi]\n\t" /* hi = c */                                    \
  "neg %[t0]\n\t"         /* t0 = m0, CF = borrow */                      \
  "mov $0, %[lo]\n\t"                                                     \
  "sbb %[t1], %[lo]\n\t" /* lo = m1 */                                    \
  "mov $0, %[t1]\n\t"                                                     \
  "sbb %[t2], %[t1]\n\t" /* t1 = m2 */                                    \
  "mov %[hi], %[t2]\n\t"                                                  \
  "sbb %[t3], %[t2]\n\t" /* t2 = m3 */                                    \
  "sbb %[t3], %[t3]\n\t" /* t3 = -k */                                    \
  "neg %[hi]\n\t"        /* CF = [c != 0] */                              \
  "sbb %[hi], %[hi]\n\t"                                                  \
  "add %[hi], %[t3]\n\t"         /* t3 = -(k + [c != 0]) */               \
  "mulx %[t0], %[t0], %[hi]\n\t" /* hi = high half of m0 * P3 (< 2^60) */ \
  "sub %[t3], %[hi]\n\t"                                                  \
  "xor %k[t0], %k[t0]\n\t" /* t0 = 0, CF = OF = 0 */                      \
  "adox %[hi], %[t4]\n\t"                                                 \
  "mulx %[lo], %[lo], %[t3]\n\t"                                          \
  "adcx %[lo], %[t4]\n\t"                                                 \
  "adox %[t3], %[t5]\n\t"                                                 \
  "mulx %[t1], %[lo], %[t3]\n\t"                                          \
  "adcx %[lo], %[t5]\n\t"                                                 \
  "adox %[t3], %[t6]\n\t"                                                 \
  "mulx %[t2], %[lo], %[t3]\n\t"                                          \
  "adcx %[lo], %[t6]\n\t"                                                 \
  "adox %[t3], %[t7]\n\t"                                                 \
  "adcx %[t0], %[t7]\n\t"

  // a * b / 2^256 mod P below a * b / 2^256 + P (mont_mul_partial's bound).
  [[gnu::always_inline]] static Limbs mont_mul_adx(const Limbs& a, const Limbs& b) noexcept {
    u64 t0, t1, t2, t3, t4, t5, t6, t7, lo, hi;
    asm("mov 0(%[a]), %%rdx\n\t"
        "mulx 0(%[b]), %[t0], %[t1]\n\t"
        "mulx 8(%[b]), %[lo], %[t2]\n\t"
        "add %[lo], %[t1]\n\t"
        "mulx 16(%[b]), %[lo], %[t3]\n\t"
        "adc %[lo], %[t2]\n\t"
        "mulx 24(%[b]), %[lo], %[t4]\n\t"
        "adc %[lo], %[t3]\n\t"
        "adc $0, %[t4]\n\t" CAIROVM_MONT_PRODUCT_ROW("8(%[a])", "%[t1]", "%[t2]", "%[t3]", "%[t4]",
                                                     "%[t5]")
            CAIROVM_MONT_PRODUCT_ROW("16(%[a])", "%[t2]", "%[t3]", "%[t4]", "%[t5]", "%[t6]")
                CAIROVM_MONT_PRODUCT_ROW("24(%[a])", "%[t3]", "%[t4]", "%[t5]", "%[t6]", "%[t7]")
                    CAIROVM_MONT_REDUCE
        : [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2), [t3] "=&r"(t3), [t4] "=&r"(t4),
          [t5] "=&r"(t5), [t6] "=&r"(t6), [t7] "=&r"(t7), [lo] "=&r"(lo), [hi] "=&r"(hi)
        : [a] "r"(a.data()), [b] "r"(b.data()), "m"(a), "m"(b)
        : "rdx", "cc");
    return {t4, t5, t6, t7};
  }

  // a^2 the same way: the six cross products once, doubled on the OF chain while the diagonal
  // squares go in on the CF chain.
  [[gnu::always_inline]] static Limbs mont_square_adx(const Limbs& a) noexcept {
    u64 t0, t1, t2, t3, t4, t5, t6, t7, lo, hi;
    asm("mov 0(%[a]), %%rdx\n\t"
        "mulx 8(%[a]), %[t1], %[t2]\n\t"
        "mulx 16(%[a]), %[lo], %[t3]\n\t"
        "add %[lo], %[t2]\n\t"
        "mulx 24(%[a]), %[lo], %[t4]\n\t"
        "adc %[lo], %[t3]\n\t"
        "adc $0, %[t4]\n\t"
        "mov 8(%[a]), %%rdx\n\t"
        "xor %k[lo], %k[lo]\n\t"
        "mulx 16(%[a]), %[lo], %[hi]\n\t"
        "adox %[lo], %[t3]\n\t"
        "adcx %[hi], %[t4]\n\t"
        "mulx 24(%[a]), %[lo], %[t5]\n\t"
        "adox %[lo], %[t4]\n\t"
        "mov $0, %[lo]\n\t"
        "adcx %[lo], %[t5]\n\t"
        "adox %[lo], %[t5]\n\t"
        "mov 16(%[a]), %%rdx\n\t"
        "mulx 24(%[a]), %[lo], %[t6]\n\t"
        "add %[lo], %[t5]\n\t"
        "adc $0, %[t6]\n\t"
        "xor %k[t7], %k[t7]\n\t"
        "mov 0(%[a]), %%rdx\n\t"
        "mulx %%rdx, %[t0], %[hi]\n\t"
        "adox %[t1], %[t1]\n\t"
        "adcx %[hi], %[t1]\n\t"
        "mov 8(%[a]), %%rdx\n\t"
        "mulx %%rdx, %[lo], %[hi]\n\t"
        "adox %[t2], %[t2]\n\t"
        "adcx %[lo], %[t2]\n\t"
        "adox %[t3], %[t3]\n\t"
        "adcx %[hi], %[t3]\n\t"
        "mov 16(%[a]), %%rdx\n\t"
        "mulx %%rdx, %[lo], %[hi]\n\t"
        "adox %[t4], %[t4]\n\t"
        "adcx %[lo], %[t4]\n\t"
        "adox %[t5], %[t5]\n\t"
        "adcx %[hi], %[t5]\n\t"
        "mov 24(%[a]), %%rdx\n\t"
        "mulx %%rdx, %[lo], %[hi]\n\t"
        "adox %[t6], %[t6]\n\t"
        "adcx %[lo], %[t6]\n\t"
        "adox %[t7], %[t7]\n\t"
        "adcx %[hi], %[t7]\n\t" CAIROVM_MONT_REDUCE
        : [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2), [t3] "=&r"(t3), [t4] "=&r"(t4),
          [t5] "=&r"(t5), [t6] "=&r"(t6), [t7] "=&r"(t7), [lo] "=&r"(lo), [hi] "=&r"(hi)
        : [a] "r"(a.data()), "m"(a)
        : "rdx", "cc");
    return {t4, t5, t6, t7};
  }
#undef CAIROVM_MONT_REDUCE
#undef CAIROVM_MONT_PRODUCT_ROW
#endif

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
    return reduce_once(mont_reduce_partial(t));
  }

  // mont_reduce without its final subtraction: T / 2^256 mod P as a value below T / 2^256 + P
  // (below 2P for T < P^2, below 1.3P for T < 9P^2).
  [[gnu::always_inline]] static Limbs mont_reduce_partial(const u64 t[8]) noexcept {
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
    return r;
  }

  // a * b / 2^256 mod P for canonical a and b.
  [[gnu::always_inline]] static Limbs mont_mul(const Limbs& a, const Limbs& b) noexcept {
#if CAIROVM_MONT_ADX
    if (cpu_has_mulx_adx) return reduce_once(mont_mul_adx(a, b));
#endif
    u64 t[8];
    mul_wide(a, b, t);
    return mont_reduce(t);
  }

  [[gnu::always_inline]] static Limbs mont_square(const Limbs& a) noexcept {
#if CAIROVM_MONT_ADX
    if (cpu_has_mulx_adx) return reduce_once(mont_square_adx(a));
#endif
    u64 t[8];
    square_wide(a, t);
    return mont_reduce(t);
  }

  Limbs limbs_{};
};

}  // namespace cairovm
