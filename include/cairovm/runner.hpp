// Runs a loaded program the way cairo-run does: segments, entrypoint, step loop, end of run,
// relocation, and the printed and written results.
#pragma once

#include "cairovm/export.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/layout.hpp"
#include "cairovm/memory.hpp"
#include "cairovm/program.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

struct CairoPieInput;
class HintRegistry;

/// How to run a program: cairo-run's flags, and a host's limits, input and hints. A plain value:
/// one RunOptions may be copied into any number of runners (the HintRegistry is shared).
struct RunOptions {
  /// A layout name: one of layout_names(), or "all_cairo" (which cairo-run's CLI refuses).
  std::string layout = "plain";
  /// The parsed --cairo_layout_params_file; required with layout "dynamic", ignored otherwise.
  std::optional<CairoLayoutParams> cairo_layout_params;
  bool proof_mode = false;
  /// cairo-run's --steps: run exactly this many steps (an error if the end comes before or after).
  std::optional<std::uint64_t> steps;
  /// cairo-run's --min_steps.
  std::optional<std::uint64_t> min_steps;
  /// A host's step limit: a run that has not reached the end of the program after this many steps
  /// stops with StepLimitError (unlike `steps`, fewer steps are fine).
  std::optional<std::uint64_t> max_steps;
  /// cairo-run's --no_end: run --steps steps without requiring the end of the program.
  bool no_end = false;
  /// Defaults to !proof_mode, as in cairo-run.
  std::optional<bool> secure_run;
  /// cairo-run's --allow_missing_builtins: program builtins absent from the layout get 0 as
  /// their base and must return 0 as their stop pointer. (cairo-run defaults it to proof_mode; the
  /// CLI applies that default.)
  bool allow_missing_builtins = false;
  /// The function to run, by its name in the main scope (the Rust VM's --entrypoint).
  std::string entrypoint = "main";
  /// The JSON text of --program_input ("" without it): `program_input` of the Python hints.
  std::string program_input_json;
  /// Run hints without a native implementation in the embedded Python (false: they fail, as
  /// with --no_python_hints).
  bool allow_python_hints = true;
  /// Receives cairo-run's "Warning: ..." lines (proof mode's extra steps); cairo-run prints them
  /// on stdout.
  std::function<void(const std::string&)> on_warning;
  /// --run_from_cairo_pie: the PIE whose memory, segments and builtin data the run starts from
  /// (not owned; set `steps` to its n_steps).
  const CairoPieInput* cairo_pie = nullptr;
  /// Run every hint in the embedded Python, those with a native implementation too
  /// (--python_hints_only): holds the Python path to the reference on every program.
  bool python_hints_only = false;
  /// The host's own native hints, by code string; they replace cairovm's for the same code
  /// (see cairovm/hint_api.hpp).
  std::shared_ptr<const HintRegistry> hints;
  /// Extra names for the main scope of the Python hints, as cairo-lang's CairoRunner(hint_locals=):
  /// a borrowed PyObject* dict (str -> object) or null. Set by the Python module, which keeps the
  /// dict alive for the runner's lifetime; unused without Python hints.
  void* python_hint_locals = nullptr;
};

/// What a run used, as the reference's ExecutionResources (Cairo PIE, --print_info).
struct ExecutionResources {
  std::uint64_t n_steps = 0;
  /// Unused cells inside the memory the run used (the reference's count).
  std::uint64_t n_memory_holes = 0;
  /// Used instances per builtin of the program, by "<name>_builtin", in the layout's order.
  std::vector<std::pair<std::string, std::uint64_t>> builtin_instances;
};

class VirtualMachine;
class BuiltinRunner;

