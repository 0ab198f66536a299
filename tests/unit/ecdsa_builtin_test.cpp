#include "ecdsa_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "ecdsa_verify.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

// Signatures made with starkware.crypto.signature.signature.sign (cairo-lang 0.14.0.1).
struct SignedMessage {
  const char* public_key;
  const char* msg;
  const char* r;
  const char* s;
};
constexpr SignedMessage kSigned[] = {
    {"0x2202275e27873286b71dae62930bbf6420d2e933bbc7cb08e09019e7218ad9c", "0x51234",
     "0x5f7ad8a151dd1c85aa50648c7b0725cf07a3a17285039bda57e6e1592e307c1",
     "0x1f2e398c45b8a64c6a198ab51853feba0f1858c9ec8d9a369fc46c964ba97b8"},
    {"0x79eb30ed483ed768b6c7b3a4336142cd68c6bac5b7e9e89838ff9c0342c52fd",
     "0x7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "0x15ecb955defeda38941a576aa2b6fffd63c13b36e55759185c474323d4cc310",
     "0x25e7f861a895746ab159e7a66ca67fdbeab68ad9b0775fba9bd9f000acbf39f"},
};
// private_to_stark_key(7).
constexpr const char* kKey7 =
    "3285470181182513595299391888669018264373825695633626141263541088056464172983";

TEST(EcdsaVerifyTest, ValidSignatures) {
  for (const auto& v : kSigned) {
    EXPECT_TRUE(ecdsa_verify(felt(v.msg), felt(v.r), felt(v.s), felt(v.public_key))) << v.msg;
  }
}

TEST(EcdsaVerifyTest, InvalidSignatures) {
  const auto& v = kSigned[0];
  EXPECT_FALSE(ecdsa_verify(felt(v.msg) + Felt{1}, felt(v.r), felt(v.s), felt(v.public_key)));
  EXPECT_FALSE(ecdsa_verify(felt(v.msg), felt(v.r), felt(v.s) + Felt{1}, felt(v.public_key)));
  EXPECT_FALSE(ecdsa_verify(felt(v.msg), felt(v.r), felt(v.s), felt(kSigned[1].public_key)));
  // No point has x = 0; a zero message makes the AIR's multiplication fail.
  EXPECT_FALSE(ecdsa_verify(felt(v.msg), felt(v.r), felt(v.s), Felt{0}));
  EXPECT_FALSE(ecdsa_verify(Felt{0}, Felt{1}, Felt{1}, felt(kKey7)));
}

TEST(EcdsaVerifyTest, OutOfRangeValues) {
  const Felt key = felt(kKey7);
  EXPECT_EQ(vm_error_message([&] { ecdsa_verify(Felt{5}, Felt{0}, Felt{1}, key); }), "r = 0");
  EXPECT_EQ(vm_error_message([&] { ecdsa_verify(Felt{5}, Felt{1}, Felt{0}, key); }), "s = 0");
  EXPECT_EQ(vm_error_message([&] {
              ecdsa_verify(Felt{5}, Felt{1},
                           felt("361850278866613121369732278309507010552674375171608748915407945788"
                                "4512865583"),
                           key);
            }),
            "s = 3618502788666131213697322783095070105526743751716087489154079457884512865583");
  EXPECT_EQ(vm_error_message([&] {
              ecdsa_verify(
                  felt("0x800000000000000000000000000000000000000000000000000000000000000"),
                  Felt{1}, Felt{1}, key);
            }),
            "msg_hash = "
            "3618502788666131106986593281521497120414687020801267626233049500247285301248");
}

TEST(EcdsaVerifyTest, FieldSqrt) {
  EXPECT_EQ(*field_sqrt(Felt{4}) * *field_sqrt(Felt{4}), Felt{4});
  const Felt big = felt("0x123456789abcdef0123456789abcdef0123456789abcdef");
  const Felt square = big * big;
  const Felt root = *field_sqrt(square);
  EXPECT_TRUE(root == big || root == -big);
  EXPECT_FALSE(field_sqrt(Felt{3}).has_value());  // the field's generator is no square
}

