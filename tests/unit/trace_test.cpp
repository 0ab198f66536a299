// The trace keeps 12-byte rows until an offset needs more than 31 bits, then widens every row;
// each row's created-operand bits survive the widening.
#include "trace.hpp"

#include <gtest/gtest.h>

namespace cairovm {
namespace {

constexpr std::uint64_t kLargestNarrow = (std::uint64_t{1} << 31) - 1;

unsigned created_at(std::uint64_t step) {
  return static_cast<unsigned>(step % 8);
}

void push_narrow_rows(Trace& trace, std::uint64_t rows) {
  for (std::uint64_t step = 0; step < rows; ++step) {
    trace.push_back(step, step + 1, kLargestNarrow, created_at(step));
  }
}

void expect_narrow_rows(const Trace& trace, std::uint64_t rows) {
  for (std::uint64_t step = 0; step < rows; ++step) {
    const TraceEntry row = trace[step];
    ASSERT_EQ(row.pc_offset, step);
    ASSERT_EQ(row.ap_offset, step + 1);
    ASSERT_EQ(row.fp_offset, kLargestNarrow);
    ASSERT_EQ(trace.created_operands(step), created_at(step));
  }
}

TEST(TraceTest, KeepsOffsetsAndCreatedOperandsInNarrowRows) {
  Trace trace;
  EXPECT_TRUE(trace.empty());
  push_narrow_rows(trace, 1000);
  ASSERT_EQ(trace.size(), 1000u);
  expect_narrow_rows(trace, 1000);
}

TEST(TraceTest, KeepsRowsAcrossWidening) {
  Trace trace;
  push_narrow_rows(trace, 100000);
  // 2^31 is the first offset a narrow row cannot hold.
  trace.push_back(7, kLargestNarrow + 1, 9, kCreatedOp0);
  const std::uint64_t far = std::uint64_t{1} << 40;
  trace.push_back(far, 2, 3, kCreatedDst | kCreatedOp1);
  ASSERT_EQ(trace.size(), 100002u);
  expect_narrow_rows(trace, 100000);
  EXPECT_EQ(trace[100000].ap_offset, kLargestNarrow + 1);
  EXPECT_EQ(trace[100000].fp_offset, 9u);
  EXPECT_EQ(trace.created_operands(100000), unsigned{kCreatedOp0});
  EXPECT_EQ(trace[100001].pc_offset, far);
  EXPECT_EQ(trace[100001].fp_offset, 3u);
  EXPECT_EQ(trace.created_operands(100001), unsigned{kCreatedDst | kCreatedOp1});
}

}  // namespace
}  // namespace cairovm
