#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "pedersen_builtin.hpp"

namespace cairovm {
namespace {

using testing::BuiltinFixture;

TEST(BuiltinWriteOrderTest, RecordsFirstWritesAndKeepsTheRules) {
  PedersenBuiltinRunner pedersen(true);
  BuiltinFixture fixture(pedersen);
  EXPECT_TRUE(pedersen.write_order().empty());
  pedersen.record_write_order(fixture.memory);
  const std::int64_t segment = pedersen.base().segment;
  fixture.memory.insert({segment, 4}, Felt{2});
  fixture.memory.insert({segment, 3}, Felt{1});
  fixture.memory.insert({segment, 4}, Felt{2});  // written again: not a first write
  // The deduction rule still answers through the recorder, and its result is a write too.
  const auto hash = fixture.memory.deduce({segment, 5});
  ASSERT_TRUE(hash.has_value());
  const std::vector<std::uint64_t> expected = {4, 3, 5};
  EXPECT_EQ(
      std::vector<std::uint64_t>(pedersen.write_order().begin(), pedersen.write_order().end()),
      expected);
}

}  // namespace
}  // namespace cairovm
