#include "cairovm/runner.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <ostream>
#include <set>
#include <span>

#include "builtin_runner.hpp"
#include "byte_sink.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/layout.hpp"
#include "error_report.hpp"
#include "python_hints.hpp"
#include "vm.hpp"
#include "write_order.hpp"

namespace cairovm {

namespace {

std::string python_set(const std::vector<std::string>& names) {
  std::string text = "{";
  for (std::size_t i = 0; i < names.size(); ++i) text += (i ? ", '" : "'") + names[i] + "'";
  return text + "}";
}

std::string python_list(std::span<const std::string_view> names) {
  std::string text = "[";
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += (i ? ", '" : "'") + std::string(names[i]) + "'";
  }
  return text + "]";
}

std::string python_list(const std::vector<std::string>& names) {
  std::vector<std::string_view> views(names.begin(), names.end());
  return python_list(std::span<const std::string_view>(views));
}

bool is_subsequence(const std::vector<std::string>& sub, std::span<const std::string_view> seq) {
  std::size_t j = 0;
  for (const std::string& name : sub) {
    while (j < seq.size() && seq[j] != name) ++j;
    if (j == seq.size()) return false;
    ++j;
  }
  return true;
}

// Steps between two checks for cancellation: rare enough to cost nothing, frequent enough to stop
// within a millisecond.
constexpr std::uint64_t kCancelCheckInterval = 1 << 16;

std::string pad_right(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

}  // namespace

CairoRunner::CairoRunner(const Program& program, RunOptions options)
    : program_(program), options_(std::move(options)) {
  if (!options_.secure_run) options_.secure_run = !options_.proof_mode;
  layout_ = resolve_layout(options_.layout, options_.cairo_layout_params);

  if (!options_.allow_missing_builtins) {
    std::vector<std::string> missing;
    for (const std::string& name : program_.builtins()) {
      if (!layout_.has_builtin(name) &&
          std::find(missing.begin(), missing.end(), name) == missing.end()) {
        missing.push_back(name);
      }
    }
    if (!missing.empty()) {
      throw RunnerError("Builtins " + python_set(missing) + " are not present in layout \"" +
                        layout_.name + "\"");
    }
  }
  if (!is_subsequence(program_.builtins(), all_builtin_names())) {
    throw RunnerError("The builtins specified by the %builtins directive must be subsequence of " +
                      python_list(all_builtin_names()) + ". Got " +
                      python_list(program_.builtins()) + ".");
  }
  for (std::string_view name : layout_.builtin_names()) {
    const bool included = std::find(program_.builtins().begin(), program_.builtins().end(), name) !=
                          program_.builtins().end();
    // In proof mode every builtin of the layout has a runner.
    if (included || options_.proof_mode) {
      builtins_.push_back(make_builtin_runner(name, included, layout_));
    }
  }
}

CairoRunner::~CairoRunner() = default;

BuiltinRunner* CairoRunner::builtin(std::string_view name) const {
  for (const auto& b : builtins_) {
    if (b->name() == name) return b.get();
  }
  return nullptr;
}

void CairoRunner::initialize() {
  if (initialized()) throw RunnerError("The runner is already initialized.");
  program_base_ = memory_.add_segment();
  execution_base_ = memory_.add_segment();
  for (const auto& b : builtins_) b->initialize_segments(memory_);

  std::vector<MaybeRelocatable> stack;
  for (const std::string& name : program_.builtins()) {
    if (BuiltinRunner* b = builtin(name)) {
      for (const MaybeRelocatable& value : b->initial_stack()) stack.push_back(value);
    } else {
      stack.emplace_back(Felt::zero());  // a missing builtin (--allow_missing_builtins)
    }
  }
  if (options_.proof_mode) {
    initialize_proof_mode_state(std::move(stack));
  } else {
    initialize_main_state(std::move(stack));
  }
  if (options_.cairo_pie != nullptr) load_cairo_pie(*options_.cairo_pie);
  for (const auto& b : builtins_) vm_->builtin_runners.push_back(b.get());
  if (options_.hints) vm_->use_host_hints(*options_.hints);
  start_hint_engine();
}

void CairoRunner::initialize_main_state(std::vector<MaybeRelocatable> stack) {
  const Relocatable return_fp = memory_.add_segment();
  const auto main_pc = options_.entrypoint == "main"
                           ? program_.main_pc()
                           : program_.label_pc(program_.main_scope() + "." + options_.entrypoint);
  if (!main_pc) {
    throw RunnerError(options_.entrypoint == "main"
                          ? std::string("Missing main().")
                          : "Entrypoint '" + options_.entrypoint + "' not found in the program.");
  }
  final_pc_ = memory_.add_segment();
  stack.emplace_back(return_fp);
  stack.emplace_back(final_pc_);

  for (std::size_t i = 0; i < program_.data().size(); ++i) {
    memory_.insert(add(program_base_, Felt{i}), program_.data()[i]);
  }
  for (std::size_t i = 0; i < stack.size(); ++i) {
    memory_.insert(add(execution_base_, Felt{i}), stack[i]);
  }
  // After the program and the stack, as the reference: their cells come first in the memory file.
  initialize_zero_segment();

  vm_ = std::make_unique<VirtualMachine>(program_, memory_, program_base_);
  vm_->pc = add(program_base_, Felt{*main_pc});
  vm_->ap = vm_->fp = add(execution_base_, Felt{stack.size()});
}

void CairoRunner::start_hint_engine() {
  if (options_.python_hints_only) {
    if (!options_.allow_python_hints) {
      throw RunnerError("--python_hints_only and --no_python_hints exclude each other.");
    }
    if (!python_hints_available()) {
      throw RunnerError("--python_hints_only: this cairovm was built without Python hints.");
    }
    vm_->use_engine_for_all_hints();
  }
  // Python starts only for a program that has hints without a native implementation; their code
  // is compiled now, as the reference compiles every hint when it loads the program.
  if (vm_->has_hints_without_native()) {
    if (!options_.allow_python_hints) {
      vm_->set_why_no_engine("Python hints are disabled by --no_python_hints");
    } else if (python_hints_available()) {
      PythonHintSetup setup{program_, options_.program_input_json, {}, options_.python_hint_locals};
      for (const auto& b : builtins_) setup.builtins.push_back(b.get());
      setup.layout_name = options_.layout;
      setup.layout_params = options_.cairo_layout_params;
      vm_->set_hint_engine(make_python_hint_engine(*vm_, setup));
    }
  }
}

// The reference's initialize_zero_segment: one segment, after the return segments, holding the
// zeros that add_mod and mul_mod point their empty instances at.
void CairoRunner::initialize_zero_segment() {
  std::optional<Relocatable> zero_segment;
  std::uint64_t size = 0;
  for (const auto& b : builtins_) {
    const std::uint64_t n_zeros = b->needed_allocated_zeros();
    if (n_zeros == 0) continue;
    if (!zero_segment) zero_segment = memory_.add_segment();
    for (std::uint64_t i = size; i < n_zeros; ++i) {
      memory_.insert(add(*zero_segment, Felt{i}), Felt::zero());
    }
    size = std::max(size, n_zeros);
    b->set_allocated_zeros(*zero_segment);
  }
}

void CairoRunner::run() {
  if (!initialized()) initialize();
  execute();
  finish();
}

void CairoRunner::execute() {
  if (!initialized()) throw RunnerError("The runner is not initialized.");
  check_can_step();
  executed_ = true;
  if (options_.proof_mode) {
    run_steps_proof_mode();
  } else {
    run_steps();
  }
  end_run();
  // cairo-run pads the trace in proof mode unless --steps fixed its length.
  if (options_.proof_mode && !options_.steps) pad_trace();
}

void CairoRunner::finish() {
  if (!executed_) throw RunnerError("The run has not been executed.");
  if (finished_) throw RunnerError("The run has already finished.");
  finished_ = true;
  if (!options_.no_end) read_return_values();
  if (options_.proof_mode && !options_.no_end) finalize_segments();
  if (*options_.secure_run) verify_secure_run();
  relocate();
}

bool CairoRunner::run_for_steps(std::uint64_t n) {
  if (!initialized()) initialize();
  check_can_step();
  if (end_reached()) return true;
  const std::uint64_t step = vm_->current_step;
  const std::uint64_t wanted = n > UINT64_MAX - step ? UINT64_MAX : step + n;
  const std::uint64_t limit = main_step_limit();
  step_until(final_pc_, std::min(wanted, limit));
  if (!end_reached() && vm_->current_step >= limit && !options_.no_end) {
    // The run's own limit, not this call's: the end can no longer be reached.
    check_max_steps();
    rethrow_with_location("Error: End of program was not reached", false);
  }
  return end_reached();
}

bool CairoRunner::run_until_pc(const Relocatable& pc, std::optional<std::uint64_t> max_steps) {
  if (!initialized()) initialize();
  check_can_step();
  const std::uint64_t step = vm_->current_step;
  std::uint64_t limit = main_step_limit();
  if (max_steps)
    limit = std::min(limit, *max_steps > UINT64_MAX - step ? UINT64_MAX : step + *max_steps);
  VirtualMachine& vm = *vm_;
  while (vm.pc != pc && vm.pc != final_pc_ && vm.current_step < limit) {
    vm_step();
    if ((vm.current_step & (kCancelCheckInterval - 1)) == 0) check_not_cancelled();
  }
  if (vm.pc != pc && !end_reached()) check_max_steps();
  return vm.pc == pc;
}

bool CairoRunner::end_reached() const noexcept {
  if (!vm_) return false;
  if (options_.no_end) return options_.steps && vm_->current_step >= *options_.steps;
  return vm_->pc == final_pc_;
}

const VirtualMachine& CairoRunner::initialized_vm() const {
  if (!vm_) throw RunnerError("The runner is not initialized.");
  return *vm_;
}

Relocatable CairoRunner::pc() const {
  return initialized_vm().pc;
}
Relocatable CairoRunner::ap() const {
  return initialized_vm().ap;
}
Relocatable CairoRunner::fp() const {
  return initialized_vm().fp;
}

std::uint64_t CairoRunner::n_steps() const noexcept {
  return vm_ ? vm_->current_step : 0;
}

void CairoRunner::rethrow_with_location(const std::string& inner, bool with_traceback) const {
  const auto hint_index = vm_->failing_hint_index();
  throw VmException(vm_error_report(*vm_, inner, with_traceback, hint_index), vm_->pc.to_string(),
                    inner);
}

void CairoRunner::report_step_error(const VmError& error) const {
  if (const auto* e = dynamic_cast<const HintError*>(&error)) {
    const std::string inner = "Got an exception while executing a hint.";
    const std::string note =
        !e->python_traceback().empty()
            ? e->python_traceback()
            : "Traceback (most recent call last):\n  File \"<hint at pc=" + vm_->pc.to_string() +
                  ">\", line 1, in <module>\n" + e->kind() +
                  // Python prints an exception without a message by its name alone.
                  (std::string_view(e->what()).empty() ? "" : ": ") + e->what();
    throw VmException(vm_error_report(*vm_, inner, true, e->hint_index(), note),
                      vm_->pc.to_string(), inner);
  }
  rethrow_with_location(error.what(), true);
}

void CairoRunner::vm_step() {
  // In proof mode the end is __end__, an endless loop, not a pc the run must not pass.
  if (!options_.proof_mode && vm_->pc == final_pc_) {
    rethrow_with_location("Error: Execution reached the end of the program.", false);
  }
  try {
    vm_->step();
  } catch (const VmError& e) {
    failed_ = true;
    report_step_error(e);
  }
}

void CairoRunner::check_not_cancelled() const {
  if (cancel_requested_.load(std::memory_order_relaxed)) {
    throw CancelledError("The run was cancelled at step " + std::to_string(n_steps()) +
                         " (pc=" + vm_->pc.to_string() + ").");
  }
}

// Before a stepping call or execute(): the run can go on from here.
void CairoRunner::check_can_step() const {
  check_not_cancelled();
  if (failed_) throw RunnerError("The run stopped on an error; it cannot go on.");
  if (executed_) throw RunnerError("The run has already ended.");
}

void CairoRunner::check_max_steps() const {
  if (options_.max_steps && vm_->current_step >= *options_.max_steps) {
    throw StepLimitError("The step limit of " + std::to_string(*options_.max_steps) +
                         " was reached before the end of the program (pc=" + vm_->pc.to_string() +
                         ").");
  }
}

// The last step the main part of the run may take: --steps (one less in proof mode, whose last
// step, at __end__, follows) and the host's max_steps.
std::uint64_t CairoRunner::main_step_limit() const {
  std::uint64_t limit = UINT64_MAX;
  if (options_.steps) {
    limit = options_.proof_mode && *options_.steps > 0 ? *options_.steps - 1 : *options_.steps;
  }
  if (options_.max_steps) limit = std::min(limit, *options_.max_steps);
  return limit;
}

// The hot loop: one bare step call per iteration, the end check its condition; cancellation is
// checked between chunks of steps and errors are translated outside the inner loop.
void CairoRunner::step_until(const Relocatable& target, std::uint64_t step_limit) {
  VirtualMachine& vm = *vm_;
  const Relocatable end = target;
  while (vm.pc != end && vm.current_step < step_limit) {
    std::uint64_t chunk = std::min(kCancelCheckInterval, step_limit - vm.current_step);
    try {
      while (chunk > 0 && vm.pc != end) {
        chunk -= vm.run_fast_steps(end, chunk);
        if (chunk == 0 || vm.pc == end) break;
        vm.step();  // hints, deductions, errors: the general path
        --chunk;
      }
    } catch (const VmError& e) {
      failed_ = true;
      report_step_error(e);
    }
    check_not_cancelled();
  }
}

void CairoRunner::run_until_end_pc() {
  step_until(final_pc_, main_step_limit());
  if (vm_->pc != final_pc_) {
    check_max_steps();
    rethrow_with_location("Error: End of program was not reached", false);
  }
}

void CairoRunner::run_until_steps(std::uint64_t steps) {
  while (vm_->current_step < steps) {
    vm_step();
    if ((vm_->current_step & (kCancelCheckInterval - 1)) == 0) check_not_cancelled();
  }
}

void CairoRunner::run_steps() {
  if (options_.no_end) {
    if (!options_.steps) throw RunnerError("--steps must be specified when running with --no-end.");
  } else {
    run_until_end_pc();
    original_steps_ = vm_->current_step;
  }
  if (options_.min_steps && *options_.min_steps > 0) run_until_steps(*options_.min_steps);
  if (options_.steps) run_until_steps(*options_.steps);
}

void CairoRunner::end_run() {
  try {
    memory_.relocate_memory();
    // The reference's verify_auto_deductions: cells a builtin's rule covers must hold its value.
    for (const auto& b : builtins_) b->verify_auto_deductions(memory_);
    vm_->end_hint_engine_run();  // the rules that hints added
  } catch (const VmError& e) {
    throw RunnerError(e.what());
  }
  if (vm_->exec_scopes.size() != 1) {
    throw RunnerError("Every enter_scope() requires a corresponding exit_scope().");
  }
  for (std::int64_t t = 1; t <= memory_.num_temp_segments(); ++t) {
    if (memory_.used_size(-t) > 0) {
      throw RunnerError("Temporary segment " + std::to_string(-t) +
                        " was not relocated to a real segment (no relocation rule).");
    }
  }
  segment_sizes_.clear();
  for (std::int64_t s = 0; s < memory_.num_segments(); ++s) {
    segment_sizes_.push_back(memory_.used_size(s));
  }
  // Sizes and public cells that hints fixed with segments.finalize(); the runner's own
  // finalize_segments (proof mode) comes later and replaces them, as in the reference.
  for (const auto& [segment, finalization] : memory_.finalized_segments()) {
    if (finalization.size) finalized_sizes_[segment] = *finalization.size;
    public_memory_[segment] = finalization.public_memory;
  }
  end_run_step_ = vm_->current_step;
  run_ended_ = true;
}

void CairoRunner::read_return_values() {
  if (!run_ended_) throw RunnerError("Run must be ended before calling read_return_values.");
  Relocatable pointer = vm_->ap;
  for (auto name = program_.builtins().rbegin(); name != program_.builtins().rend(); ++name) {
    if (BuiltinRunner* b = builtin(*name)) {
      pointer = b->final_stack(memory_, pointer);
      continue;
    }
    if (pointer.offset == 0) throw RunnerError("Missing builtin.");
    pointer = add(pointer, std::int64_t{-1});
    const auto value = memory_.get(pointer);
    if (!value || *value != MaybeRelocatable{Felt::zero()}) {
      throw RunnerError("The stop pointer of the missing builtin \"" + *name + "\" must be 0.");
    }
  }
  for (const auto& b : builtins_) {
    if (!b->included()) (void)b->final_stack(memory_, pointer);
  }
  // The return values are public (proof mode's execution segment).
  for (std::uint64_t offset = pointer.offset; offset < vm_->ap.offset; ++offset) {
    execution_public_memory_.push_back(offset - execution_base_.offset);
  }
}

namespace {

// verify_secure_run's check of a segment's dense cells, in a loop over their words: whether a
// known cell lies at or past `bound`, or holds a pointer into a segment that does not exist.
// Without foreign pointers in the memory (Memory::may_hold_foreign_pointers), only the bound.
bool dense_cells_fail(std::span<const Felt::Limbs> cells, std::uint64_t bound,
                      std::uint64_t num_segments, bool foreign_pointers) noexcept {
  const std::size_t in_bounds = std::min<std::uint64_t>(bound, cells.size());
  constexpr std::uint64_t kPointer = Memory::kCellPresent | MaybeRelocatable::kRelocatableTag;
  bool failed = false;
  for (std::size_t i = 0; foreign_pointers && i < in_bounds; ++i) {
    failed |= (cells[i][3] & kPointer) == kPointer && cells[i][1] >= num_segments;
  }
  for (std::size_t i = in_bounds; i < cells.size(); ++i) {
    failed |= (cells[i][3] & Memory::kCellPresent) != 0;
  }
  return failed;
}

}  // namespace

void CairoRunner::verify_secure_run() const {
  for (const auto& b : builtins_) {
    if (!b->stop_ptr()) throw RunnerError(b->name() + " segment stop ptr is None.");
  }
  // The bounds depend only on the segment: one per segment, not a loop over the builtins per cell.
  const auto num_segments = static_cast<std::uint64_t>(memory_.num_segments());
  std::vector<std::uint64_t> bound(num_segments, UINT64_MAX);  // the first offset out of bounds
  std::vector<const BuiltinRunner*> owner(num_segments, nullptr);
  const auto program_segment = static_cast<std::uint64_t>(program_base_.segment);
  if (program_segment < num_segments) bound[program_segment] = program_.data().size();
  for (const auto& b : builtins_) {
    const auto segment = static_cast<std::uint64_t>(b->base().segment);
    if (segment < num_segments && owner[segment] == nullptr) {
      bound[segment] = b->stop_ptr()->offset;
      owner[segment] = b.get();
    }
  }
  const auto fails = [&](const Relocatable& address, const MaybeRelocatable& value) {
    return address.offset >= bound[static_cast<std::uint64_t>(address.segment)] ||
           (value.is_relocatable() &&
            static_cast<std::uint64_t>(value.relocatable().segment) >= num_segments);
  };
  const auto security_failure = [&](const Relocatable& address,
                                    const MaybeRelocatable& value) -> std::string {
    const auto segment = static_cast<std::uint64_t>(address.segment);
    if (address.offset < bound[segment]) {
      return "Invalid memory value at address " + address.to_string() + ": " + value.to_string() +
             ".";
    }
    if (owner[segment] != nullptr) {
      return "Out of bounds access to builtin segment " + owner[segment]->name() + " at " +
             address.to_string() + ".";
    }
    return "Out of bounds access to program segment at " + address.to_string() + ".";
  };
  bool failed = false;
  for (std::int64_t segment = 0; segment < memory_.num_segments() && !failed; ++segment) {
    failed =
        dense_cells_fail(memory_.dense_words(segment), bound[static_cast<std::uint64_t>(segment)],
                         num_segments, memory_.may_hold_foreign_pointers());
    memory_.for_each_sparse_cell_in(segment,
                                    [&](const Relocatable& address, const MaybeRelocatable& value) {
                                      if (fails(address, value)) failed = true;
                                    });
  }
  if (failed) {
    // The reference reports the first failing cell of its memory dictionary, whose order is the
    // order in which the cells were first written.
    std::optional<std::string> failure;
    for_each_cell_in_write_order(memory_, [&](Relocatable address) {
      const auto value = memory_.get(address);
      if (!value) return false;
      if (!failure && fails(address, *value)) failure = security_failure(address, *value);
      return true;
    });
    throw RunnerError(failure.value_or("The secure-run check failed."));
  }
  for (const auto& b : builtins_) b->run_security_checks(memory_);
}

void CairoRunner::relocate() {
  if (!run_ended_) {
    throw RunnerError("compute_effective_sizes must be called before relocate_segments.");
  }
  segment_offsets_.clear();
  std::uint64_t next = 1;
  for (std::size_t s = 0; s < segment_sizes_.size(); ++s) {
    const std::uint64_t size = segment_size(s);
    if (size < segment_sizes_[s]) {
      throw RunnerError("Segment " + std::to_string(s) + " exceeded its allocated size.");
    }
    segment_offsets_.push_back(next);
    next += size;
  }
}

std::uint64_t CairoRunner::relocate_address(std::int64_t segment, std::uint64_t offset) const {
  if (segment < 0 || static_cast<std::size_t>(segment) >= segment_offsets_.size()) {
    throw RunnerError("Failed to relocate " + std::to_string(segment) + ":" +
                      std::to_string(offset) + ": unknown segment.");
  }
  return segment_offsets_[static_cast<std::size_t>(segment)] + offset;
}

std::vector<std::string> CairoRunner::output_values() const {
  std::vector<std::string> values;
  const BuiltinRunner* output = builtin("output");
  if (output == nullptr) return values;
  const std::uint64_t size = memory_.used_size(output->base().segment);
  for (std::uint64_t i = 0; i < size; ++i) {
    const auto value = memory_.get(add(output->base(), Felt{i}));
    if (!value) {
      values.emplace_back("<missing>");
    } else {
      values.push_back(value->is_felt() ? value->felt().to_signed_dec_string()
                                        : value->to_string());
    }
  }
  return values;
}

std::string CairoRunner::output_text() const {
  if (builtin("output") == nullptr) return "";
  std::string text = "Program output:\n";
  for (const std::string& value : output_values()) text += "  " + value + "\n";
  return text + "\n";
}

std::string CairoRunner::info_text(bool relocated) const {
  auto reg = [&](const Relocatable& r) {
    return relocated ? std::to_string(relocate_address(r.segment, r.offset)) : r.to_string();
  };
  std::string text = "Number of steps: " + std::to_string(vm_->current_step) + " ";
  if (original_steps_) text += "(originally, " + std::to_string(*original_steps_) + ")";
  text += "\nUsed memory cells: " + std::to_string(memory_.cell_count()) + "\n";
  text += "Register values after execution:\n";
  text += "pc = " + reg(vm_->pc) + "\nap = " + reg(vm_->ap) + "\nfp = " + reg(vm_->fp) + "\n";
  return text + "\n";
}

std::string CairoRunner::segments_text() const {
  std::string text = "Segment relocation table:\n";
  for (std::size_t i = 0; i < segment_offsets_.size(); ++i) {
    text += pad_right(std::to_string(i), 5) + " " + std::to_string(segment_offsets_[i]) + "\n";
  }
  return text;
}

std::string CairoRunner::memory_text(bool relocated) const {
  std::string text = "Addr  Value\n-----------\n";
  bool first = true;
  Relocatable previous;
  std::uint64_t previous_relocated = 0;
  memory_.for_each_cell([&](const Relocatable& address, const MaybeRelocatable& value) {
    std::string addr_text;
    std::string value_text;
    if (relocated) {
      const std::uint64_t addr = relocate_address(address.segment, address.offset);
      if (first || addr != previous_relocated + 1) text += "\u22ee\n";
      previous_relocated = addr;
      addr_text = std::to_string(addr);
      value_text = value.is_felt() ? value.felt().to_signed_dec_string()
                                   : std::to_string(relocate_address(value.relocatable().segment,
                                                                     value.relocatable().offset));
    } else {
      if (first || address.segment != previous.segment || address.offset != previous.offset + 1) {
        text += "\u22ee\n";
      }
      previous = address;
      addr_text = address.to_string();
      value_text = value.is_felt() ? value.felt().to_signed_dec_string() : value.to_string();
    }
    first = false;
    text += pad_right(addr_text, 5) + " " + value_text + "\n";
  });
  return text + "\n";
}

void CairoRunner::write_trace(std::ostream& out) const {
  constexpr std::size_t kRow = 3 * sizeof(std::uint64_t);
  constexpr std::size_t kChunk = std::size_t{1} << 14;  // rows per claim of the sink's buffer
  const auto& rows = vm_->trace_segments;
  const std::size_t steps = vm_->trace.size();
  ByteSink sink(out, steps * kRow);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    // The relocated bases of the row's segments, looked up once per row, not per entry.
    const std::array<std::uint64_t, 3> bases{relocate_address(rows[row].ap_segment, 0),
                                             relocate_address(rows[row].fp_segment, 0),
                                             relocate_address(rows[row].pc_segment, 0)};
    const std::size_t end =
        std::min(steps, row + 1 < rows.size() ? rows[row + 1].first_step : steps);
    // (Row 0 starts at step 0: the first step records its segments.)
    for (std::size_t first = row == 0 ? 0 : rows[row].first_step; first < end; first += kChunk) {
      const std::size_t last = std::min(end, first + kChunk);
      char* const start = sink.claim((last - first) * kRow);
      sink.commit(
          static_cast<std::size_t>(vm_->trace.write_rows(first, last, bases, start) - start));
    }
  }
  sink.flush();
}

