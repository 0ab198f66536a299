// Fuzz target: whole runs of fuzzed programs, with a step cap, on the all_cairo layout with the
// native hints only. Input format (tools/fuzz_seeds.py writes seeds in it):
//   byte 0    builtins, one bit each in the layout's order: output, pedersen, range_check, ecdsa,
//             bitwise, ec_op, keccak, poseidon
//   byte 1    bits 0-2: range_check96, add_mod, mul_mod; bit 3: no secure run
//   byte 2    pc of a hint (0xff: none)
//   byte 3    which hint (see kHintCodes)
//   then      the program data, 8 bytes (little-endian) per cell: a word below 2^63 is that value
//             (an instruction or a small constant), otherwise minus its low 63 bits.
#include <array>
#include <optional>
#include <sstream>
#include <string>

#include "cairovm/felt.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"
#include "fuzz_support.hpp"

namespace {

constexpr std::uint64_t kStepCap = 2000;
constexpr std::size_t kMaxCells = 1024;
constexpr std::size_t kHeaderBytes = 4;

constexpr std::array<const char*, 11> kBuiltins = {
    "output", "pedersen", "range_check",   "ecdsa",   "bitwise", "ec_op",
    "keccak", "poseidon", "range_check96", "add_mod", "mul_mod"};

// Native hints that need no references.
constexpr std::array<const char*, 4> kHintCodes = {
    "memory[ap] = segments.add()", "vm_enter_scope()", "vm_exit_scope()",
    "memory[ap] = to_felt_or_relocatable(segments.add_temp_segment())"};

cairovm::Felt cell_value(const std::uint8_t* bytes) {
  std::uint64_t word = 0;
  for (int i = 7; i >= 0; --i) word = (word << 8) | bytes[i];
  constexpr std::uint64_t kLow63 = (std::uint64_t{1} << 63) - 1;
  if (word <= kLow63) return cairovm::Felt{word};
  return cairovm::Felt::from_int64(-static_cast<std::int64_t>(word & kLow63));
}

// The hint's JSON. The codes hold no character that JSON would escape.
std::string hint_json(std::uint8_t which) {
  return std::string{R"([{"code":")"} + kHintCodes[which % kHintCodes.size()] +
         R"(","accessible_scopes":["__main__","__main__.main"],)"
         R"("flow_tracking_data":{"ap_tracking":{"group":0,"offset":0},"reference_ids":{}}}])";
}

// Written as text rather than through nlohmann::json: building and dumping a JSON tree took a
// seventh of each execution, which the loader's own target already covers.
std::string program_json(const std::uint8_t* data, std::size_t size) {
  std::string json =
      R"({"prime":"0x800000000000011000000000000000000000000000000000000000000000001","builtins":[)";
  const unsigned mask = data[0] | (static_cast<unsigned>(data[1] & 7) << 8);
  bool first = true;
  for (std::size_t i = 0; i < kBuiltins.size(); ++i) {
    if ((mask & (1u << i)) == 0) continue;
    json += first ? "\"" : ",\"";
    json += kBuiltins[i];
    json += '"';
    first = false;
  }
  json += R"(],"data":[)";
  std::size_t cells = 0;
  for (std::size_t at = kHeaderBytes; at + 8 <= size && cells < kMaxCells; at += 8, ++cells) {
    json += cells == 0 ? "\"" : ",\"";
    json += cell_value(data + at).to_hex_string();
    json += '"';
  }
  json += R"(],"hints":{)";
  if (data[2] != 0xff && data[2] < cells) {
    json += '"' + std::to_string(data[2]) + "\":" + hint_json(data[3]);
  }
  json += R"(},"main_scope":"__main__","identifiers":{"__main__.main":)"
          R"({"type":"function","pc":0,"decorators":[]}},"reference_manager":{"references":[]},)"
          R"("attributes":[],"debug_info":null})";
  return json;
}

}  // namespace

namespace {

/// One run with the given step option; then what the CLI prints or writes of a finished run.
void run_and_print(const cairovm::Program& program, bool secure_run,
                   std::optional<std::uint64_t> steps, std::uint64_t& steps_done) {
  cairovm::RunOptions options;
  options.layout = "all_cairo";
  options.steps = steps;
  options.allow_python_hints = false;
  if (!secure_run) options.secure_run = false;
  cairovm::CairoRunner runner(program, options);
  try {
    runner.run();
  } catch (const cairovm::Error&) {
    steps_done = runner.n_steps();
    (void)runner.info_text(false);  // what a failed run has is still printable
    throw;
  }
  steps_done = runner.n_steps();
  (void)runner.output_text();
  (void)runner.info_text(true);
  std::ostringstream trace, memory;
  runner.write_trace(trace);
  runner.write_memory(memory);
  (void)runner.cairo_pie_zip(false);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < kHeaderBytes + 8) return 0;
  const std::string json = program_json(data, size);
  const bool secure_run = (data[1] & 8) == 0;
  std::uint64_t steps_done = kStepCap;
  // Loaded once for both runs, as runners share a program (the loader has its own target).
  std::optional<cairovm::Program> program;
  cairovm::fuzz::expect_only_cairovm_errors([&] {
    program.emplace(cairovm::Program::from_json_text(json));
    // Capped first: with --steps the run must last exactly that long, so it fails either way.
    run_and_print(*program, secure_run, kStepCap, steps_done);
  });
  if (!program || steps_done >= kStepCap) return 0;
  // It stopped before the cap (reached its end or failed): runs are deterministic, so the same
  // run without --steps is bounded too, and goes through the end of the run when it ends well.
  cairovm::fuzz::expect_only_cairovm_errors(
      [&] { run_and_print(*program, secure_run, std::nullopt, steps_done); });
  return 0;
}
