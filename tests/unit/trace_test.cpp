// The trace keeps 12-byte rows until an offset needs more than 32 bits, then widens every row.
#include "trace.hpp"

#include <gtest/gtest.h>

namespace cairovm {
namespace {

TEST(TraceTest, KeepsRowsAcrossWidening) {
  Trace trace;
  EXPECT_TRUE(trace.empty());
  for (std::uint64_t step = 0; step < 100000; ++step) trace.push_back(step, step + 1, 0xFFFFFFFFu);
  const std::uint64_t far = std::uint64_t{1} << 40;
  trace.push_back(7, far, 9);
  trace.push_back(1, 2, 3);
  ASSERT_EQ(trace.size(), 100002u);
  for (std::uint64_t step = 0; step < 100000; ++step) {
    const TraceEntry row = trace[step];
    ASSERT_EQ(row.pc_offset, step);
    ASSERT_EQ(row.ap_offset, step + 1);
    ASSERT_EQ(row.fp_offset, 0xFFFFFFFFu);
  }
  EXPECT_EQ(trace[100000].ap_offset, far);
  EXPECT_EQ(trace[100000].fp_offset, 9u);
  EXPECT_EQ(trace[100001].pc_offset, 1u);
  EXPECT_EQ(trace[100001].fp_offset, 3u);
}

}  // namespace
}  // namespace cairovm
