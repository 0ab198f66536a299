#include "pedersen_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "pedersen_hash.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

// From starkware.crypto.signature.fast_pedersen_hash.pedersen_hash (cairo-lang 0.14.0.1).
struct PedersenVector {
  const char* x;
  const char* y;
  const char* hash;
};
constexpr PedersenVector kVectors[] = {
    {"0x0", "0x0", "0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804"},
    {"0x1", "0x2", "0x5bb9440e27889a364bcb678b1f679ecd1347acdedcbf36e83494f857cc58026"},
    {"0x800000000000011000000000000000000000000000000000000000000000000",
     "0x400000000000000000000000000000000000000000000000000000000000000",
     "0x4e4f47ce32002efff36d1ad7d0ffcf58634f37f4d21b95f2097693f94e0d10a"},
    {"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "0x800000000000000000000000000000000000000000000000000000000000000",
     "0x72737638b0a11eef38532dc4b2f26e3d5d1fe5d4bf4b87ca80afbeb383bde7e"},
    {"0x3d937c035c878245caf64531a5756109c53068da139362728feb561405371cb",
     "0x208a0a10250e382e1e4bbe2880906c2791bf6275695e02fbbc6aeff9cd8b31a",
     "0x30e480bed5fe53fa909cc0f8c4d99b8f9f2c016be4c41e13a4848797979c662"},
};

TEST(PedersenHashTest, KnownAnswers) {
  for (const auto& v : kVectors) {
    EXPECT_EQ(pedersen_hash(felt(v.x), felt(v.y)), felt(v.hash)) << v.x << ", " << v.y;
  }
}

TEST(PedersenBuiltinTest, DeducesTheHashCell) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  f.memory.insert({1, 3}, Felt{1});
  f.memory.insert({1, 4}, Felt{2});
  EXPECT_EQ(f.memory.deduce({1, 5})->felt(), felt(kVectors[1].hash));
  EXPECT_EQ(f.memory.get({1, 5})->felt(), felt(kVectors[1].hash));
}

TEST(PedersenBuiltinTest, NoDeductionForInputsOrMissingInputs) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  f.memory.insert({1, 0}, Felt{1});
  EXPECT_FALSE(f.memory.deduce({1, 1}).has_value());  // an input cell
  EXPECT_FALSE(f.memory.deduce({1, 2}).has_value());  // y is missing
}

TEST(PedersenBuiltinTest, RelocatableInputs) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  f.memory.insert({1, 0}, Relocatable{0, 4});
  f.memory.insert({1, 1}, Felt{2});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 2});
            }),
            "pedersen builtin: Expected integer at address 1:0. Got: 0:4.");
  f.memory.insert({1, 3}, Felt{2});
  f.memory.insert({1, 4}, Relocatable{0, 0});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 5});
            }),
            "pedersen builtin: Expected integer at address 1:4. Got: 0:0.");
}

TEST(PedersenBuiltinTest, VerifyAutoDeductionsFindsWrongHashes) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  // Written before its inputs, so nothing deduced it: only the end-of-run check sees it.
  f.memory.insert({1, 2}, Felt{5});
  f.memory.insert({1, 0}, Felt{1});
  f.memory.insert({1, 1}, Felt{2});
  try {
    pedersen.verify_auto_deductions(f.memory);
    FAIL() << "expected an inconsistency";
  } catch (const VmError& e) {
    EXPECT_EQ(std::string(e.what()), "Inconsistent auto deduction rule at address 1:2. 5 != " +
                                         felt(kVectors[1].hash).to_dec_string() + ".");
    EXPECT_EQ(e.kind(), kInconsistentAutoDeduction);
  }
}

TEST(PedersenBuiltinTest, VerifyAutoDeductionsAcceptsDeducedAndCorrectCells) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  f.memory.insert({1, 0}, Felt{0});
  f.memory.insert({1, 1}, Felt{0});
  (void)f.memory.deduce({1, 2});
  f.memory.insert({1, 5}, felt(kVectors[1].hash));
  f.memory.insert({1, 3}, Felt{1});
  f.memory.insert({1, 4}, Felt{2});
  EXPECT_NO_THROW(pedersen.verify_auto_deductions(f.memory));
}

TEST(PedersenBuiltinTest, SecurityChecksWantBothInputs) {
  PedersenBuiltinRunner pedersen(true);
  testing::BuiltinFixture f(pedersen);
  f.memory.insert({1, 0}, Felt{0});
  f.memory.insert({1, 1}, Felt{0});
  f.memory.insert({1, 3}, Felt{0});
  f.memory.insert({1, 4}, Felt{0});
  (void)f.memory.deduce({1, 2});
  (void)f.memory.deduce({1, 5});
  f.memory.insert({1, 6}, Felt{0});
  try {
    pedersen.run_security_checks(f.memory);
    FAIL() << "expected missing cells";
  } catch (const RunnerError& e) {
    EXPECT_STREQ(e.what(), "Missing memory cells for pedersen: 7.");
  }
}

}  // namespace
}  // namespace cairovm
