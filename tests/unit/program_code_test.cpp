// What the runners of a program share: its instructions decoded and its hints resolved once, at
// load, used read-only by every runner (on any thread) instead of being redone per run; a host's
// hints replace cairovm's for its own runners only.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cairovm/hint_api.hpp"
#include "cairovm/runner.hpp"
#include "program_impl.hpp"
#include "runner_internals.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

// The countdown from 0x3e8, with alloc's hint before its `ret` (pc 6): the hint writes a new
// segment's address at ap, a cell no instruction writes.
constexpr const char* kAllocCode = "memory[ap] = segments.add()";

std::string countdown_with_alloc() {
  const std::string hints = std::string(R"(, "hints": {"6": [{"code": ")") + kAllocCode +
                            R"(", "accessible_scopes": ["__main__", "__main__.main"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}}}]})";
  std::string json = testing::program_json(testing::countdown("0x3e8"));
  json.replace(json.find(R"(, "hints": {})"), std::string(R"(, "hints": {})").size(), hints);
  return json;
}

RunOptions native_only() {
  RunOptions options;
  options.allow_python_hints = false;
  return options;
}

struct Observed {
  const CompiledHint* hints = nullptr;  // the hint table the VM ran with
  std::uint64_t decoded_words = 0;      // words the VM decoded itself
  std::uint64_t n_steps = 0;
  std::string trace, memory;
};

Observed run_and_observe(const Program& program, const RunOptions& options) {
  CairoRunner runner(program, options);
  runner.run();
  const VirtualMachine* vm = RunnerInternals::vm(runner);
  Observed seen{vm->hints().data(), vm->decoded_words(), runner.n_steps(), "", ""};
  std::ostringstream trace, memory;
  runner.write_trace(trace);
  runner.write_memory(memory);
  seen.trace = trace.str();
  seen.memory = memory.str();
  return seen;
}

TEST(ProgramCodeTest, InstructionsAreDecodedAndHintsResolvedAtLoad) {
  const Program program = Program::from_json_text(countdown_with_alloc());
  const ProgramCode& code = ProgramInternals::code(program);
  ASSERT_EQ(code.slots.size(), 7u);
  // The instructions at 0, 2, 4 and 6; their immediates at 1, 3, 5 are not instructions.
  for (std::size_t pc : {0u, 2u, 4u, 6u}) EXPECT_TRUE(code.slots[pc].decoded) << pc;
  EXPECT_EQ(code.slots[0].instruction.size, 2);
  EXPECT_FALSE(code.slots[3].decoded);  // P - 1 is no instruction word
  ASSERT_EQ(code.hints.size(), 1u);
  EXPECT_EQ(code.slots[6].first_hint, 0);
  EXPECT_NE(code.hints[0].native, nullptr);  // alloc is native
  EXPECT_FALSE(code.has_hints_without_native);

  // A copy of the Program shares the same code.
  const Program copy = program;  // NOLINT(performance-unnecessary-copy-initialization)
  EXPECT_EQ(&ProgramInternals::code(copy), &code);
}

TEST(ProgramCodeTest, ShapesAndImmediatesAreReadAtLoad) {
  const Program program =
      Program::from_json_text(testing::program_json(testing::countdown("0x3e8")));
  const ProgramCode& code = ProgramInternals::code(program);
  ASSERT_EQ(code.slots.size(), 7u);
  EXPECT_EQ(code.slots[0].shape, InstructionShape::kAssertImmOp1);
  EXPECT_EQ(code.slots[0].immediate, Felt{0x3e8}.limbs());
  EXPECT_EQ(code.slots[2].shape, InstructionShape::kAssertImmAdd);
  EXPECT_EQ(code.slots[2].immediate, (-Felt::one()).limbs());
  EXPECT_EQ(code.slots[4].shape, InstructionShape::kJnz);
  EXPECT_EQ(code.slots[4].immediate_delta, -2);  // jmp loop: back two words
  EXPECT_EQ(code.slots[6].shape, InstructionShape::kRet);
  EXPECT_EQ(code.slots[1].shape, InstructionShape::kOther);  // an immediate, not an instruction
  EXPECT_EQ(code.slots[2].negated_immediate, 1u);            // `x - 1` adds P - 1
  EXPECT_EQ(code.slots[0].negated_immediate, 0u);
}

