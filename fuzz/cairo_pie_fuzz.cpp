// Fuzz target: the Cairo PIE reader (zip archive, members, validity checks) on arbitrary bytes,
// and, for PIEs it accepts with few steps, the run from the PIE (--run_from_cairo_pie) with the
// comparison of the resulting PIE.
#include <string>

#include "cairo_pie_input.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"
#include "fuzz_support.hpp"

namespace {
constexpr std::uint64_t kMaxSteps = 5000;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cairovm::fuzz::expect_only_cairovm_errors([&] {
    const cairovm::CairoPieInput pie =
        cairovm::read_cairo_pie(std::string(cairovm::fuzz::as_text(data, size)));
    const cairovm::Program program = cairovm::Program::from_json_text(pie.program_json);
    if (pie.n_steps > kMaxSteps) return;
    cairovm::RunOptions options;
    options.layout = "all_cairo";
    options.steps = pie.n_steps;
    options.cairo_pie = &pie;
    options.allow_python_hints = false;
    cairovm::CairoRunner runner(program, options);
    runner.run();
    (void)cairovm::cairo_pie_diff(pie, runner.cairo_pie_members(false));
  });
  return 0;
}
