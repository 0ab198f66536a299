// Property tests for cairovm::Felt with GMP's mpz as the oracle.

#include "cairovm/felt.hpp"

#include <gmp.h>
#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using cairovm::Felt;

// Minimal RAII wrapper around mpz_t.
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  explicit Mpz(const char* text, int base = 0) { mpz_init_set_str(value_, text, base); }
  Mpz(const Mpz& other) { mpz_init_set(value_, other.value_); }
  Mpz& operator=(const Mpz& other) {
    mpz_set(value_, other.value_);
    return *this;
  }
  ~Mpz() { mpz_clear(value_); }

  mpz_ptr get() { return value_; }
  mpz_srcptr get() const { return value_; }

  std::string str(int base = 10) const {
    std::vector<char> buf(mpz_sizeinbase(value_, base) + 2);
    mpz_get_str(buf.data(), base, value_);
    return std::string(buf.data());
  }

 private:
  mpz_t value_;
};

const Mpz& prime() {
  static const Mpz p = [] {
    Mpz v;
    mpz_ui_pow_ui(v.get(), 2, 251);
    Mpz term;
    mpz_ui_pow_ui(term.get(), 2, 192);
    mpz_addmul_ui(v.get(), term.get(), 17);
    mpz_add_ui(v.get(), v.get(), 1);
    return v;
  }();
  return p;
}

Mpz limbs_to_mpz(const Felt::Limbs& limbs) {
  Mpz z;
  mpz_import(z.get(), limbs.size(), -1, sizeof(std::uint64_t), 0, 0, limbs.data());
  return z;
}

Mpz to_mpz(const Felt& f) {
  return limbs_to_mpz(f.limbs());
}

// Low 256 bits of a non-negative mpz as limbs.
Felt::Limbs mpz_to_limbs(const Mpz& z) {
  Mpz low;
  mpz_fdiv_r_2exp(low.get(), z.get(), 256);
  Felt::Limbs limbs{};
  std::size_t count = 0;
  mpz_export(limbs.data(), &count, -1, sizeof(std::uint64_t), 0, 0, low.get());
  return limbs;
}

Mpz mod_p(const Mpz& z) {
  Mpz r;
  mpz_mod(r.get(), z.get(), prime().get());
  return r;
}

Felt from_mpz(const Mpz& z) {
  const std::optional<Felt> f = Felt::from_canonical_limbs(mpz_to_limbs(mod_p(z)));
  EXPECT_TRUE(f.has_value());
  return f.value_or(Felt{});
}

// Prefix + text without `const char* + std::string&&`, which trips GCC 12's -Wrestrict
// false positive at -O3.
std::string prefixed(std::string_view prefix, const std::string& text) {
  std::string out(prefix);
  out.append(text);
  return out;
}

Mpz pow2(unsigned e) {
  Mpz z;
  mpz_ui_pow_ui(z.get(), 2, e);
  return z;
}

Mpz p_minus(unsigned long k) {
  Mpz z;
  mpz_sub_ui(z.get(), prime().get(), k);
  return z;
}