namespace {

// A cell outside the dense parts (or under relocation rules), out of the records' loop.
struct FarCell {
  bool known;
  Felt::Limbs words;
};
[[gnu::noinline]] FarCell read_far_cell(const Memory& memory, Relocatable address) {
  FarCell cell{};
  cell.known = memory.read_words(address, cell.words);
  return cell;
}

// The memory file's records of cells `address_at(0 .. count - 1)` from `cursor` (an unknown cell
// gets none); returns the end of what it wrote. Everything it reads comes in by value: the
// record stores go through a char pointer, so anything read through a reference or from the
// stack would be read again after each store.
template <typename AddressAt, typename RelocateElsewhere>
[[gnu::noinline]] char* write_records(char* cursor, std::size_t count, AddressAt address_at,
                                      const std::span<const Felt::Limbs>* segments,
                                      std::size_t n_segments, const std::uint64_t* bases,
                                      std::size_t n_bases, const Memory& memory,
                                      RelocateElsewhere relocate_elsewhere) {
  // relocate_address with its lookup inlined: it is two of the few operations done per cell.
  const auto relocated = [&](std::int64_t segment, std::uint64_t offset) {
    if (static_cast<std::uint64_t>(segment) < n_bases) [[likely]] {
      return bases[segment] + offset;
    }
    return relocate_elsewhere(segment, offset);
  };
  for (std::size_t i = 0; i < count; ++i) {
    const Relocatable address = address_at(i);
    std::uint64_t w0, w1, w2, w3;
    const auto segment = static_cast<std::uint64_t>(address.segment);
    if (segment < n_segments && address.offset < segments[segment].size()) [[likely]] {
      const Felt::Limbs& cell = segments[segment][address.offset];
      w3 = cell[3];
      if ((w3 & Memory::kCellPresent) == 0) continue;
      w3 &= ~Memory::kCellPresent;
      w0 = cell[0];
      w1 = cell[1];
      w2 = cell[2];
    } else {
      const FarCell far = read_far_cell(memory, address);
      if (!far.known) continue;
      w0 = far.words[0];
      w1 = far.words[1];
      w2 = far.words[2];
      w3 = far.words[3];
    }
    if ((w3 & MaybeRelocatable::kRelocatableTag) != 0) {
      w0 = relocated(static_cast<std::int64_t>(w1), w0);
      w1 = w2 = w3 = 0;
    }
    const std::uint64_t at = relocated(address.segment, address.offset);
    std::memcpy(cursor, &at, sizeof at);
    std::memcpy(cursor + 8, &w0, sizeof w0);
    std::memcpy(cursor + 16, &w1, sizeof w1);
    std::memcpy(cursor + 24, &w2, sizeof w2);
    std::memcpy(cursor + 32, &w3, sizeof w3);
    cursor += 40;
  }
  return cursor;
}

}  // namespace

