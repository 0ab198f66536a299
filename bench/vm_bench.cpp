// Step-loop and decoder benchmarks. Steps per second are reported as the items rate.
#include <benchmark/benchmark.h>

#include <string>

#include "instruction.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"

namespace {

// `tempvar x = N; loop: tempvar x = x - 1; jmp loop if x != 0; return ();` as cairo-compile
// emits it, with N spliced in.
std::string countdown_program(std::uint64_t iterations) {
  char n[32];
  std::snprintf(n, sizeof n, "0x%llx", static_cast<unsigned long long>(iterations));
  return std::string(
             R"({"prime": "0x800000000000011000000000000000000000000000000000000000000000001",
    "data": ["0x480680017fff8000", ")") +
         n + R"(", "0x482480017fff8000",
      "0x800000000000011000000000000000000000000000000000000000000000000", "0x20680017fff7fff",
      "0x800000000000010ffffffffffffffffffffffffffffffffffffffffffffffff", "0x208b7fff7fff7ffe"],
    "builtins": [], "hints": {}, "main_scope": "__main__", "attributes": [], "debug_info": null,
    "reference_manager": {"references": []},
    "identifiers": {"__main__.main": {"type": "function", "pc": 0, "decorators": []}}})";
}

void BM_StepLoop(benchmark::State& state) {
  const auto iterations = static_cast<std::uint64_t>(state.range(0));
  const cairovm::Program program = cairovm::Program::from_json_text(countdown_program(iterations));
  std::uint64_t steps = 0;
  for (auto _ : state) {
    cairovm::CairoRunner runner(program, cairovm::RunOptions{});
    runner.run();
    steps += runner.n_steps();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(steps));
}
BENCHMARK(BM_StepLoop)->Arg(1000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_DecodeInstruction(benchmark::State& state) {
  const cairovm::Felt words[] = {
      cairovm::Felt{0x480680017fff8000}, cairovm::Felt{0x482480017fff8000},
      cairovm::Felt{0x20680017fff7fff}, cairovm::Felt{0x208b7fff7fff7ffe}};
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(cairovm::decode_instruction(words[i++ & 3], true));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeInstruction);

void BM_LoadProgram(benchmark::State& state) {
  const std::string text = countdown_program(1000);
  for (auto _ : state) benchmark::DoNotOptimize(cairovm::Program::from_json_text(text));
}
BENCHMARK(BM_LoadProgram);

}  // namespace
