// A sequencer-style host: loads a program once, runs it for a batch of program inputs with a
// step limit per run, reads each run's output and execution resources, and supplies one hint of
// the program (`host_fee`) natively.
//
//   cairovm_sequencer_example examples/sequencer_program.json
#include <cairovm/errors.hpp>
#include <cairovm/hint_api.hpp>
#include <cairovm/program.hpp>
#include <cairovm/runner.hpp>

#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

// The fee the host charges for a run of size n: n * 10 (an arbitrary host rule).
constexpr std::uint64_t kFeePerUnit = 10;

std::shared_ptr<const cairovm::HintRegistry> host_hints() {
  auto registry = std::make_shared<cairovm::HintRegistry>();
  registry->add("ids.fee = host_fee(ids.n)", [](cairovm::HintAccess& hint) {
    hint.ids_set("fee", hint.ids_felt("n") * cairovm::Felt{kFeePerUnit});
  });
  return registry;
}

std::uint64_t fib(std::uint64_t n) {
  std::uint64_t a = 0;
  std::uint64_t b = 1;
  for (std::uint64_t i = 0; i < n; ++i) {
    const std::uint64_t next = a + b;
    a = b;
    b = next;
  }
  return a;
}

struct Job {
  std::uint64_t n;
  bool expect_step_limit;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " PROGRAM_JSON\n";
    return 2;
  }
  // Loaded once; every run below shares it read-only.
  const cairovm::Program program = cairovm::Program::from_file(argv[1]);
  const auto hints = host_hints();
  const std::vector<Job> jobs = {{0, false},  {1, false},  {10, false},
                                 {50, false}, {90, false}, {100000, true}};

  int failures = 0;
  for (const Job& job : jobs) {
    cairovm::RunOptions options;
    options.layout = "small";
    options.program_input_json = R"({"n": )" + std::to_string(job.n) + "}";
    options.max_steps = 10000;  // this host's limit per transaction
    options.hints = hints;
    cairovm::CairoRunner runner(program, options);
    try {
      runner.run();
    } catch (const cairovm::StepLimitError&) {
      std::cout << "n=" << job.n << ": step limit after " << runner.n_steps() << " steps\n";
      failures += job.expect_step_limit ? 0 : 1;
      continue;
    }
    const cairovm::ExecutionResources resources = runner.execution_resources();
    const std::vector<std::string> output = runner.output_values();
    const std::string expected = std::to_string(fib(job.n) + job.n * kFeePerUnit);
    const bool ok = !job.expect_step_limit && output.size() == 1 && output[0] == expected;
    failures += ok ? 0 : 1;
    std::cout << "n=" << job.n << ": output " << (output.empty() ? "-" : output[0]) << ", "
              << resources.n_steps << " steps, " << resources.n_memory_holes << " holes";
    for (const auto& [builtin, instances] : resources.builtin_instances) {
      std::cout << ", " << builtin << " " << instances;
    }
    std::cout << (ok ? "" : "  (unexpected)") << "\n";
  }
  if (failures != 0) {
    std::cout << "sequencer: " << failures << " runs failed\n";
    return 1;
  }
  std::cout << "sequencer: " << jobs.size() << " runs ok\n";
  return 0;
}