void CairoRunner::write_memory(std::ostream& out) const {
  constexpr std::size_t kRecord = sizeof(std::uint64_t) + sizeof(Felt::Limbs);
  ByteSink sink(out, memory_.cell_count() * kRecord);
  // Each real segment's dense cells, read in place (without relocation rules, which read_words()
  // applies); far cells and the rest through read_words().
  std::vector<std::span<const Felt::Limbs>> dense;
  if (!memory_.has_relocation_rules()) {
    for (std::int64_t segment = 0; segment < memory_.num_segments(); ++segment) {
      dense.push_back(memory_.dense_words(segment));
    }
  }
  const auto relocate_elsewhere = [this](std::int64_t segment, std::uint64_t offset)
      __attribute__((noinline)) {
    return relocate_address(segment, offset);
  };
  // The records of a batch of cells, whose addresses `address_at` gives.
  const auto write_batch = [&](std::size_t count, auto address_at) {
    char* const start = sink.claim(count * kRecord);
    char* const end =
        write_records(start, count, address_at, dense.data(), dense.size(), segment_offsets_.data(),
                      segment_offsets_.size(), memory_, relocate_elsewhere);
    sink.commit(static_cast<std::size_t>(end - start));
    return static_cast<std::uint64_t>(end - start) / kRecord;
  };
  // cairo-run's order: the cells as they were first written. Without temporary segments the
  // creation log holds each cell once, at its final address: its entries are read here directly.
  const std::span<const std::uint64_t> log = memory_.creations();
  if (memory_.num_temp_segments() == 0 && log.size() == memory_.cells_in_real_segments()) {
    constexpr std::size_t kBatch = 2048;
    for (std::size_t first = 0; first < log.size(); first += kBatch) {
      const std::uint64_t* const entries = log.data() + first;
      const Memory* const memory = &memory_;
      (void)write_batch(
          std::min(kBatch, log.size() - first), [entries, memory, first](std::size_t i) {
            const std::uint64_t entry = entries[i];
            return entry != Memory::kWideCreation ? Memory::unpacked_creation(entry)
                                                  : memory->created_address(first + i);
          });
    }
  } else {
    for_each_cell_batch_in_write_order(memory_, [&](std::span<const Relocatable> batch) {
      const Relocatable* const addresses = batch.data();
      return write_batch(batch.size(), [addresses](std::size_t i) { return addresses[i]; });
    });
  }
  sink.flush();
}

}  // namespace cairovm
