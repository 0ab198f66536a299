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

TEST(TraceTest, ClaimedRowsCountOnceCommitted) {
  Trace trace;
  push_narrow_rows(trace, 10);
  Trace::NarrowEntry* rows = trace.claim_narrow(100);
  ASSERT_NE(rows, nullptr);
  EXPECT_EQ(trace.size(), 10u);  // claimed, not yet rows
  for (std::uint32_t step = 10; step < 40; ++step) *rows++ = {step, step + 1, step + 2};
  trace.commit_narrow(rows);
  ASSERT_EQ(trace.size(), 40u);
  EXPECT_EQ(trace[39].pc_offset, 39u);
  EXPECT_EQ(trace[39].fp_offset, 41u);
  EXPECT_EQ(trace.wide_mask(), 0u);
  // Once wide, no narrow row can be claimed.
  trace.push_back(1, std::uint64_t{1} << 32, 2);
  EXPECT_EQ(trace.claim_narrow(5), nullptr);
  EXPECT_EQ(trace.wide_mask(), ~std::uint64_t{0});
  trace.commit_narrow(nullptr);
  EXPECT_EQ(trace.size(), 41u);
  EXPECT_EQ(trace[20].ap_offset, 21u);
}

}  // namespace
}  // namespace cairovm
