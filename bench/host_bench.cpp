// A host's short runs: runs per second of a program loaded once and shared by the runners,
// against loading (parsing, decoding, resolving its hints) again for every run. Runs per second
// are the items rate. Two programs: the example sequencer's (29 words, 2 hints), and a large
// program whose run is short (a contract with a big library: most of its code and hints are never
// reached), where what a runner would redo per run from the program alone shows most.
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

// 2 * `n_words` words of library code (`[ap] = 5, ap++`, never reached) with a hint per
// instruction (alloc's code, with an `ids` reference), after a short `main` (a countdown of 16).
std::string large_program_text(int n_words) {
  std::string data =
      R"("0x480680017fff8000", "0x10", "0x482480017fff8000",
    "0x800000000000011000000000000000000000000000000000000000000000000", "0x20680017fff7fff",
    "0x800000000000010ffffffffffffffffffffffffffffffffffffffffffffffff", "0x208b7fff7fff7ffe")";
  std::string hints;
  for (int i = 0; i < n_words; ++i) {
    const int pc = 7 + 2 * i;
    data += R"(, "0x480680017fff8000", "0x5")";
    hints += std::string(i ? "," : "") + "\"" + std::to_string(pc) +
             R"json(": [{"accessible_scopes": ["__main__", "__main__.lib"],
        "code": "memory[ap] = segments.add()",
        "flow_tracking_data": {"ap_tracking": {"group": 1, "offset": 0},
                               "reference_ids": {"__main__.lib.x": 0}}}])json";
  }
  return R"({"prime": "0x800000000000011000000000000000000000000000000000000000000000001",
    "data": [)" +
         data + R"(], "builtins": [], "hints": {)" + hints + R"(}, "main_scope": "__main__",
    "reference_manager": {"references": [{"ap_tracking_data": {"group": 1, "offset": 0},
                                          "pc": 7, "value": "[cast(fp + (-3), felt*)]"}]},
    "attributes": [], "debug_info": null,
    "identifiers": {"__main__.main": {"type": "function", "pc": 0, "decorators": []}}})";
}

constexpr int kLargeProgramWords = 10'000;

cairovm::RunOptions large_run_options() {
  cairovm::RunOptions options;
  options.allow_python_hints = false;
  return options;
}

void BM_HostLargeProgramLoadedOnce(benchmark::State& state) {
  const cairovm::Program program =
      cairovm::Program::from_json_text(large_program_text(kLargeProgramWords));
  const cairovm::RunOptions options = large_run_options();
  for (auto _ : state) {
    cairovm::CairoRunner runner(program, options);
    runner.run();
    benchmark::DoNotOptimize(runner.n_steps());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HostLargeProgramLoadedOnce)->Unit(benchmark::kMicrosecond);

void BM_HostLargeProgramLoadedPerRun(benchmark::State& state) {
  const std::string text = large_program_text(kLargeProgramWords);
  const cairovm::RunOptions options = large_run_options();
  for (auto _ : state) {
    const cairovm::Program program = cairovm::Program::from_json_text(text);
    cairovm::CairoRunner runner(program, options);
    runner.run();
    benchmark::DoNotOptimize(runner.n_steps());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HostLargeProgramLoadedPerRun)->Unit(benchmark::kMicrosecond);

}  // namespace
