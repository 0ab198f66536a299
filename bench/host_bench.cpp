// A host's short runs: runs per second of a program loaded once and shared by the runners,
// against loading (parsing) it again for every run. Runs per second are the items rate.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "cairovm/hint_api.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"

namespace {

// A compiled program of a few hundred steps with hints, debug info and identifiers, as a host
// would load it (the example sequencer's program, its hints answered natively).
std::string short_program_text() {
  std::ifstream in(CAIROVM_SOURCE_DIR "/examples/sequencer_program.json");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

cairovm::RunOptions short_run_options() {
  auto hints = std::make_shared<cairovm::HintRegistry>();
  hints->add("ids.n = program_input['n']",
             [](cairovm::HintAccess& hint) { hint.ids_set("n", cairovm::Felt{100}); });
  hints->add("ids.fee = host_fee(ids.n)",
             [](cairovm::HintAccess& hint) { hint.ids_set("fee", cairovm::Felt{1}); });
  cairovm::RunOptions options;
  options.layout = "small";
  options.allow_python_hints = false;
  options.hints = hints;
  return options;
}

void BM_HostRunLoadedOnce(benchmark::State& state) {
  const cairovm::Program program = cairovm::Program::from_json_text(short_program_text());
  const cairovm::RunOptions options = short_run_options();
  for (auto _ : state) {
    cairovm::CairoRunner runner(program, options);
    runner.run();
    benchmark::DoNotOptimize(runner.n_steps());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HostRunLoadedOnce)->Unit(benchmark::kMicrosecond);

void BM_HostRunLoadedPerRun(benchmark::State& state) {
  const std::string text = short_program_text();
  const cairovm::RunOptions options = short_run_options();
  for (auto _ : state) {
    const cairovm::Program program = cairovm::Program::from_json_text(text);
    cairovm::CairoRunner runner(program, options);
    runner.run();
    benchmark::DoNotOptimize(runner.n_steps());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HostRunLoadedPerRun)->Unit(benchmark::kMicrosecond);

}  // namespace
