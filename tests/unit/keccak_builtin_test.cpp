#include "keccak_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "keccak_f1600.hpp"

namespace cairovm {
namespace {

using testing::felt;
using testing::vm_error_message;

// From the keccak builtin's rule in cairo-lang 0.14.0.1 (keccak_utils.keccak_f on the 8 cells as
// 25-byte little-endian integers).
struct KeccakVector {
  std::array<const char*, 8> input;
  std::array<const char*, 8> output;
};
const KeccakVector kVectors[] = {
    {{"0", "0", "0", "0", "0", "0", "0", "0"},
     {"0x4dd598261ea65aa9ee84d5ccf933c0478af1258f7940e1dde7",
      "0x47c4ff97a42d7f8e6fd48b284e056253d057bd1547306f8049",
      "0x8ffc64ad30a6f71b19059c8c5bda0cd6192e7690fee5a0a446",
      "0xdbcf555fa9a6e6260d712103eb5aa93f2317d63530935ab7d0",
      "0x5a21d9ae6101f22f1a11a5569f43b831cd0347c82681a57c16",
      "0x5a554fd00ecb613670957bc4661164befef28cc970f205e563",
      "0x41f924a2c509e4940c7922ae3a26148c3ee88a1ccf32c8b87c",
      "0xeaf1ff7b5ceca24975f644e97f30a13b16f53526e70465c218"}},
    {{"1", "2", "3", "4", "5", "6", "7", "8"},
     {"0x5437ca4807beb9df3871c8467f0c8c2ac42e1f2100e18198f6",
      "0x7a753f70755cbbde7882962e5969b2874c2dff11a91716ab31",
      "0xe561082c7d6621e7480f773a54870b0dab0ad6151b08ee303a",
      "0xb744cd390af9518a46a3d88b6003f7393c7ead3f9a131638be",
      "0xf16079da5c848e9f6b99afdf72720169e5209e171f8ef7582e",
      "0xe108fbbcea9d86a6d76f01b63c33ffffd896ad8e2b71026060",
      "0x9c7aa8a62187936713012ec096925a78b1c1a140ab7a061ca3",
      "0xd5774bd1793a6b3940c0a54888a6a3c1e57251a7e727590b40"}},
};

constexpr const char* k2Pow200Minus1 = "0xffffffffffffffffffffffffffffffffffffffffffffffffff";

TEST(KeccakF1600Test, ZeroStateFirstLane) {
  // The standard Keccak-f[1600] test vector: lane 0 of f(0) is 0xF1258F7940E1DDE7.
  KeccakState state{};
  keccak_f1600(state);
  EXPECT_EQ(state[0], 0xF1258F7940E1DDE7ULL);
  EXPECT_EQ(state[24], 0xEAF1FF7B5CECA249ULL);
}

TEST(KeccakBuiltinTest, KnownAnswers) {
  for (const auto& v : kVectors) {
    std::array<Felt, 8> input;
    for (int i = 0; i < 8; ++i) input[i] = felt(v.input[i]);
    const auto output = KeccakBuiltinRunner::permute(input);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(output[i], felt(v.output[i])) << i;
  }
}

TEST(KeccakBuiltinTest, FullInputs) {
  std::array<Felt, 8> input;
  input.fill(felt(k2Pow200Minus1));
  const char* expected[8] = {"0x28d6539abf24095b97cdf5aa0d21af5e789f00f21bba6817c4",
                             "0x207c4f44330558eb182ff0f711ba0547331d8bb6f30a010f82",
                             "0x65ed480bfaeb81a299b5d4eb5e5b55ca4fb4902213b79d9055",
                             "0x3e82921ddad454b84d7ab05004650c533b7bfb39e5d924f1a",
                             "0xe27cea6f0e1a9ce5e4b37ddcd3ce442e92c6728660f03ce565",
                             "0xf1f14230421340cf4eba54a2285dcc4cc7fca665bfadf63b60",
                             "0xc3c28faf02c7f519866a26cbc8bdc2554d327de6fbad9b2725",
                             "0x3f82afe91ca4b9b0caa831f1a5dc86cec6bc1f3512a665aee8"};
  const auto output = KeccakBuiltinRunner::permute(input);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(output[i], felt(expected[i])) << i;
}

TEST(KeccakBuiltinTest, DeducesOutputCells) {
  KeccakBuiltinRunner keccak(true);
  testing::BuiltinFixture f(keccak);
  for (int i = 0; i < 8; ++i)
    f.memory.insert({1, 16 + std::uint64_t(i)}, felt(kVectors[1].input[i]));
  EXPECT_EQ(f.memory.deduce({1, 31})->felt(), felt(kVectors[1].output[7]));
  EXPECT_EQ(f.memory.deduce({1, 24})->felt(), felt(kVectors[1].output[0]));
  EXPECT_FALSE(f.memory.deduce({1, 23}).has_value());  // an input cell
  EXPECT_FALSE(f.memory.deduce({1, 8}).has_value());   // instance 0 has no inputs
}

TEST(KeccakBuiltinTest, InputBound) {
  KeccakBuiltinRunner keccak(true);
  testing::BuiltinFixture f(keccak);
  for (int i = 0; i < 8; ++i) f.memory.insert({1, std::uint64_t(i)}, felt(k2Pow200Minus1));
  for (int i = 0; i < 7; ++i) f.memory.insert({1, 16 + std::uint64_t(i)}, Felt{0});
  f.memory.insert({1, 23}, felt("0x100000000000000000000000000000000000000000000000000"));
  EXPECT_NO_THROW(f.memory.deduce({1, 8}));
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 30});
            }),
            "Keccak builtin: Expected integer at address 1:23 to be smaller than 2^200. Got: "
            "1606938044258990275541962092341162602522202993782792835301376.");
}

TEST(KeccakBuiltinTest, RelocatableInput) {
  KeccakBuiltinRunner keccak(true);
  testing::BuiltinFixture f(keccak);
  for (int i = 0; i < 8; ++i) {
    if (i == 5) {
      f.memory.insert({1, 5}, Relocatable{1, 0});
    } else {
      f.memory.insert({1, std::uint64_t(i)}, Felt{1});
    }
  }
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 9});
            }),
            "Keccak builtin: Expected integer at address 1:5. Got: 1:0.");
}

}  // namespace
}  // namespace cairovm
