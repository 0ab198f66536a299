// Fuzz target: the --cairo_layout_params_file reader, and the dynamic layout built from what it
// accepts.
#include "cairovm/layout.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cairovm::fuzz::expect_only_cairovm_errors([&] {
    const cairovm::CairoLayoutParams params =
        cairovm::parse_cairo_layout_params(cairovm::fuzz::as_text(data, size));
    (void)cairovm::dynamic_layout(params);
  });
  return 0;
}
