#include "range_check_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

TEST(RangeCheckBuiltinTest, Shape) {
  RangeCheckBuiltinRunner rc("range_check", true, 8);
  EXPECT_EQ(rc.name(), "range_check");
  EXPECT_EQ(rc.cells_per_instance(), 1u);
  EXPECT_EQ(rc.n_input_cells(), 1u);
  EXPECT_EQ(rc.bound_bits(), 128u);
  EXPECT_EQ(RangeCheckBuiltinRunner("range_check96", true, 6).bound_bits(), 96u);
}

TEST(RangeCheckBuiltinTest, AcceptsValuesBelowTheBound) {
  RangeCheckBuiltinRunner rc("range_check", true, 8);
  testing::BuiltinFixture f(rc);
  f.memory.insert({1, 0}, Felt{0});
  f.memory.insert({1, 1}, felt("340282366920938463463374607431768211455"));  // 2^128 - 1
  EXPECT_EQ(f.memory.used_size(1), 2u);
}

TEST(RangeCheckBuiltinTest, RejectsTheBound) {
  RangeCheckBuiltinRunner rc("range_check", true, 8);
  testing::BuiltinFixture f(rc);
  f.memory.insert({1, 0}, Felt{7});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 1}, felt("340282366920938463463374607431768211456"));
            }),
            "Value 340282366920938463463374607431768211456, in range check builtin 1, is out of "
            "range [0, 340282366920938463463374607431768211456).");
}

TEST(RangeCheckBuiltinTest, RejectsNegativeValues) {
  RangeCheckBuiltinRunner rc("range_check", true, 8);
  testing::BuiltinFixture f(rc);
  // -1 is P - 1 in the field.
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 3}, Felt::prime_minus_one());
            }),
            "Value 3618502788666131213697322783095070105623107215331596699973092056135872020480, "
            "in range check builtin 3, is out of range [0, "
            "340282366920938463463374607431768211456).");
}

TEST(RangeCheckBuiltinTest, RejectsRelocatableValues) {
  RangeCheckBuiltinRunner rc("range_check", true, 8);
  testing::BuiltinFixture f(rc);
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 2}, Relocatable{0, 5});
            }),
            "Range-check builtin: Expected value at address 1:2 to be an integer. Got: 0:5.");
}

TEST(RangeCheckBuiltinTest, RangeCheck96Bound) {
  RangeCheckBuiltinRunner rc("range_check96", true, 6);
  testing::BuiltinFixture f(rc);
  f.memory.insert({1, 0}, felt("79228162514264337593543950335"));  // 2^96 - 1
  EXPECT_EQ(vm_error_message([&] {
              f.memory.insert({1, 1}, felt("79228162514264337593543950336"));
            }),
            "Value 79228162514264337593543950336, in range check builtin 1, is out of range [0, "
            "79228162514264337593543950336).");
}

TEST(RangeCheckBuiltinTest, CreatedByTheFactory) {
  const Layout layout = *find_layout("dynamic");
  EXPECT_EQ(make_builtin_runner("range_check", true, layout)->name(), "range_check");
  EXPECT_EQ(make_builtin_runner("range_check96", true, layout)->name(), "range_check96");
}

}  // namespace
}  // namespace cairovm
