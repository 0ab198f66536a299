#include "bitwise_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

constexpr const char* k2Pow251Minus1 =
    "0x7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

TEST(BitwiseBuiltinTest, DeducesAndXorOr) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 5}, felt("0xff00ff"));
  f.memory.insert({1, 6}, felt("0x0ff0f0"));
  EXPECT_EQ(f.memory.deduce({1, 7})->felt(), felt("0x0f00f0"));
  EXPECT_EQ(f.memory.deduce({1, 8})->felt(), felt("0xf0f00f"));
  EXPECT_EQ(f.memory.deduce({1, 9})->felt(), felt("0xfff0ff"));
}

TEST(BitwiseBuiltinTest, FullWidthOperands) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 0}, felt(k2Pow251Minus1));
  f.memory.insert({1, 1}, felt("0x123456789abcdef"));
  EXPECT_EQ(f.memory.deduce({1, 2})->felt(), felt("0x123456789abcdef"));
  EXPECT_EQ(f.memory.deduce({1, 3})->felt(),
            felt("0x7fffffffffffffffffffffffffffffffffffffffffffffffedcba9876543210"));
  EXPECT_EQ(f.memory.deduce({1, 4})->felt(), felt(k2Pow251Minus1));
}

TEST(BitwiseBuiltinTest, NoDeductionWithoutBothInputs) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 1}, Felt{3});
  EXPECT_FALSE(f.memory.deduce({1, 0}).has_value());
  EXPECT_FALSE(f.memory.deduce({1, 2}).has_value());
}

TEST(BitwiseBuiltinTest, InputAboveTheBound) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 0},
                  felt("0x800000000000000000000000000000000000000000000000000000000000000"));
  f.memory.insert({1, 1}, Felt{1});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 3});
            }),
            "bitwise builtin: Expected integer at address 1:0 to be smaller than 2^251. Got: "
            "3618502788666131106986593281521497120414687020801267626233049500247285301248.");
  f.memory.insert({1, 5}, Felt{1});
  f.memory.insert({1, 6}, Felt::prime_minus_one());
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 9});
            }),
            "bitwise builtin: Expected integer at address 1:6 to be smaller than 2^251. Got: "
            "3618502788666131213697322783095070105623107215331596699973092056135872020480.");
}

TEST(BitwiseBuiltinTest, RelocatableInput) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 0}, Felt{1});
  f.memory.insert({1, 1}, Relocatable{0, 3});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 4});
            }),
            "bitwise builtin: Expected integer at address 1:1. Got: 0:3.");
}

TEST(BitwiseBuiltinTest, BothInputsBadReportsX) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 0}, Relocatable{0, 3});
  f.memory.insert({1, 1}, Felt::prime_minus_one());
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 2});
            }),
            "bitwise builtin: Expected integer at address 1:0. Got: 0:3.");
}

TEST(BitwiseBuiltinTest, VerifyAutoDeductions) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  f.memory.insert({1, 3}, Felt{7});  // x ^ y, written before x and y
  f.memory.insert({1, 0}, Felt{12});
  f.memory.insert({1, 1}, Felt{10});
  EXPECT_EQ(vm_error_message([&] { bitwise.verify_auto_deductions(f.memory); }),
            "Inconsistent auto deduction rule at address 1:3. 7 != 6.");
}

TEST(BitwiseBuiltinTest, InstanceSoundOnlyWithValidInputsAndAgreeingOutputs) {
  BitwiseBuiltinRunner bitwise(true);
  testing::BuiltinFixture f(bitwise);
  const auto sound = [&](std::uint64_t first) {
    return bitwise.instance_sound(
        f.memory.dense_words(1).subspan(first, BitwiseBuiltinRunner::kCellsPerInstance));
  };
  // 0..4: valid inputs, and and or written with their values, xor unknown.
  f.memory.insert({1, 0}, Felt{12});
  f.memory.insert({1, 1}, Felt{10});
  f.memory.insert({1, 2}, Felt{8});
  f.memory.insert({1, 4}, Felt{14});
  // 5..9: the largest valid inputs, and a wrong xor.
  f.memory.insert({1, 5}, felt(k2Pow251Minus1));
  f.memory.insert({1, 6}, felt(k2Pow251Minus1));
  f.memory.insert({1, 8}, Felt{1});
  // 10..14: x at 2^251; 15..19: y a pointer; 20..24: y unknown.
  f.memory.insert({1, 10}, felt(k2Pow251Minus1) + Felt::one());
  f.memory.insert({1, 11}, Felt{1});
  f.memory.insert({1, 15}, Felt{1});
  f.memory.insert({1, 16}, Relocatable{0, 0});
  f.memory.insert({1, 20}, Felt{1});
  f.memory.insert({1, 24}, Felt{1});
  EXPECT_TRUE(sound(0));
  EXPECT_FALSE(sound(5));
  EXPECT_FALSE(sound(10));
  EXPECT_FALSE(sound(15));
  EXPECT_FALSE(sound(20));
  // The checks go the general way on the first unsound instance: its wrong xor.
  EXPECT_EQ(vm_error_message([&] { bitwise.verify_auto_deductions(f.memory); }),
            "Inconsistent auto deduction rule at address 1:8. 1 != 0.");
}

}  // namespace
}  // namespace cairovm
