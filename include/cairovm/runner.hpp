// Runs a loaded program the way cairo-run does: segments, entrypoint, step loop, end of run,
// relocation, and the printed and written results.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/memory.hpp"
#include "cairovm/program.hpp"

namespace cairovm {

class HintRegistry;

struct RunOptions {
  std::string layout = "plain";
  bool proof_mode = false;
  /// cairo-run's --steps: run exactly this many steps (an error if the end comes before or after).
  std::optional<std::uint64_t> steps;
  /// cairo-run's --min_steps.
  std::optional<std::uint64_t> min_steps;
  /// cairo-run's --no_end: run --steps steps without requiring the end of the program.
  bool no_end = false;
  /// Defaults to !proof_mode, as in cairo-run.
  std::optional<bool> secure_run;
  bool allow_missing_builtins = false;
  /// The function to run, by its name in the main scope (the Rust VM's --entrypoint).
  std::string entrypoint = "main";
  /// The JSON text of --program_input ("" without it): `program_input` of the Python hints.
  std::string program_input_json;
  /// Run hints without a native implementation in the embedded Python (false: they fail, as
  /// with --no_python_hints).
  bool allow_python_hints = true;
  /// The host's own native hints, by code string; they replace cairovm's for the same code
  /// (see cairovm/hint_api.hpp).
  std::shared_ptr<const HintRegistry> hints;
};

class VirtualMachine;
class BuiltinRunner;

/// One run of one program. Not thread-safe; independent runners may run on different threads.
class CairoRunner {
 public:
  CairoRunner(const Program& program, RunOptions options);
  ~CairoRunner();
  CairoRunner(const CairoRunner&) = delete;
  CairoRunner& operator=(const CairoRunner&) = delete;

  /// The whole cairo-run sequence: initialise, run to the end (honouring the step options), end
  /// the run, read return values, security checks, relocate. Throws VmException for errors inside
  /// the run (with cairo-run's report) and RunnerError for the runner's own checks.
  void run();

  /// The same sequence in three parts, for callers that handle errors between them (cairo-run's
  /// --debug_error): segments and entrypoint; the steps and the end of the run; return values,
  /// security checks and relocation.
  void initialize();
  void execute();
  void finish();

  std::uint64_t n_steps() const noexcept;

  /// cairo-run's --print_output, --print_info, --print_segments and --print_memory text.
  std::string output_text() const;
  std::string info_text(bool relocated) const;
  std::string segments_text() const;
  std::string memory_text(bool relocated) const;
  /// The output builtin's cells in the signed representation (empty without the builtin).
  std::vector<std::string> output_values() const;

  /// Relocated trace: ap, fp, pc as little-endian u64 per step.
  void write_trace(std::ostream& out) const;
  /// Relocated memory: little-endian u64 address and 32-byte value per cell, in address order.
  void write_memory(std::ostream& out) const;

  const Memory& memory() const noexcept { return memory_; }
  const std::vector<std::uint64_t>& segment_offsets() const noexcept { return segment_offsets_; }

 private:
  void run_steps();
  void vm_step();
  [[noreturn]] void report_step_error(const VmError& error) const;
  void run_until_end_pc(std::optional<std::uint64_t> max_steps);
  void run_until_steps(std::uint64_t steps);
  void end_run();
  void read_return_values();
  void verify_secure_run() const;
  void relocate();
  [[noreturn]] void rethrow_with_location(const std::string& inner, bool with_traceback) const;
  std::uint64_t relocate_address(std::int64_t segment, std::uint64_t offset) const;

  const Program& program_;
  RunOptions options_;
  Memory memory_;
  std::unique_ptr<VirtualMachine> vm_;
  Relocatable program_base_, execution_base_, final_pc_;
  std::vector<std::unique_ptr<BuiltinRunner>> builtins_;  // in the layout's order
  BuiltinRunner* builtin(std::string_view name) const;
  std::optional<std::uint64_t> original_steps_;
  bool run_ended_ = false;
  std::vector<std::uint64_t> segment_sizes_;
  std::vector<std::uint64_t> segment_offsets_;
};

}  // namespace cairovm