/// One run of one program, as cairo-run does it: segments, entrypoint, step loop, end of run,
/// relocation, and the printed and written results.
///
/// A runner uses the Program's shared, read-only code (instructions decoded and hints resolved
/// at load), so making one costs its own memory and builtins only. The Program must outlive the
/// runner.
///
/// Thread safety: one runner is used by one thread at a time, except cancel(), which any thread
/// may call at any time. Independent runners may run on different threads, also on the same
/// Program. Python hints run in the process's one interpreter and take its lock while they run.
///
/// Errors: VmException for failures inside the run (cairo-run's report as what()); its
/// subclasses StepLimitError (RunOptions::max_steps) and CancelledError (cancel()); RunnerError
/// for the runner's own checks (missing builtins, end of program not reached, security checks,
/// misuse such as stepping a finished run).
class CairoRunner {
 public:
  /// Checks the options against the program (layout, builtins) and makes the builtin runners;
  /// nothing runs yet. Throws RunnerError (an unknown layout, a builtin the layout lacks, builtins
  /// out of order).
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

  /// Stepping, for hosts and the Python module: initialises the runner if needed, then runs at
  /// most `n` more steps towards the end of the program (the return pc of the entrypoint, or
  /// __end__ in proof mode), never past it. Returns true once the end is reached. run(), or
  /// execute() and finish(), then complete the run from where it stopped; stepping in chunks
  /// gives the same trace and memory as one run.
  bool run_for_steps(std::uint64_t n);
  /// Runs until the pc is `pc` (returns true), or until the end of the program or `max_steps`
  /// more steps (returns false). Initialises the runner if needed.
  bool run_until_pc(const Relocatable& pc, std::optional<std::uint64_t> max_steps = std::nullopt);
  /// Whether the step loop has reached the end of the program (see run_for_steps).
  bool end_reached() const noexcept;
  bool initialized() const noexcept { return vm_ != nullptr; }
  /// Whether the run has ended: execute() has returned or thrown.
  bool executed() const noexcept { return executed_; }

  /// Asks a run on another thread to stop. Thread-safe; the run throws CancelledError at its
  /// next check (every 65,536 steps, and before each stepping call), and the runner cannot go on.
  void cancel() noexcept { cancel_requested_.store(true, std::memory_order_relaxed); }

  /// The registers, unrelocated (segment:offset); RunnerError before initialisation.
  Relocatable pc() const;
  Relocatable ap() const;
  Relocatable fp() const;

  /// Steps run so far (0 before initialisation).
  std::uint64_t n_steps() const noexcept;

  /// cairo-run's --print_output, --print_info, --print_segments and --print_memory text.
  std::string output_text() const;
  std::string info_text(bool relocated) const;
  std::string segments_text() const;
  std::string memory_text(bool relocated) const;
  /// Proof mode's "Builtin usage:" table of --print_info ("" without builtins).
  std::string builtin_usage_text() const;
  /// The AIR public input JSON (proof mode), as cairo-run writes it.
  std::string air_public_input_json(const std::string& layout_name) const;
  /// The AIR private input JSON (proof mode): the file paths as given, made absolute.
  std::string air_private_input_json(const std::string& trace_path,
                                     const std::string& memory_path) const;
  /// What the run used; after finish() (or run()).
  ExecutionResources execution_resources() const;
  /// The Cairo PIE zip (--cairo_pie_output), extra segments merged into one if asked.
  std::string cairo_pie_zip(bool merge_extra_segments) const;
  /// The PIE's files (name, contents) in the zip's order.
  std::vector<std::pair<std::string, std::string>> cairo_pie_members(
      bool merge_extra_segments) const;
  /// The output builtin's cells in the signed representation (empty without the builtin).
  std::vector<std::string> output_values() const;

  /// Relocated trace: ap, fp, pc as little-endian u64 per step (cairo-run's --trace_file);
  /// after finish().
  void write_trace(std::ostream& out) const;
  /// Relocated memory: little-endian u64 address and 32-byte value per cell, in the order the
  /// run first wrote the cells, as cairo-run's --memory_file; after finish().
  void write_memory(std::ostream& out) const;

