#include "poseidon_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "poseidon_permutation.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

// From starkware.cairo.common.poseidon_hash.poseidon_perm (cairo-lang 0.14.0.1).
struct PoseidonVector {
  std::array<const char*, 3> input;
  std::array<const char*, 3> output;
};
const PoseidonVector kVectors[] = {
    {{"0x0", "0x0", "0x0"},
     {"0x79e8d1e78258000a28fc9d49e233bc6852357968577b1e386550ed6a9086133",
      "0x3840d003d0f3f96dbb796ff6aa6a63be5b5404b91ccaabca256154cbb6fb984",
      "0x1eb39da3f7d3b04142d0ac83d9da00c9325a61fb2ef326e50b70eaa8a3c7cc7"}},
    {{"0x1", "0x2", "0x3"},
     {"0xfa8c9b6742b6176139365833d001e30e932a9bf7456d009b1b174f36d558c5",
      "0x4f04deca4cb7f9f2bd16b1d25b817ca2d16fba2151e4252a2e2111cde08bfe6",
      "0x58dde0a2a785b395ee2dc7b60b79e9472ab826e9bb5383a8018b59772964892"}},
    {{"0x800000000000011000000000000000000000000000000000000000000000000",
      "0x800000000000010ffffffffffffffffffffffffffffffffffffffffffffffff",
      "0x100000000000000000000000000000000000000000000000000"},
     {"0x6bf1c25fca9df1058cf58b08c80d749beba9c79052b25d57929649bdc2d4816",
      "0x38cfdf71110990a5c90cd284ca58248d2164d3ea1545f6ef9b9e092e7d788c2",
      "0x2d3f6fcb7220396540550c5668cdc084f399a921671a38b205e724bbee6625f"}},
};

TEST(PoseidonPermutationTest, KnownAnswers) {
  for (const auto& v : kVectors) {
    const auto out = poseidon_permutation({felt(v.input[0]), felt(v.input[1]), felt(v.input[2])});
    for (int i = 0; i < 3; ++i) EXPECT_EQ(out[i], felt(v.output[i])) << v.input[0] << " " << i;
  }
}

TEST(PoseidonBuiltinTest, DeducesTheOutputState) {
  PoseidonBuiltinRunner poseidon(true);
  testing::BuiltinFixture f(poseidon);
  for (int i = 0; i < 3; ++i)
    f.memory.insert({1, 6 + std::uint64_t(i)}, felt(kVectors[1].input[i]));
  // Any output cell first: all three come from one permutation.
  EXPECT_EQ(f.memory.deduce({1, 11})->felt(), felt(kVectors[1].output[2]));
  EXPECT_EQ(f.memory.deduce({1, 9})->felt(), felt(kVectors[1].output[0]));
  EXPECT_EQ(f.memory.deduce({1, 10})->felt(), felt(kVectors[1].output[1]));
  EXPECT_NO_THROW(poseidon.verify_auto_deductions(f.memory));
}

TEST(PoseidonBuiltinTest, NoDeductionWithMissingInputs) {
  PoseidonBuiltinRunner poseidon(true);
  testing::BuiltinFixture f(poseidon);
  f.memory.insert({1, 0}, Felt{1});
  f.memory.insert({1, 2}, Felt{1});
  EXPECT_FALSE(f.memory.deduce({1, 1}).has_value());
  EXPECT_FALSE(f.memory.deduce({1, 3}).has_value());
}

TEST(PoseidonBuiltinTest, RelocatableInput) {
  PoseidonBuiltinRunner poseidon(true);
  testing::BuiltinFixture f(poseidon);
  f.memory.insert({1, 0}, Felt{1});
  f.memory.insert({1, 1}, Felt{2});
  f.memory.insert({1, 2}, Relocatable{0, 9});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 4});
            }),
            "poseidon builtin: Expected integer at address 1:2. Got: 0:9.");
}

TEST(PoseidonBuiltinTest, VerifyAutoDeductions) {
  PoseidonBuiltinRunner poseidon(true);
  testing::BuiltinFixture f(poseidon);
  f.memory.insert({1, 4}, Felt{1});
  for (int i = 0; i < 3; ++i) f.memory.insert({1, std::uint64_t(i)}, Felt{0});
  EXPECT_EQ(vm_error_message([&] { poseidon.verify_auto_deductions(f.memory); }),
            "Inconsistent auto deduction rule at address 1:4. 1 != " +
                felt(kVectors[0].output[1]).to_dec_string() + ".");
}

}  // namespace
}  // namespace cairovm
