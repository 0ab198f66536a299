// Stepping a runner: run_for_steps, run_until_pc, registers, step limits and cancellation.
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "cairovm/errors.hpp"
#include "cairovm/runner.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

using testing::countdown;
using testing::program_json;

std::string trace_of(const CairoRunner& runner) {
  std::ostringstream out;
  runner.write_trace(out);
  return out.str();
}

std::string memory_of(const CairoRunner& runner) {
  std::ostringstream out;
  runner.write_memory(out);
  return out.str();
}

TEST(RunnerSteppingTest, ChunksGiveTheSameTraceAndMemoryAsOneRun) {
  const Program program = Program::from_json_text(program_json(countdown("0x3e8")));
  CairoRunner whole(program, RunOptions{});
  whole.run();
  ASSERT_EQ(whole.n_steps(), 2002u);

  CairoRunner stepped(program, RunOptions{});
  int calls = 0;
  while (!stepped.run_for_steps(300)) {
    ++calls;
    EXPECT_EQ(stepped.n_steps(), 300u * calls);
  }
  EXPECT_EQ(calls, 6);  // 6 * 300 < 2002 <= 7 * 300
  EXPECT_EQ(stepped.n_steps(), 2002u);
  EXPECT_TRUE(stepped.run_for_steps(5));  // at the end: no step past it
  EXPECT_EQ(stepped.n_steps(), 2002u);
  stepped.run();
  EXPECT_EQ(trace_of(stepped), trace_of(whole));
  EXPECT_EQ(memory_of(stepped), memory_of(whole));
}

TEST(RunnerSteppingTest, RegistersFollowTheSteps) {
  const Program program = Program::from_json_text(program_json(countdown("0x3e8")));
  CairoRunner runner(program, RunOptions{});
  EXPECT_THROW(static_cast<void>(runner.pc()), RunnerError);
  EXPECT_FALSE(runner.run_for_steps(0));
  EXPECT_EQ(runner.pc(), Relocatable(0, 0));
  EXPECT_EQ(runner.ap(), Relocatable(1, 2));  // after the return fp and pc
  EXPECT_EQ(runner.fp(), Relocatable(1, 2));
  EXPECT_FALSE(runner.run_for_steps(3));  // [ap] = 1000; [ap] = 999; jmp
  EXPECT_EQ(runner.pc(), Relocatable(0, 2));
  EXPECT_EQ(runner.ap(), Relocatable(1, 4));
}

TEST(RunnerSteppingTest, RunUntilPcStopsThere) {
  const Program program = Program::from_json_text(program_json(countdown("0x3e8")));
  CairoRunner runner(program, RunOptions{});
  EXPECT_TRUE(runner.run_until_pc(Relocatable(0, 6)));  // the ret
  EXPECT_EQ(runner.n_steps(), 2001u);
  EXPECT_FALSE(runner.run_until_pc(Relocatable(0, 0)));  // the end comes first
  EXPECT_TRUE(runner.end_reached());
  EXPECT_FALSE(runner.run_until_pc(Relocatable(0, 6), 10));
  runner.run();
  EXPECT_EQ(runner.n_steps(), 2002u);
}

TEST(RunnerSteppingTest, MaxStepsStopsWithATypedError) {
  const Program program = Program::from_json_text(program_json(countdown("0x3e8")));
  RunOptions options;
  options.max_steps = 100;
  CairoRunner runner(program, options);
  EXPECT_THROW(runner.run(), StepLimitError);
  EXPECT_EQ(runner.n_steps(), 100u);

  CairoRunner stepped(program, options);
  EXPECT_FALSE(stepped.run_for_steps(99));
  EXPECT_THROW(stepped.run_for_steps(1), StepLimitError);

  options.max_steps = 2002;  // exactly enough
  CairoRunner enough(program, options);
  EXPECT_NO_THROW(enough.run());
}

TEST(RunnerSteppingTest, CancelFromAnotherThreadStopsTheRun) {
  // 2^40 iterations: hours of steps unless the cancellation works.
  const Program program = Program::from_json_text(program_json(countdown("0x10000000000")));
  CairoRunner runner(program, RunOptions{});
  runner.initialize();
  std::thread canceller([&runner] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    runner.cancel();
  });
  EXPECT_THROW(runner.run(), CancelledError);
  canceller.join();
  EXPECT_THROW(runner.run_for_steps(1), CancelledError);
}

TEST(RunnerSteppingTest, NoGoingOnAfterAnErrorOrTheEnd) {
  // [ap] = 5, ap++; [ap - 1] = 6 fails.
  const Program failing = Program::from_json_text(program_json(
      R"("0x480680017fff8000", "0x5", "0x400680017fff7fff", "0x6", "0x208b7fff7fff7ffe")"));
  CairoRunner runner(failing, RunOptions{});
  EXPECT_THROW(runner.run_for_steps(10), VmException);
  EXPECT_THROW(runner.run_for_steps(10), RunnerError);

  const Program program = Program::from_json_text(program_json(countdown("0x3")));
  CairoRunner done(program, RunOptions{});
  done.run();
  EXPECT_THROW(done.run(), RunnerError);
  EXPECT_THROW(done.run_for_steps(1), RunnerError);
  EXPECT_THROW(done.initialize(), RunnerError);
}

}  // namespace
}  // namespace cairovm