  /// The run's memory (unrelocated), readable at any point, also while paused between steps.
  const Memory& memory() const noexcept { return memory_; }
  /// The layout of the run (ratios and cell budgets, for proof mode).
  const Layout& layout() const noexcept { return layout_; }
  /// The relocated start address of each segment; after finish().
  const std::vector<std::uint64_t>& segment_offsets() const noexcept { return segment_offsets_; }

 private:
  friend class RunnerInternals;  // the library's private access (src/runner_internals.hpp)
  void initialize_zero_segment();
  void initialize_main_state(std::vector<MaybeRelocatable> stack);
  void start_hint_engine();
  void load_cairo_pie(const CairoPieInput& pie);
  void run_steps();
  void vm_step();
  [[noreturn]] void report_step_error(const VmError& error) const;
  void run_until_end_pc();
  void step_until(const Relocatable& target, std::uint64_t step_limit);
  std::uint64_t main_step_limit() const;
  void check_not_cancelled() const;
  void check_can_step() const;
  void check_max_steps() const;
  const VirtualMachine& initialized_vm() const;
  void run_until_steps(std::uint64_t steps);
  void end_run();
  void read_return_values();
  void verify_secure_run() const;
  void relocate();
  [[noreturn]] void rethrow_with_location(const std::string& inner, bool with_traceback) const;
  std::uint64_t relocate_address(std::int64_t segment, std::uint64_t offset) const;

  // Proof mode (src/proof_mode.cpp).
  void initialize_proof_mode_state(std::vector<MaybeRelocatable> builtin_stack);
  void run_steps_proof_mode();
  void pad_trace();
  bool check_used_cells();
  void check_builtin_allocations() const;
  void check_range_check_usage();
  void check_memory_usage() const;
  void check_diluted_check_usage() const;
  std::uint64_t allocated_instances(const BuiltinRunner& b) const;
  std::uint64_t allocated_size(const BuiltinRunner& b) const;
  std::uint64_t allocated_size_or_fail(const BuiltinRunner& b) const;
  std::pair<std::uint64_t, std::uint64_t> perm_range_check_limits() const;
  std::uint64_t memory_holes() const;
  std::uint64_t count_memory_holes() const;
  void finalize_segments();
  std::uint64_t segment_size(std::size_t segment) const;

  const Program& program_;
  RunOptions options_;
  Layout layout_;
  Memory memory_;
  std::unique_ptr<VirtualMachine> vm_;
  Relocatable program_base_, execution_base_, final_pc_;
  std::vector<std::unique_ptr<BuiltinRunner>> builtins_;  // in the layout's order
  BuiltinRunner* builtin(std::string_view name) const;
  std::optional<std::uint64_t> original_steps_;
  bool run_ended_ = false;
  bool executed_ = false;
  bool finished_ = false;
  bool failed_ = false;  // a step failed: the VM state is not one to go on from
  std::atomic<bool> cancel_requested_{false};
  std::vector<std::uint64_t> segment_sizes_;
  std::vector<std::uint64_t> segment_offsets_;

  // Proof mode: offsets of the execution segment's public cells; segment sizes and public cells
  // (offset, page) fixed by finalize_segments; the step at end_run (accessed addresses are taken
  // from the trace up to it); the range of instruction offsets seen in the trace so far.
  std::vector<std::uint64_t> execution_public_memory_;
  std::map<std::int64_t, std::uint64_t> finalized_sizes_;
  std::map<std::int64_t, std::vector<std::pair<std::uint64_t, std::uint64_t>>> public_memory_;
  bool segments_finalized_ = false;
  std::uint64_t end_run_step_ = 0;
  mutable std::uint64_t rc_scanned_steps_ = 0;
  mutable std::optional<std::pair<std::uint64_t, std::uint64_t>> trace_rc_limits_;
  mutable std::optional<std::pair<bool, std::uint64_t>> memory_holes_cache_;  // (finalized, holes)
};

}  // namespace cairovm
CAIROVM_API_END
