#include "cairovm/runner.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "cairovm/errors.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

using testing::kStoreFiveAndReturn;
using testing::program_json;

std::vector<std::uint64_t> u64s(const std::string& bytes) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t v = 0;
    for (int b = 7; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(bytes[i + b]);
    out.push_back(v);
  }
  return out;
}

TEST(RunnerTest, RunsMainAndRelocates) {
  const Program program = Program::from_json_text(program_json(kStoreFiveAndReturn));
  CairoRunner runner(program, RunOptions{});
  runner.run();
  EXPECT_EQ(runner.n_steps(), 2u);
  // Segments: program (3 cells), execution (3), return fp (0), end (0).
  EXPECT_EQ(runner.segment_offsets(), (std::vector<std::uint64_t>{1, 4, 7, 7}));

  std::ostringstream trace;
  runner.write_trace(trace);
  // ap, fp, pc per step.
  EXPECT_EQ(u64s(trace.str()), (std::vector<std::uint64_t>{6, 6, 1, 7, 6, 3}));

  std::ostringstream memory;
  runner.write_memory(memory);
  EXPECT_EQ(memory.str().size(), 6u * 40u);
  EXPECT_EQ(runner.info_text(false),
            "Number of steps: 2 (originally, 2)\nUsed memory cells: 6\n"
            "Register values after execution:\npc = 3:0\nap = 1:3\nfp = 2:0\n\n");
}

TEST(RunnerTest, StepLimitStopsTheRun) {
  // jmp rel 0: an endless loop.
  const Program program = Program::from_json_text(program_json(R"("0x10780017fff7fff", "0x0")"));
  RunOptions options;
  options.steps = 1000;
  CairoRunner runner(program, options);
  try {
    runner.run();
    FAIL() << "expected the step limit to stop the run";
  } catch (const VmException& e) {
    EXPECT_EQ(e.inner_message(), "Error: End of program was not reached");
    EXPECT_EQ(e.pc(), "0:0");
  }
  EXPECT_EQ(runner.n_steps(), 1000u);
}

TEST(RunnerTest, FailedAssertionNamesThePc) {
  // [ap] = 5, ap++; [ap - 1] = 6 (fails); ret
  const Program program = Program::from_json_text(program_json(
      R"("0x480680017fff8000", "0x5", "0x400680017fff7fff", "0x6", "0x208b7fff7fff7ffe")"));
  CairoRunner runner(program, RunOptions{});
  try {
    runner.run();
    FAIL();
  } catch (const VmException& e) {
    EXPECT_EQ(e.inner_message(), "An ASSERT_EQ instruction failed: 5 != 6.");
    EXPECT_EQ(std::string(e.what()), "Error at pc=0:2:\nAn ASSERT_EQ instruction failed: 5 != 6.");
  }
}

TEST(RunnerTest, RejectsUnknownLayoutAndMissingBuiltins) {
  const Program program = Program::from_json_text(program_json(kStoreFiveAndReturn));
  RunOptions options;
  options.layout = "no_such_layout";
  EXPECT_THROW(CairoRunner(program, options), RunnerError);

  std::string text = program_json(kStoreFiveAndReturn);
  text.replace(text.find(R"("builtins": [])"), 14, R"("builtins": ["output"])");
  const Program with_output = Program::from_json_text(text);
  try {
    CairoRunner runner(with_output, RunOptions{});
    FAIL();
  } catch (const RunnerError& e) {
    EXPECT_STREQ(e.what(), "Builtins {'output'} are not present in layout \"plain\"");
  }
}

TEST(RunnerTest, MissingMainIsAnError) {
  std::string text = program_json(kStoreFiveAndReturn);
  text.replace(text.find("__main__.main"), 13, "__main__.other");
  const Program program = Program::from_json_text(text);
  CairoRunner runner(program, RunOptions{});
  EXPECT_THROW(runner.run(), RunnerError);
}

}  // namespace
}  // namespace cairovm
