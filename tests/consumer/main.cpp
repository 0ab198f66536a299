// Uses cairovm through its public headers only: load a program from JSON text, register a host
// hint, run it with a step limit, read the output and the execution resources.
#include <cairovm/errors.hpp>
#include <cairovm/hint_api.hpp>
#include <cairovm/program.hpp>
#include <cairovm/runner.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace {

// %builtins output; main: a host hint writes [ap + 1]; assert [output_ptr] = [ap + 1];
// return output_ptr + 1 (3 steps).
const char* const kProgram = R"json({
  "prime": "0x800000000000011000000000000000000000000000000000000000000000001",
  "data": ["0x400280007ffd8001", "0x482680017ffd8000", "0x1", "0x208b7fff7fff7ffe"],
  "builtins": ["output"],
  "hints": {"0": [{"code": "memory[ap + 1] = host_value()",
    "accessible_scopes": ["__main__", "__main__.main"],
    "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}}}]},
  "main_scope": "__main__", "reference_manager": {"references": []}, "attributes": [],
  "debug_info": null,
  "identifiers": {"__main__.main": {"type": "function", "pc": 0, "decorators": []}}})json";

}  // namespace

int main() {
  try {
    const cairovm::Program program = cairovm::Program::from_json_text(kProgram);
    auto hints = std::make_shared<cairovm::HintRegistry>();
    hints->add("memory[ap + 1] = host_value()", [](cairovm::HintAccess& hint) {
      hint.memory().insert(cairovm::add(hint.ap(), 1), cairovm::Felt{7});
    });
    cairovm::RunOptions options;
    options.layout = "small";
    options.max_steps = 100;
    options.allow_python_hints = false;
    options.hints = hints;
    cairovm::CairoRunner runner(program, options);
    runner.run();
    const auto output = runner.output_values();
    const auto resources = runner.execution_resources();
    std::cout << "output " << (output.empty() ? "-" : output[0]) << ", " << resources.n_steps
              << " steps\n";
    if (output.size() != 1 || output[0] != "7" || resources.n_steps != 3) return 1;
  } catch (const cairovm::Error& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 1;
  }
  std::cout << "consumer: ok\n";
  return 0;
}
