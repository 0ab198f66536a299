// The library as a host uses it, through the public headers only: one loaded program shared
// read-only by runners on several threads.
#include <gtest/gtest.h>

#include <cairovm/program.hpp>
#include <cairovm/runner.hpp>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "test_programs.hpp"

namespace cairovm {
namespace {

struct RunResult {
  std::uint64_t n_steps = 0;
  std::string trace;
  std::string memory;
};

RunResult run_once(const Program& program) {
  RunOptions options;
  options.allow_python_hints = false;  // no hints; keeps the runs free of the interpreter
  CairoRunner runner(program, options);
  runner.run();
  std::ostringstream trace;
  std::ostringstream memory;
  runner.write_trace(trace);
  runner.write_memory(memory);
  return {runner.n_steps(), trace.str(), memory.str()};
}

TEST(HostApiTest, ThreadsRunTheSameLoadedProgram) {
  const Program program =
      Program::from_json_text(testing::program_json(testing::countdown("0x3e8")));
  const RunResult expected = run_once(program);
  ASSERT_EQ(expected.n_steps, 2002u);

  constexpr int kThreads = 4;
  constexpr int kRunsPerThread = 5;
  std::vector<std::vector<RunResult>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&program, &results, t] {
      for (int i = 0; i < kRunsPerThread; ++i) results[t].push_back(run_once(program));
    });
  }
  for (std::thread& thread : threads) thread.join();

  for (const auto& per_thread : results) {
    ASSERT_EQ(per_thread.size(), static_cast<std::size_t>(kRunsPerThread));
    for (const RunResult& result : per_thread) {
      EXPECT_EQ(result.n_steps, expected.n_steps);
      EXPECT_EQ(result.trace, expected.trace);
      EXPECT_EQ(result.memory, expected.memory);
    }
  }
}

}  // namespace
}  // namespace cairovm
