// Integer helpers (compared as decimal text: gtest would print mpz_class through libgmpxx) of the
// native hints against direct computation: square roots modulo a prime (the least root, as sympy's
// sqrt_mod gives it), the field conversions, Python's hex().
#include "hint_support.hpp"

#include <gtest/gtest.h>

#include <any>
#include <string>
#include <string_view>
#include <vector>

namespace cairovm::hint_support {
namespace {

TEST(HintSupportTest, LeastSquareRootModSmallPrimes) {
  for (unsigned long p : {3ul, 5ul, 7ul, 13ul, 17ul, 97ul, 257ul, 65537ul}) {
    for (unsigned long n = 0; n < std::min(p, 300ul); ++n) {
      std::optional<unsigned long> least;
      for (unsigned long m = 0; m < p && !least; ++m) {
        if (m * m % p == n) least = m;
      }
      const auto root = least_sqrt_mod(BigInt(n), BigInt(p));
      ASSERT_EQ(root.has_value(), least.has_value()) << "n=" << n << " p=" << p;
      if (least) {
        EXPECT_EQ(dec(*root), std::to_string(*least)) << "n=" << n << " p=" << p;
      }
    }
  }
}

TEST(HintSupportTest, LeastSquareRootModFieldPrime) {
  // P - 1 = 2^192 * odd: Tonelli-Shanks runs its full loop.
  for (long x : {4L, 9L, 123456789L, 2L, 5L}) {
    const BigInt square = BigInt(x) * x % prime();
    const auto root = least_sqrt_mod(square, prime());
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(dec(*root * *root % prime()), dec(square));
    EXPECT_TRUE(*root <= prime() - *root);
  }
  EXPECT_FALSE(least_sqrt_mod(BigInt(3), prime()).has_value());  // 3 is not a square mod P
}

TEST(HintSupportTest, FieldConversions) {
  EXPECT_EQ(to_felt(BigInt(-1)), Felt::prime_minus_one());
  EXPECT_EQ(dec(to_big(Felt::prime_minus_one())), dec(prime() - 1));
  EXPECT_EQ(to_felt(prime() + 5), Felt{5});
  EXPECT_EQ(dec(to_big(to_felt(BigInt(1) << 250))), dec(BigInt(1) << 250));
}

TEST(HintSupportTest, PythonHex) {
  EXPECT_EQ(hex(BigInt(255)), "0xff");
  EXPECT_EQ(hex(BigInt(0)), "0x0");
  EXPECT_EQ(hex(BigInt(-16)), "-0x10");
  EXPECT_EQ(dec(BigInt(-16)), "-16");
}

}  // namespace
}  // namespace cairovm::hint_support

namespace cairovm {
namespace {

TEST(ScopeDictTest, NamesAreFoundByViewWhateverTheirLength) {
  ScopeDict scope;
  // Same length and same first and last eight bytes: the hash cannot tell them apart.
  const std::vector<std::string> names{"a",
                                       "ab",
                                       "keys",
                                       "12345678",
                                       "current_access_index",
                                       "current_XXXXXX_index",
                                       "current_access_indices"};
  for (std::size_t i = 0; i < names.size(); ++i) scope.emplace(names[i], Felt{i});
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto it = scope.find(std::string_view(names[i]));
    ASSERT_NE(it, scope.end()) << names[i];
    EXPECT_EQ(std::any_cast<Felt>(it->second), Felt{i}) << names[i];
  }
  EXPECT_EQ(scope.find(std::string_view("current_access_indexes")), scope.end());
  EXPECT_FALSE(same_name("abcdefgh1", "abcdefgh2"));
  EXPECT_TRUE(same_name("abcdefgh1", "abcdefgh1"));
}

TEST(ScopeDictTest, AssignScopeReplacesInPlaceOrInserts) {
  ScopeDict scope;
  assign_scope(scope, "x", Felt{1});
  const Felt* held = std::any_cast<Felt>(&scope.at("x"));
  ASSERT_NE(held, nullptr);
  assign_scope(scope, "x", Felt{2});
  EXPECT_EQ(std::any_cast<Felt>(&scope.at("x")), held);  // the same object, assigned
  EXPECT_EQ(*held, Felt{2});
  assign_scope(scope, "x", std::string("text"));  // another type replaces the value
  EXPECT_EQ(std::any_cast<std::string>(scope.at("x")), "text");
  EXPECT_EQ(scope.size(), 1u);
}

}  // namespace
}  // namespace cairovm