TEST(EcdsaVerifyTest, FieldSqrtOfManySquaresAndNonSquares) {
  // x^2 has a root +-x; 3 x^2 has none (3 is a non-residue). The x cover small, large and
  // 2-adically awkward values (roots of unity of high order come from x = 3^k).
  Felt x = felt("0x5bb9440e27889a364bcb678b1f679ecd1347acdedcbf36e83494f857cc58026");
  Felt three_power = Felt{3};
  for (int i = 0; i < 200; ++i) {
    for (const Felt& v : {x, three_power, Felt{static_cast<std::uint64_t>(i + 1)}}) {
      const Felt square = v * v;
      const auto root = field_sqrt(square);
      ASSERT_TRUE(root.has_value());
      EXPECT_TRUE(*root == v || *root == -v);
      EXPECT_FALSE(field_sqrt(square * Felt{3}).has_value());
    }
    x = x * x + Felt{static_cast<std::uint64_t>(i)};
    three_power = three_power * three_power * Felt{3};
  }
}

TEST(EcdsaBuiltinTest, AcceptsARegisteredValidSignature) {
  EcdsaBuiltinRunner ecdsa(true);
  testing::BuiltinFixture f(ecdsa);
  const auto& v = kSigned[1];
  ecdsa.add_signature({1, 2}, felt(v.r), felt(v.s));
  f.memory.insert({1, 3}, felt(v.msg));  // message first: checked when the key arrives
  EXPECT_NO_THROW(f.memory.insert({1, 2}, felt(v.public_key)));
}

TEST(EcdsaBuiltinTest, RejectsAnInvalidSignature) {
  EcdsaBuiltinRunner ecdsa(true);
  testing::BuiltinFixture f(ecdsa);
  ecdsa.add_signature({1, 0}, Felt{1}, Felt{2});
  f.memory.insert({1, 0}, felt(kKey7));
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 1}, Felt{9});
            }),
            std::string("Signature (1, 2), is invalid, with respect to the public key ") + kKey7 +
                ", and the message hash 9.");
}

TEST(EcdsaBuiltinTest, MissingSignature) {
  EcdsaBuiltinRunner ecdsa(true);
  testing::BuiltinFixture f(ecdsa);
  f.memory.insert({1, 4}, Felt{1});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 5}, Felt{2});
            }),
            "Signature hint is missing for ECDSA builtin at address 1:4. Add it using "
            "'ecdsa_builtin.add_signature'.");
}

TEST(EcdsaBuiltinTest, RelocatableCells) {
  EcdsaBuiltinRunner ecdsa(true);
  testing::BuiltinFixture f(ecdsa);
  f.memory.insert({1, 0}, Relocatable{0, 0});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 1}, Felt{2});
            }),
            "ECDSA builtin: Expected public key at address 1:0 to be an integer. Got: 0:0.");
  f.memory.insert({1, 3}, Relocatable{0, 1});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 2}, Felt{2});
            }),
            "ECDSA builtin: Expected message hash at address 1:3 to be an integer. Got: 0:1.");
}

TEST(EcdsaBuiltinTest, AddSignatureChecksTheAddress) {
  EcdsaBuiltinRunner ecdsa(true);
  testing::BuiltinFixture f(ecdsa);
  EXPECT_EQ(vm_error_message([&] {
              ecdsa.add_signature({0, 0}, Felt{1}, Felt{1});
            }),
            "Signature hint must point to the signature builtin segment, not 0:0.");
  EXPECT_EQ(vm_error_message([&] {
              ecdsa.add_signature({1, 3}, Felt{1}, Felt{1});
            }),
            "Signature hint must point to the public key cell, not 1:3.");
  ecdsa.add_signature({1, 4}, Felt{1}, Felt{1});
  EXPECT_EQ(ecdsa.signatures().size(), 1u);
}

}  // namespace
}  // namespace cairovm