TEST(ProgramCodeTest, TheStepLoopStopsAtWordsThatDoNotDecodeAndRunsHintsFirst) {
  const Program program = Program::from_json_text(countdown_with_alloc());
  const ProgramCode& code = ProgramInternals::code(program);
  ASSERT_EQ(code.slots.size(), 7u);
  EXPECT_EQ(code.slots[3].shape, InstructionShape::kStop);  // P - 1 is no instruction word
  // The hinted `ret`: the loop dispatches on kHinted, and keeps the instruction's own shape.
  EXPECT_EQ(code.slots[6].shape, InstructionShape::kHinted);
  EXPECT_EQ(code.slots[6].instruction_shape, InstructionShape::kRet);
  EXPECT_EQ(code.slots[4].shape, code.slots[4].instruction_shape);
}

TEST(ProgramCodeTest, RunnersOnSeveralThreadsUseTheSharedCode) {
  const Program program = Program::from_json_text(countdown_with_alloc());
  const ProgramCode& code = ProgramInternals::code(program);
  const Observed first = run_and_observe(program, native_only());
  ASSERT_EQ(first.n_steps, 2002u);

  constexpr int kThreads = 4;
  constexpr int kRunsPerThread = 3;
  std::vector<std::vector<Observed>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&program, &results, t] {
      for (int i = 0; i < kRunsPerThread; ++i) {
        results[t].push_back(run_and_observe(program, native_only()));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();

  for (const auto& per_thread : results) {
    ASSERT_EQ(per_thread.size(), static_cast<std::size_t>(kRunsPerThread));
    for (const Observed& seen : per_thread) {
      EXPECT_EQ(seen.hints, code.hints.data());  // the program's table, not a copy
      EXPECT_EQ(seen.decoded_words, 0u);         // nothing decoded again
      EXPECT_EQ(seen.n_steps, first.n_steps);
      EXPECT_EQ(seen.trace, first.trace);
      EXPECT_EQ(seen.memory, first.memory);
    }
  }
}

TEST(ProgramCodeTest, HostHintsReplaceTheSharedResolutionForTheirRunnerOnly) {
  const Program program = Program::from_json_text(countdown_with_alloc());
  const ProgramCode& code = ProgramInternals::code(program);
  const NativeHintFn cairovm_alloc = code.hints[0].native;

  auto registry = std::make_shared<HintRegistry>();
  registry->add(kAllocCode, [](HintAccess& hint) { hint.memory().insert(hint.ap(), Felt{7}); });
  RunOptions with_host = native_only();
  with_host.hints = registry;

  CairoRunner host_runner(program, with_host);
  CairoRunner plain_runner(program, native_only());
  host_runner.run();
  plain_runner.run();
  // The host's hint wrote 7 at the final ap; cairovm's alloc wrote a segment's address.
  EXPECT_EQ(host_runner.memory().get(host_runner.ap()), MaybeRelocatable{Felt{7}});
  const auto allocated = plain_runner.memory().get(plain_runner.ap());
  ASSERT_TRUE(allocated.has_value());
  EXPECT_TRUE(allocated->is_relocatable());
  // The shared table is unchanged.
  EXPECT_EQ(code.hints[0].native, cairovm_alloc);
  EXPECT_TRUE(RunnerInternals::vm(host_runner)->hint_is_native(0));
}

TEST(ProgramCodeTest, AWordThatDoesNotDecodeFailsWhenItRuns) {
  // main jumps to pc 2, which holds P - 1: not an instruction. Loading is fine (the word may be
  // data); the step that runs it fails as before.
  const Program program = Program::from_json_text(testing::program_json(
      R"("0x10780017fff7fff", "0x2",
         "0x800000000000011000000000000000000000000000000000000000000000000")"));
  CairoRunner runner(program, native_only());
  try {
    runner.run();
    FAIL() << "expected a VmException";
  } catch (const VmException& e) {
    EXPECT_NE(std::string(e.inner_message()).find("Unsupported instruction"), std::string::npos)
        << e.inner_message();
  }
  EXPECT_EQ(RunnerInternals::vm(runner)->decoded_words(), 1u);
}

}  // namespace
}  // namespace cairovm