// Edge values plus thousands of deterministic random ones.
std::vector<Felt> test_values() {
  std::vector<Felt> values;
  auto add = [&](const Mpz& z) { values.push_back(from_mpz(z)); };

  Mpz half;  // (P - 1) / 2
  mpz_sub_ui(half.get(), prime().get(), 1);
  mpz_fdiv_q_2exp(half.get(), half.get(), 1);
  Mpz half_up;  // (P + 1) / 2
  mpz_add_ui(half_up.get(), half.get(), 1);

  for (unsigned long k = 0; k < 5; ++k) values.push_back(Felt{k});
  add(p_minus(1));
  add(p_minus(2));
  add(p_minus(3));
  add(half);
  add(half_up);
  Mpz half_down;
  mpz_sub_ui(half_down.get(), half.get(), 1);
  add(half_down);
  values.push_back(Felt{~std::uint64_t{0}});
  for (unsigned e : {63u, 64u, 127u, 128u, 191u, 192u, 193u, 250u, 251u}) {
    add(pow2(e));
    Mpz m = pow2(e);
    mpz_sub_ui(m.get(), m.get(), 1);
    add(m);
  }
  Mpz top = pow2(251);  // 2^251 + 17 * 2^192 = P - 1, and its neighbours
  mpz_addmul_ui(top.get(), pow2(192).get(), 17);
  add(top);
  mpz_sub_ui(top.get(), top.get(), 1);
  add(top);
  Mpz top2 = pow2(251);  // 2^251 + 2^192 and 2^251 + 16 * 2^192 - 1
  mpz_add(top2.get(), top2.get(), pow2(192).get());
  add(top2);
  mpz_addmul_ui(top2.get(), pow2(192).get(), 15);
  mpz_sub_ui(top2.get(), top2.get(), 1);
  add(top2);

  std::mt19937_64 rng(0xFE17'C0DEULL);
  for (int i = 0; i < 1500; ++i) {
    Felt::Limbs limbs{rng(), rng(), rng(), rng()};
    values.push_back(Felt::from_limbs_reduced(limbs));
  }
  for (int i = 0; i < 300; ++i) add(p_minus(1 + rng() % 1'000'000));  // near P
  for (int i = 0; i < 200; ++i) {                                     // near (P - 1) / 2
    Mpz z;
    mpz_add_ui(z.get(), half.get(), rng() % 1000);
    mpz_sub_ui(z.get(), z.get(), 500);
    add(z);
  }
  for (int i = 0; i < 300; ++i) {  // random bit lengths
    Felt::Limbs limbs{rng(), rng(), rng(), rng()};
    const unsigned bits = static_cast<unsigned>(rng() % 252);
    for (unsigned b = bits; b < 256; ++b) limbs[b / 64] &= ~(std::uint64_t{1} << (b % 64));
    values.push_back(Felt::from_limbs_reduced(limbs));
  }
  for (int i = 0; i < 200; ++i) {  // sparse: few set bits, and all-ones patterns per limb
    Felt::Limbs limbs{};
    for (int k = 0; k < 3; ++k) {
      const unsigned b = static_cast<unsigned>(rng() % 252);
      limbs[b / 64] |= std::uint64_t{1} << (b % 64);
    }
    if (i % 2) limbs[rng() % 3] = ~std::uint64_t{0};
    values.push_back(Felt::from_limbs_reduced(limbs));
  }
  return values;
}

const std::vector<Felt>& values() {
  static const std::vector<Felt> v = test_values();
  return v;
}

// Pairs (a, b) drawn from the value list: every value against a few partners.
template <typename Fn>
void for_pairs(Fn&& fn) {
  const auto& v = values();
  std::mt19937_64 rng(12345);
  for (std::size_t i = 0; i < v.size(); ++i) {
    fn(v[i], v[i]);
    fn(v[i], v[(i + 1) % v.size()]);
    for (int k = 0; k < 3; ++k) fn(v[i], v[rng() % v.size()]);
  }
  // All pairs among the leading edge values.
  for (std::size_t i = 0; i < 40; ++i)
    for (std::size_t j = 0; j < 40; ++j) fn(v[i], v[j]);
}

TEST(FeltTest, ValuesAreCanonical) {
  for (const Felt& f : values()) {
    ASSERT_LT(mpz_cmp(to_mpz(f).get(), prime().get()), 0);
  }
  EXPECT_GT(values().size(), 2000u);
}

TEST(FeltTest, Constants) {
  EXPECT_EQ(limbs_to_mpz(Felt::kPrimeLimbs).str(), prime().str());
  EXPECT_EQ(to_mpz(Felt::prime_minus_one()).str(), p_minus(1).str());
  EXPECT_TRUE(Felt::zero().is_zero());
  EXPECT_FALSE(Felt::one().is_zero());
  EXPECT_EQ(Felt::one().limbs(), (Felt::Limbs{1, 0, 0, 0}));
  EXPECT_EQ(Felt{}, Felt::zero());
  EXPECT_EQ(Felt::prime_minus_one() + Felt::one(), Felt::zero());
  EXPECT_EQ(Felt{42}.to_u64(), std::optional<std::uint64_t>{42});
  EXPECT_EQ(Felt::prime_minus_one().to_u64(), std::nullopt);
  EXPECT_EQ(Felt::from_limbs_reduced({0, 1, 0, 0}).to_u64(), std::nullopt);
}

TEST(FeltTest, Add) {
  for_pairs([](const Felt& a, const Felt& b) {
    Mpz expect;
    mpz_add(expect.get(), to_mpz(a).get(), to_mpz(b).get());
    ASSERT_EQ(to_mpz(a + b).str(), mod_p(expect).str())
        << a.to_hex_string() << " + " << b.to_hex_string();
    Felt c = a;
    c += b;
    ASSERT_EQ(c, a + b);
    ASSERT_EQ(a + b, b + a);
  });
}

TEST(FeltTest, Sub) {
  for_pairs([](const Felt& a, const Felt& b) {
    Mpz expect;
    mpz_sub(expect.get(), to_mpz(a).get(), to_mpz(b).get());
    ASSERT_EQ(to_mpz(a - b).str(), mod_p(expect).str())
        << a.to_hex_string() << " - " << b.to_hex_string();
    Felt c = a;
    c -= b;
    ASSERT_EQ(c, a - b);
    ASSERT_EQ((a - b) + b, a);
  });
}

TEST(FeltTest, Neg) {
  EXPECT_EQ(-Felt::zero(), Felt::zero());
  EXPECT_EQ(-Felt::one(), Felt::prime_minus_one());
  for (const Felt& a : values()) {
    Mpz expect;
    mpz_neg(expect.get(), to_mpz(a).get());
    ASSERT_EQ(to_mpz(-a).str(), mod_p(expect).str()) << a.to_hex_string();
    ASSERT_EQ(-(-a), a);
    ASSERT_TRUE((a + -a).is_zero());
  }
}

TEST(FeltTest, Mul) {
  for_pairs([](const Felt& a, const Felt& b) {
    Mpz expect;
    mpz_mul(expect.get(), to_mpz(a).get(), to_mpz(b).get());
    ASSERT_EQ(to_mpz(a * b).str(), mod_p(expect).str())
        << a.to_hex_string() << " * " << b.to_hex_string();
    Felt c = a;
    c *= b;
    ASSERT_EQ(c, a * b);
    ASSERT_EQ(a * b, b * a);
  });
}

TEST(FeltTest, MulOfOneWordValuesIsExact) {
  // Values below 2^64 multiply without reduction: the product keeps all of its 128 bits.
  const std::uint64_t max = ~std::uint64_t{0};
  const Felt square = Felt{max} * Felt{max};  // 2^128 - 2^65 + 1
  EXPECT_EQ(square.limbs(), (Felt::Limbs{1, max - 1, 0, 0}));
  EXPECT_EQ(Felt{0} * Felt{max}, Felt{0});
  std::mt19937_64 rng(11);
  for (int i = 0; i < 1000; ++i) {
    const Felt a{rng()}, b{rng() >> (i % 64)};
    Mpz expect;
    mpz_mul(expect.get(), to_mpz(a).get(), to_mpz(b).get());
    ASSERT_EQ(to_mpz(a * b).str(), expect.str()) << a.to_hex_string() << " * " << b.to_hex_string();
  }
}

TEST(FeltTest, MulChainMatchesMpz) {
  // A long dependent chain catches any non-canonical intermediate result.
  std::mt19937_64 rng(7);
  Felt x = Felt::from_limbs_reduced({rng(), rng(), rng(), rng()});
  Mpz xm = to_mpz(x);
  for (int i = 0; i < 20000; ++i) {
    const Felt y = Felt::from_limbs_reduced({rng(), rng(), rng(), rng()});
    x = x * y + Felt{static_cast<std::uint64_t>(i)};
    mpz_mul(xm.get(), xm.get(), to_mpz(y).get());
    mpz_add_ui(xm.get(), xm.get(), static_cast<unsigned long>(i));
    mpz_mod(xm.get(), xm.get(), prime().get());
    ASSERT_EQ(to_mpz(x).str(), xm.str()) << "step " << i;
  }
}

TEST(FeltTest, SquaresOfExtremes) {
  // (P - k)^2 for small k and products of values just under P stress the reduction's
  // correction steps.
  for (unsigned long k = 1; k < 3000; ++k) {
    const Felt a = from_mpz(p_minus(k));
    const Felt b = from_mpz(p_minus(k * 7919 % 100'003 + 1));
    Mpz expect;
    mpz_mul(expect.get(), to_mpz(a).get(), to_mpz(b).get());
    ASSERT_EQ(to_mpz(a * b).str(), mod_p(expect).str()) << k;
    mpz_mul(expect.get(), to_mpz(a).get(), to_mpz(a).get());
    ASSERT_EQ(to_mpz(a * a).str(), mod_p(expect).str()) << k;
  }
}

TEST(FeltTest, Inverse) {
  EXPECT_EQ(Felt::zero().inverse(), std::nullopt);
  EXPECT_EQ(Felt::one().inverse(), Felt::one());
  EXPECT_EQ(Felt::prime_minus_one().inverse(), Felt::prime_minus_one());
  for (const Felt& a : values()) {
    if (a.is_zero()) continue;
    const std::optional<Felt> inv = a.inverse();
    ASSERT_TRUE(inv.has_value()) << a.to_hex_string();
    ASSERT_EQ(a * *inv, Felt::one()) << a.to_hex_string();
    Mpz expect;
    ASSERT_NE(mpz_invert(expect.get(), to_mpz(a).get(), prime().get()), 0);
    ASSERT_EQ(to_mpz(*inv).str(), expect.str()) << a.to_hex_string();
    ASSERT_LT(mpz_cmp(to_mpz(*inv).get(), prime().get()), 0);
  }
}

TEST(FeltTest, Divide) {
  for_pairs([](const Felt& a, const Felt& b) {
    const std::optional<Felt> q = a.divide(b);
    if (b.is_zero()) {
      ASSERT_EQ(q, std::nullopt);
      return;
    }
    ASSERT_TRUE(q.has_value());
    ASSERT_EQ(*q * b, a) << a.to_hex_string() << " / " << b.to_hex_string();
  });
  EXPECT_EQ(Felt{6}.divide(Felt{3}), Felt{2});
  EXPECT_EQ(Felt{1}.divide(Felt{0}), std::nullopt);
  EXPECT_EQ(Felt{0}.divide(Felt{0}), std::nullopt);
}

TEST(FeltTest, Pow) {
  EXPECT_EQ(Felt{0}.pow(std::uint64_t{0}), Felt::one());  // like Python's pow(0, 0, P)
  EXPECT_EQ(Felt{0}.pow(std::uint64_t{5}), Felt::zero());
  EXPECT_EQ(Felt{3}.pow(std::uint64_t{4}), Felt{81});
  EXPECT_EQ(Felt{2}.pow(std::uint64_t{64}), Felt::from_limbs_reduced({0, 1, 0, 0}));
  std::mt19937_64 rng(99);
  const auto& v = values();
  for (std::size_t i = 0; i < v.size(); i += 3) {
    const Felt& base = v[i];
    const Felt& exponent = v[rng() % v.size()];
    Mpz expect;
    mpz_powm(expect.get(), to_mpz(base).get(), to_mpz(exponent).get(), prime().get());
    ASSERT_EQ(to_mpz(base.pow(exponent)).str(), expect.str())
        << base.to_hex_string() << " ^ " << exponent.to_hex_string();
    const std::uint64_t small = rng() % 100'000;
    mpz_powm_ui(expect.get(), to_mpz(base).get(), small, prime().get());
    ASSERT_EQ(to_mpz(base.pow(small)).str(), expect.str());
  }
  // Fermat: a^(P-1) = 1 and a^(P-2) = a^-1 for nonzero a.
  for (std::size_t i = 0; i < 50; ++i) {
    const Felt& a = v[i];
    if (a.is_zero()) continue;
    EXPECT_EQ(a.pow(Felt::prime_minus_one()), Felt::one());
    EXPECT_EQ(a.pow(Felt::prime_minus_one() - Felt::one()), a.inverse());
  }
}

TEST(FeltTest, Comparisons) {
  EXPECT_LT(Felt{1}, Felt{2});
  EXPECT_LT(Felt{~std::uint64_t{0}}, Felt::from_limbs_reduced({0, 1, 0, 0}));
  EXPECT_GT(Felt::prime_minus_one(), Felt::from_limbs_reduced({~0ULL, ~0ULL, ~0ULL, 0}));
  for_pairs([](const Felt& a, const Felt& b) {
    const int expect = mpz_cmp(to_mpz(a).get(), to_mpz(b).get());
    const std::strong_ordering got = a <=> b;
    ASSERT_EQ(got < 0, expect < 0);
    ASSERT_EQ(got == 0, expect == 0);
    ASSERT_EQ(got > 0, expect > 0);
    ASSERT_EQ(a == b, expect == 0);
    ASSERT_EQ(a != b, expect != 0);
    ASSERT_EQ(a <= b, expect <= 0);
    ASSERT_EQ(a >= b, expect >= 0);
  });
}

TEST(FeltTest, BitLength) {
  EXPECT_EQ(Felt::zero().bit_length(), 0u);
  EXPECT_EQ(Felt::one().bit_length(), 1u);
  EXPECT_EQ(Felt::prime_minus_one().bit_length(), 252u);
  for (const Felt& a : values()) {
    const unsigned expect =
        a.is_zero() ? 0u : static_cast<unsigned>(mpz_sizeinbase(to_mpz(a).get(), 2));
    ASSERT_EQ(a.bit_length(), expect) << a.to_hex_string();
  }
}

TEST(FeltTest, DecimalAndHexStrings) {
  EXPECT_EQ(Felt::zero().to_dec_string(), "0");
  EXPECT_EQ(Felt::zero().to_hex_string(), "0x0");
  EXPECT_EQ(Felt{255}.to_hex_string(), "0xff");
  EXPECT_EQ(Felt{10000000000000000000ULL}.to_dec_string(), "10000000000000000000");
  EXPECT_EQ(Felt::prime_minus_one().to_hex_string(),
            "0x800000000000011000000000000000000000000000000000000000000000000");
  EXPECT_EQ(Felt::prime_minus_one().to_dec_string(),
            "3618502788666131213697322783095070105623107215331596699973092056135872020480");
  for (const Felt& a : values()) {
    const Mpz z = to_mpz(a);
    ASSERT_EQ(a.to_dec_string(), z.str(10));
    ASSERT_EQ(a.to_hex_string(), prefixed("0x", z.str(16)));
  }
  // Powers of ten around the 10^19 chunk boundaries.
  for (unsigned e = 0; e < 76; ++e) {
    Mpz z;
    mpz_ui_pow_ui(z.get(), 10, e);
    for (long d : {-1L, 0L, 1L}) {
      Mpz w = z;
      if (d < 0) mpz_sub_ui(w.get(), w.get(), 1);
      if (d > 0) mpz_add_ui(w.get(), w.get(), 1);
      const Felt f = from_mpz(w);
      ASSERT_EQ(f.to_dec_string(), mod_p(w).str(10)) << e << " " << d;
    }
  }
}

TEST(FeltTest, SignedStrings) {
  EXPECT_EQ(Felt::prime_minus_one().to_signed_dec_string(), "-1");
  EXPECT_TRUE(Felt::prime_minus_one().is_negative_signed());
  EXPECT_EQ(Felt::zero().to_signed_dec_string(), "0");
  EXPECT_FALSE(Felt::zero().is_negative_signed());
  EXPECT_EQ(Felt::from_int64(-12345).to_signed_dec_string(), "-12345");

  Mpz half;
  mpz_sub_ui(half.get(), prime().get(), 1);
  mpz_fdiv_q_2exp(half.get(), half.get(), 1);
  const Felt half_felt = from_mpz(half);
  EXPECT_FALSE(half_felt.is_negative_signed());
  EXPECT_EQ(half_felt.to_signed_dec_string(), half.str());
  EXPECT_TRUE((half_felt + Felt::one()).is_negative_signed());
  EXPECT_EQ((half_felt + Felt::one()).to_signed_dec_string(), prefixed("-", half.str()));

  for (const Felt& a : values()) {
    const Mpz z = to_mpz(a);
    const bool negative = mpz_cmp(z.get(), half.get()) > 0;
    ASSERT_EQ(a.is_negative_signed(), negative) << a.to_hex_string();
    Mpz signed_value = z;
    if (negative) mpz_sub(signed_value.get(), signed_value.get(), prime().get());
    ASSERT_EQ(a.to_signed_dec_string(), signed_value.str(10));
  }
}

TEST(FeltTest, LeBytesRoundTrip) {
  for (const Felt& a : values()) {
    const std::array<std::uint8_t, 32> bytes = a.to_le_bytes();
    ASSERT_EQ(Felt::from_le_bytes(bytes), a);
    // Byte order: byte i is bits [8i, 8i + 8).
    const Felt::Limbs& limbs = a.limbs();
    for (std::size_t i = 0; i < 32; ++i) {
      ASSERT_EQ(bytes[i], static_cast<std::uint8_t>(limbs[i / 8] >> (8 * (i % 8))));
    }
  }
  std::array<std::uint8_t, 32> bytes{};
  bytes[0] = 0x01;
  bytes[1] = 0x02;
  EXPECT_EQ(Felt::from_le_bytes(bytes), Felt{0x0201});
}

TEST(FeltTest, FromLeBytesReduces) {
  std::mt19937_64 rng(2024);
  for (int i = 0; i < 3000; ++i) {
    std::array<std::uint8_t, 32> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
    if (i % 4 == 1) bytes.fill(0xFF);
    if (i % 4 == 2) bytes[31] = static_cast<std::uint8_t>(0x08 + rng() % 2);  // around P
    Mpz z;
    mpz_import(z.get(), bytes.size(), -1, 1, 0, 0, bytes.data());
    ASSERT_EQ(to_mpz(Felt::from_le_bytes(bytes)).str(), mod_p(z).str());
  }
}

TEST(FeltTest, FromLimbs) {
  EXPECT_EQ(Felt::from_canonical_limbs(Felt::kPrimeLimbs), std::nullopt);
  EXPECT_EQ(Felt::from_canonical_limbs({~0ULL, ~0ULL, ~0ULL, ~0ULL}), std::nullopt);
  EXPECT_EQ(Felt::from_canonical_limbs({0, 0, 0, Felt::kPrimeLimbs[3]}), Felt::prime_minus_one());
  EXPECT_EQ(Felt::from_canonical_limbs({2, 0, 0, Felt::kPrimeLimbs[3]}), std::nullopt);
  EXPECT_EQ(Felt::from_canonical_limbs({~0ULL, ~0ULL, ~0ULL, Felt::kPrimeLimbs[3] - 1})->limbs(),
            (Felt::Limbs{~0ULL, ~0ULL, ~0ULL, Felt::kPrimeLimbs[3] - 1}));
  EXPECT_EQ(Felt::from_limbs_reduced(Felt::kPrimeLimbs), Felt::zero());
  EXPECT_EQ(Felt::from_limbs_reduced({2, 0, 0, Felt::kPrimeLimbs[3]}), Felt::one());

  std::mt19937_64 rng(31337);
  for (int i = 0; i < 5000; ++i) {
    Felt::Limbs limbs{rng(), rng(), rng(), rng()};
    if (i % 5 == 1) limbs[3] >>= 4;                                    // below 2^252
    if (i % 5 == 2) limbs = {rng() % 4, 0, 0, Felt::kPrimeLimbs[3]};   // around P
    if (i % 5 == 3) limbs = {~0ULL - rng() % 4, ~0ULL, ~0ULL, ~0ULL};  // near 2^256
    const Mpz z = limbs_to_mpz(limbs);
    const bool canonical = mpz_cmp(z.get(), prime().get()) < 0;
    const std::optional<Felt> c = Felt::from_canonical_limbs(limbs);
    ASSERT_EQ(c.has_value(), canonical);
    if (c) {
      ASSERT_EQ(c->limbs(), limbs);
    }
    const Felt r = Felt::from_limbs_reduced(limbs);
    ASSERT_EQ(to_mpz(r).str(), mod_p(z).str());
    if (c) {
      ASSERT_EQ(r, *c);
    }
  }
}

TEST(FeltTest, FromInt64) {
  EXPECT_EQ(Felt::from_int64(0), Felt::zero());
  EXPECT_EQ(Felt::from_int64(1), Felt::one());
  EXPECT_EQ(Felt::from_int64(-1), Felt::prime_minus_one());
  const std::int64_t cases[] = {INT64_MIN, INT64_MIN + 1, -1000000007,   -2,
                                2,         1000000007,    INT64_MAX - 1, INT64_MAX};
  for (std::int64_t v : cases) {
    Mpz z;
    mpz_set_si(z.get(), static_cast<long>(v));
    EXPECT_EQ(to_mpz(Felt::from_int64(v)).str(), mod_p(z).str()) << v;
  }
  std::mt19937_64 rng(5);
  for (int i = 0; i < 2000; ++i) {
    const auto v = static_cast<std::int64_t>(rng());
    Mpz z;
    mpz_set_si(z.get(), static_cast<long>(v));
    ASSERT_EQ(to_mpz(Felt::from_int64(v)).str(), mod_p(z).str()) << v;
    ASSERT_EQ(Felt::from_int64(v).to_signed_dec_string(), std::to_string(v));
  }
}

// Expected value of Python's int(text, 0-ish) % P via mpz.
std::string expected_parse(const std::string& text) {
  bool negative = !text.empty() && text[0] == '-';
  std::string body = negative ? text.substr(1) : text;
  int base = 10;
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
    base = 16;
    body = body.substr(2);
  }
  Mpz z(body.c_str(), base);
  if (negative) mpz_neg(z.get(), z.get());
  return mod_p(z).str();
}

TEST(FeltTest, ParseBasics) {
  EXPECT_EQ(Felt::parse("0"), Felt::zero());
  EXPECT_EQ(Felt::parse("-0"), Felt::zero());
  EXPECT_EQ(Felt::parse("123"), Felt{123});
  EXPECT_EQ(Felt::parse("0x7b"), Felt{123});
  EXPECT_EQ(Felt::parse("0x7B"), Felt{123});
  EXPECT_EQ(Felt::parse("0X7b"), Felt{123});
  EXPECT_EQ(Felt::parse("-5"), Felt::from_int64(-5));
  EXPECT_EQ(Felt::parse("-0x5"), Felt::from_int64(-5));
  EXPECT_EQ(Felt::parse("-1"), Felt::prime_minus_one());
  EXPECT_EQ(Felt::parse("007"), Felt{7});
  EXPECT_EQ(Felt::parse("0x0000000000000000000000000000000000000000000000000000000000000000000001"),
            Felt::one());
  EXPECT_EQ(Felt::parse(prime().str()), Felt::zero());
  EXPECT_EQ(Felt::parse(prefixed("0x", prime().str(16))), Felt::zero());
  EXPECT_EQ(Felt::parse(prefixed("-", prime().str())), Felt::zero());
  EXPECT_EQ(Felt::parse(p_minus(1).str()), Felt::prime_minus_one());
  EXPECT_EQ(
      Felt::parse("3618502788666131213697322783095070105623107215331596699973092056135872020482"),
      Felt::one());  // P + 1
  EXPECT_EQ(Felt::parse("18446744073709551615"), Felt{~std::uint64_t{0}});
  EXPECT_EQ(Felt::parse("18446744073709551616"), Felt::from_limbs_reduced({0, 1, 0, 0}));
  EXPECT_EQ(Felt::parse("0xffffffffffffffff"), Felt{~std::uint64_t{0}});
  EXPECT_EQ(Felt::parse("0x10000000000000000"), Felt::from_limbs_reduced({0, 1, 0, 0}));
}

TEST(FeltTest, ParseMatchesMpz) {
  std::mt19937_64 rng(777);
  const char* kHex = "0123456789abcdefABCDEF";
  for (int i = 0; i < 4000; ++i) {
    const bool hex = i % 2 == 1;
    // Lengths cover below, at and well above 77 decimal / 64 hex digits.
    const std::size_t length = 1 + rng() % (i % 7 == 0 ? 400 : 90);
    std::string digits;
    for (std::size_t k = 0; k < length; ++k) {
      digits.push_back(hex ? kHex[rng() % 22] : static_cast<char>('0' + rng() % 10));
    }
    std::string text;
    if (i % 3 == 0) text.push_back('-');
    if (hex) text.append("0x");
    text.append(digits);
    const std::optional<Felt> parsed = Felt::parse(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    ASSERT_EQ(to_mpz(*parsed).str(), expected_parse(text)) << text;
  }
  // Very long inputs.
  for (const bool hex : {false, true}) {
    std::string digits;
    for (int k = 0; k < 5000; ++k)
      digits.push_back(hex ? kHex[rng() % 16] : static_cast<char>('0' + rng() % 10));
    const std::string text = hex ? prefixed("-0x", digits) : digits;
    const std::optional<Felt> parsed = Felt::parse(text);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(to_mpz(*parsed).str(), expected_parse(text));
  }
  // Round trips through every printer.
  for (const Felt& a : values()) {
    ASSERT_EQ(Felt::parse(a.to_dec_string()), a);
    ASSERT_EQ(Felt::parse(a.to_hex_string()), a);
    ASSERT_EQ(Felt::parse(a.to_signed_dec_string()), a);
  }
  // Multiples of P plus small offsets, in both bases and signs.
  for (unsigned long k = 0; k < 200; ++k) {
    Mpz z;
    mpz_mul_ui(z.get(), prime().get(), k * 1000003 + 1);
    mpz_add_ui(z.get(), z.get(), k);
    for (const std::string& text : {z.str(10), prefixed("0x", z.str(16)), prefixed("-", z.str(10)),
                                    prefixed("-0x", z.str(16))}) {
      const std::optional<Felt> parsed = Felt::parse(text);
      ASSERT_TRUE(parsed.has_value()) << text;
      ASSERT_EQ(to_mpz(*parsed).str(), expected_parse(text)) << text;
    }
  }
}

TEST(FeltTest, ParseRejects) {
  const char* bad[] = {"",     "-",    "0x",  "-0x",   "0X",   " 1",    "1 ",    "\t1",
                       "1\n",  "+1",   "--1", "-+1",   "0x-1", "1_000", "0b101", "0o7",
                       "x10",  "0xx1", "1a",  "12e3",  "0x1g", "0x 1",  "1.0",   "- 1",
                       "0x1-", "abc",  "ff",  "1,000", "١٢",   "0x+1",  "−1"};
  for (const char* text : bad) {
    EXPECT_EQ(Felt::parse(text), std::nullopt) << '"' << text << '"';
  }
  EXPECT_EQ(Felt::parse(std::string_view("1\0", 2)), std::nullopt);
  EXPECT_EQ(Felt::parse(std::string_view("\0"
                                         "1",
                                         2)),
            std::nullopt);
  // Bad character deep inside a long string.
  std::string long_text(200, '7');
  long_text[150] = 'x';
  EXPECT_EQ(Felt::parse(long_text), std::nullopt);
  std::string long_hex = prefixed("0x", std::string(200, 'f'));
  long_hex[170] = 'g';
  EXPECT_EQ(Felt::parse(long_hex), std::nullopt);
  // A string_view into a larger buffer must not read past its end.
  const std::string buffer = "12345";
  EXPECT_EQ(Felt::parse(std::string_view(buffer).substr(0, 3)), Felt{123});
}

}  // namespace
