// Fuzz target: the program JSON loader (Program::from_json_text) on arbitrary text, then the
// queries the runner makes of a loaded program.
#include "cairovm/program.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cairovm::fuzz::expect_only_cairovm_errors([&] {
    const cairovm::Program program =
        cairovm::Program::from_json_text(cairovm::fuzz::as_text(data, size));
    (void)program.main_pc();
    (void)program.label_pc(program.main_scope() + ".main");
    (void)program.resolve_alias(program.main_scope() + ".main");
    (void)program.identifier_type(program.main_scope() + ".main");
  });
  return 0;
}
