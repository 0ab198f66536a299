// The trace keeps 12-byte rows until an offset needs more than 32 bits, then widens every row.
#include "trace.hpp"

#include <gtest/gtest.h>

namespace cairovm {
namespace {

constexpr std::uint64_t kLargestNarrow = (std::uint64_t{1} << 32) - 1;

void push_narrow_rows(Trace& trace, std::uint64_t rows) {
  for (std::uint64_t step = 0; step < rows; ++step) {
    trace.push_back(step, step + 1, kLargestNarrow - step);
  }
}

void expect_narrow_rows(const Trace& trace, std::uint64_t rows) {
  for (std::uint64_t step = 0; step < rows; ++step) {
    const TraceEntry row = trace[step];
    ASSERT_EQ(row.pc_offset, step);
    ASSERT_EQ(row.ap_offset, step + 1);
    ASSERT_EQ(row.fp_offset, kLargestNarrow - step);
  }
}

TEST(TraceTest, KeepsOffsetsInNarrowRows) {
  Trace trace;
  EXPECT_TRUE(trace.empty());
  push_narrow_rows(trace, 1000);
  ASSERT_EQ(trace.size(), 1000u);
  expect_narrow_rows(trace, 1000);
}

TEST(TraceTest, KeepsRowsAcrossWidening) {
  Trace trace;
  push_narrow_rows(trace, 100000);
  // 2^32 is the first offset a narrow row cannot hold.
  trace.push_back(7, kLargestNarrow + 1, 9);
  const std::uint64_t far = std::uint64_t{1} << 40;
  trace.push_back(far, 2, 3);
  ASSERT_EQ(trace.size(), 100002u);
  expect_narrow_rows(trace, 100000);
  EXPECT_EQ(trace[100000].pc_offset, 7u);
  EXPECT_EQ(trace[100000].ap_offset, kLargestNarrow + 1);
  EXPECT_EQ(trace[100000].fp_offset, 9u);
  EXPECT_EQ(trace[100001].pc_offset, far);
  EXPECT_EQ(trace[100001].ap_offset, 2u);
  EXPECT_EQ(trace[100001].fp_offset, 3u);
}

}  // namespace
}  // namespace cairovm
