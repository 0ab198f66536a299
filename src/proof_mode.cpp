// Proof mode of the runner, as cairo-run --proof_mode: start at __start__ with the
// [fp - 2] = fp stack prefix, run to __end__ and one step more, pad the trace to a power of two
// until the layout has room for every builtin, range check, memory hole and diluted check, and
// finalize the segments with their allocated sizes and public memory.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <stdexcept>

#include "accessed_addresses.hpp"
#include "builtin_runner.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/runner.hpp"
#include "instruction.hpp"
#include "mod_builtin.hpp"
#include "output_builtin.hpp"
#include "vm.hpp"

namespace cairovm {

namespace {

// The reference's InsufficientAllocatedCells: caught by check_used_cells, which warns and runs
// more steps.
class InsufficientAllocatedCells : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// starkware.python.math_utils.safe_div: its failure is an AssertionError that ends the run.
std::uint64_t safe_div(std::uint64_t x, std::uint64_t y) {
  if (x % y != 0) {
    throw RunnerError(std::to_string(x) + " is not divisible by " + std::to_string(y) + ".");
  }
  return x / y;
}

std::uint64_t div_ceil(std::uint64_t x, std::uint64_t y) {
  return (x + y - 1) / y;
}

// A layout number proof mode needs; the parameterless dynamic layout has None there.
std::uint64_t required(const std::optional<std::uint32_t>& value, const char* what) {
  if (!value) throw RunnerError(std::string(what) + " should not be None in proof mode.");
  return *value;
}

std::uint64_t range_check_parts(const Layout& layout, const std::string& name) {
  const BuiltinInstanceDef* def = layout.builtin(name);
  return def != nullptr && def->n_parts != 0 ? def->n_parts : (name == "range_check" ? 8 : 6);
}

bool is_range_check(const std::string& name) {
  return name == "range_check" || name == "range_check96";
}

MaybeRelocatable known_cell(const Memory& memory, Relocatable address) {
  const auto value = memory.get(address);
  if (!value) {
    throw UncaughtPythonError("KeyError",
                              "RelocatableValue(segment_index=" + std::to_string(address.segment) +
                                  ", offset=" + std::to_string(address.offset) + ")");
  }
  return *value;
}

// ModBuiltinRunner.get_memory_accesses and the zero segment of get_memory_holes: add_mod and
// mul_mod read each instance's offsets table and the values it points at, which are then no
// holes; nor are the zeros.
template <typename Mark>
void mark_mod_builtin_accesses(const ModBuiltinRunner& mod, const Memory& memory,
                               std::uint64_t segment_size, Mark&& mark) {
  if (const auto zero = mod.zero_value()) {
    for (std::uint64_t i = 0; i < mod.needed_allocated_zeros(); ++i) mark(add(*zero, Felt{i}));
  }
  const std::uint64_t n_instances =
      (segment_size + ModBuiltinRunner::kInputCells - 1) / ModBuiltinRunner::kInputCells;
  for (std::uint64_t instance = 0; instance < n_instances; ++instance) {
    const Relocatable first = add(mod.base(), Felt{instance * ModBuiltinRunner::kInputCells});
    const MaybeRelocatable offsets_ptr = known_cell(memory, add(first, Felt{5}));
    const MaybeRelocatable values_ptr = known_cell(memory, add(first, Felt{4}));
    if (!offsets_ptr.is_relocatable() || !values_ptr.is_relocatable()) continue;
    for (std::uint64_t i = 0; i < 3 * std::uint64_t{mod.batch_size()}; ++i) {
      const Relocatable offset_address = add(offsets_ptr.relocatable(), Felt{i});
      mark(offset_address);
      const MaybeRelocatable offset = known_cell(memory, offset_address);
      if (!offset.is_felt()) continue;
      for (std::uint64_t j = 0; j < mod.n_words(); ++j) {
        mark(add(add(values_ptr.relocatable(), offset.felt()), Felt{j}));
      }
    }
  }
}

}  // namespace

void CairoRunner::initialize_proof_mode_state(std::vector<MaybeRelocatable> builtin_stack) {
  // The dummy last fp and pc, public so that the verifier can enforce [fp - 2] = fp.
  std::vector<MaybeRelocatable> stack{add(execution_base_, Felt{2}), Felt::zero()};
  stack.insert(stack.end(), builtin_stack.begin(), builtin_stack.end());
  for (std::uint64_t i = 0; i < stack.size(); ++i) execution_public_memory_.push_back(i);
  for (const auto& b : builtins_) b->record_write_order(memory_);

  const std::uint64_t start = program_.label_pc(program_.main_scope() + ".__start__").value_or(0);
  for (std::size_t i = 0; i < program_.data().size(); ++i) {
    memory_.insert(add(program_base_, Felt{i}), program_.data()[i]);
  }
  for (std::size_t i = 0; i < stack.size(); ++i) {
    memory_.insert(add(execution_base_, Felt{i}), stack[i]);
  }
  const auto end = program_.label_pc(program_.main_scope() + ".__end__");
  if (!end) {
    // cairo-run fails here with an uncaught MissingIdentifierError.
    throw UncaughtPythonError(
        "starkware.cairo.lang.compiler.identifier_manager.MissingIdentifierError",
        "Unknown identifier '__end__'.");
  }
  final_pc_ = add(program_base_, Felt{*end});

  // As cairo-run after initialize_main_entrypoint: add_mod and mul_mod of the layout need their
  // zeros, used by the program or not.
  initialize_zero_segment();

  vm_ = std::make_unique<VirtualMachine>(program_, memory_, program_base_);
  vm_->pc = add(program_base_, Felt{start});
  vm_->ap = vm_->fp = add(execution_base_, Felt{2});
}

void CairoRunner::run_steps_proof_mode() {
  if (options_.no_end) {
    if (!options_.steps) throw RunnerError("--steps must be specified when running with --no-end.");
  } else {
    // Stops one step early with --steps (see main_step_limit): the step at __end__ follows, so
    // that the last pc run is __end__.
    run_until_end_pc();
    vm_step();
    original_steps_ = vm_->current_step;
  }
  if (options_.min_steps && *options_.min_steps > 0) run_until_steps(*options_.min_steps);
  if (options_.steps) run_until_steps(*options_.steps);
}

void CairoRunner::pad_trace() {
  run_until_steps(std::bit_ceil(vm_->current_step));
  while (!check_used_cells()) {
    run_until_steps(vm_->current_step + 1);
    run_until_steps(std::bit_ceil(vm_->current_step));
  }
}

bool CairoRunner::check_used_cells() {
  try {
    check_builtin_allocations();
    check_range_check_usage();
    check_memory_usage();
    check_diluted_check_usage();
  } catch (const InsufficientAllocatedCells& e) {
    if (options_.on_warning) {
      options_.on_warning(std::string("Warning: ") + e.what() + " Increasing number of steps.");
    }
    return false;
  }
  return true;
}

std::uint64_t CairoRunner::allocated_instances(const BuiltinRunner& b) const {
  if (b.name() == "output") return b.used_cells(memory_);
  const BuiltinInstanceDef* def = layout_.builtin(b.name());
  if (def == nullptr) return 0;
  const std::uint64_t per_component = std::max<std::uint32_t>(def->instances_per_component, 1);
  if (!def->ratio) {
    // A dynamic ratio: exactly the instances needed, in a power of two of components.
    const std::uint64_t components = div_ceil(b.used_instances(memory_), per_component);
    return components == 0 ? 0 : per_component * std::bit_ceil(components);
  }
  if (*def->ratio == 0) return 0;  // the builtin is not used
  const std::uint64_t ratio = *def->ratio;
  const std::uint64_t min_steps = div_ceil(ratio * per_component, def->ratio_den);
  if (vm_->current_step < min_steps) {
    throw InsufficientAllocatedCells("Number of steps must be at least " +
                                     std::to_string(min_steps) + " for the " + b.name() +
                                     " builtin.");
  }
  return safe_div(vm_->current_step * def->ratio_den, ratio);
}

std::uint64_t CairoRunner::allocated_size(const BuiltinRunner& b) const {
  const std::uint64_t used = b.used_cells(memory_);
  if (b.name() == "output") return used;
  const std::uint64_t size = b.cells_per_instance() * allocated_instances(b);
  if (used > size) {
    throw InsufficientAllocatedCells("The " + b.name() + " builtin used " + std::to_string(used) +
                                     " cells but the capacity is " + std::to_string(size) + ".");
  }
  return size;
}

std::uint64_t CairoRunner::allocated_size_or_fail(const BuiltinRunner& b) const {
  try {
    return allocated_size(b);
  } catch (const InsufficientAllocatedCells& e) {
    // Outside the extra-steps loop nothing catches it (e.g. with --steps).
    throw UncaughtPythonError("starkware.cairo.lang.vm.builtin_runner.InsufficientAllocatedCells",
                              e.what());
  }
}

void CairoRunner::check_builtin_allocations() const {
  for (const auto& b : builtins_) (void)allocated_size(*b);
}

std::pair<std::uint64_t, std::uint64_t> CairoRunner::perm_range_check_limits() const {
  // The instructions' offsets: only rows added since the last call are read.
  TraceCursor cursor{*vm_};
  for (std::uint64_t step = rc_scanned_steps_; step < vm_->trace.size(); ++step) {
    const auto value = memory_.get(cursor.at(step).pc);
    const auto parts = value && value->is_felt() ? split_instruction(value->felt()) : std::nullopt;
    if (!parts) continue;
    const auto [lo, hi] = std::minmax({parts->off0, parts->off1, parts->off2});
    if (!trace_rc_limits_) trace_rc_limits_ = {lo, hi};
    trace_rc_limits_->first = std::min<std::uint64_t>(trace_rc_limits_->first, lo);
    trace_rc_limits_->second = std::max<std::uint64_t>(trace_rc_limits_->second, hi);
  }
  rc_scanned_steps_ = vm_->trace.size();
  auto limits = trace_rc_limits_.value_or(std::pair<std::uint64_t, std::uint64_t>{0, 0});
  // Range-checked values: each cell of a range-check segment is n_parts 16-bit parts.
  for (const auto& b : builtins_) {
    if (!is_range_check(b->name())) continue;
    const std::uint64_t n_parts = range_check_parts(layout_, b->name());
    memory_.for_each_cell([&](const Relocatable& address, const MaybeRelocatable& value) {
      if (address.segment != b->base().segment || !value.is_felt()) return;
      const auto bytes = value.felt().to_le_bytes();
      for (std::uint64_t i = 0; i < n_parts; ++i) {
        const std::uint64_t part = bytes[2 * i] | (std::uint64_t{bytes[2 * i + 1]} << 8);
        limits.first = std::min(limits.first, part);
        limits.second = std::max(limits.second, part);
      }
    });
  }
  return limits;
}

void CairoRunner::check_range_check_usage() {
  const auto [rc_min, rc_max] = perm_range_check_limits();
  std::int64_t used_by_builtins = 0;
  for (const auto& b : builtins_) {
    if (is_range_check(b->name())) {
      used_by_builtins +=
          static_cast<std::int64_t>(b->used_cells(memory_) * range_check_parts(layout_, b->name()));
    }
  }
  const auto rc_units = static_cast<std::int64_t>(required(layout_.rc_units, "RC units"));
  // Three of the units of each step go to the instruction's offsets.
  const std::int64_t unused =
      (rc_units - 3) * static_cast<std::int64_t>(vm_->current_step) - used_by_builtins;
  const auto upper_bound = static_cast<std::int64_t>(rc_max - rc_min);
  if (unused < upper_bound) {
    throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                     " cells to fill the range checks holes, but potentially " +
                                     std::to_string(upper_bound) + " are required.");
  }
}

std::uint64_t CairoRunner::memory_holes() const {
  // The accessed addresses are fixed at the end of the run and the sizes until finalization: the
  // extra-steps loop asks again and again.
  if (memory_holes_cache_ && memory_holes_cache_->first == segments_finalized_) {
    return memory_holes_cache_->second;
  }
  const std::uint64_t holes = count_memory_holes();
  memory_holes_cache_ = {segments_finalized_, holes};
  return holes;
}

std::uint64_t CairoRunner::count_memory_holes() const {
  // The addresses the instructions accessed up to the end of the run (the program's cells, pc
  // and the three operand addresses of each step), found again from the trace: the step loop
  // does not record them.
  // Offsets per segment, not a bitmap: a program may access cells far out (offsets up to 2^63),
  // and this must cost what the accesses cost.
  std::vector<std::vector<std::uint64_t>> accessed(
      static_cast<std::size_t>(memory_.num_segments()));
  auto mark = [&](const Relocatable& address) {
    if (address.segment < 0 || address.segment >= memory_.num_segments()) return;
    accessed[static_cast<std::size_t>(address.segment)].push_back(address.offset);
  };
  for (std::uint64_t i = 0; i < program_.data().size(); ++i) mark(add(program_base_, Felt{i}));
  TraceCursor cursor{*vm_};
  for (std::uint64_t step = 0; step < end_run_step_ && step < vm_->trace.size(); ++step) {
    const StepAccesses accesses = accessed_by_step(*vm_, cursor.at(step));
    for (std::size_t i = 0; i < accesses.count; ++i) mark(accesses.addresses[i]);
  }
  // Builtin segments (but output's) count as accessed in full.
  std::vector<bool> accessed_in_full(accessed.size(), false);
  for (const auto& b : builtins_) {
    if (b->name() == "output") continue;
    accessed_in_full[static_cast<std::size_t>(b->base().segment)] = true;
  }
  for (const auto& b : builtins_) {
    if (const auto* mod = dynamic_cast<const ModBuiltinRunner*>(b.get())) {
      mark_mod_builtin_accesses(*mod, memory_,
                                segment_size(static_cast<std::size_t>(mod->base().segment)), mark);
    }
  }
  std::uint64_t holes = 0;
  for (std::size_t s = 0; s < accessed.size() && s < segment_sizes_.size(); ++s) {
    const std::uint64_t size = segment_size(s);
    std::uint64_t n = size;
    if (!accessed_in_full[s]) {
      std::vector<std::uint64_t>& offsets = accessed[s];
      std::sort(offsets.begin(), offsets.end());
      n = static_cast<std::uint64_t>(std::unique(offsets.begin(), offsets.end()) - offsets.begin());
    }
    holes += size >= n ? size - n : 0;
  }
  return holes;
}

void CairoRunner::check_memory_usage() const {
  const std::uint64_t units_per_step =
      required(layout_.memory_units_per_step, "Memory units per step");
  std::int64_t builtin_units = 0;
  for (const auto& b : builtins_) {
    if (b->name() == "output") continue;  // public memory only
    builtin_units += static_cast<std::int64_t>(b->cells_per_instance() * allocated_instances(*b));
  }
  const std::uint64_t total = units_per_step * vm_->current_step;
  // A fraction of the units is public memory, and four per step are the instruction's.
  const auto public_units =
      static_cast<std::int64_t>(safe_div(total, layout_.public_memory_fraction));
  const auto instruction_units = static_cast<std::int64_t>(4 * vm_->current_step);
  const std::int64_t unused =
      static_cast<std::int64_t>(total) - (public_units + instruction_units + builtin_units);
  const auto holes = static_cast<std::int64_t>(memory_holes());
  if (unused < holes) {
    throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                     " cells to fill the memory address holes, but " +
                                     std::to_string(holes) + " are required.");
  }
}

void CairoRunner::check_diluted_check_usage() const {
  if (!layout_.diluted_pool) return;
  const DilutedPoolInstanceDef& pool = *layout_.diluted_pool;
  if (!pool.log_units_per_step) {
    throw RunnerError("Diluted log units per step should not be None in proof mode.");
  }
  const std::int32_t log_units_per_step = *pool.log_units_per_step;
  std::int64_t used_by_builtins = 0;
  for (const auto& b : builtins_) {
    const BuiltinInstanceDef* def = layout_.builtin(b->name());
    const std::uint64_t per_instance =
        def == nullptr ? 0 : def->diluted_units_per_builtin(pool.spacing, pool.n_bits);
    if (per_instance != 0) {
      used_by_builtins += static_cast<std::int64_t>(per_instance * allocated_instances(*b));
    }
  }
  const std::uint64_t step = vm_->current_step;
  const std::uint64_t units =
      log_units_per_step >= 0
          ? (step << log_units_per_step)
          : safe_div(step, std::uint64_t{1} << static_cast<unsigned>(-log_units_per_step));
  const std::int64_t unused = static_cast<std::int64_t>(units) - used_by_builtins;
  const auto upper_bound = static_cast<std::int64_t>(std::uint64_t{1} << pool.n_bits);
  if (unused < upper_bound) {
    throw InsufficientAllocatedCells("There are only " + std::to_string(unused) +
                                     " cells to fill the diluted check holes, but potentially " +
                                     std::to_string(upper_bound) + " are required.");
  }
}

std::uint64_t CairoRunner::segment_size(std::size_t segment) const {
  const auto it = finalized_sizes_.find(static_cast<std::int64_t>(segment));
  return it != finalized_sizes_.end() ? it->second : segment_sizes_.at(segment);
}

void CairoRunner::finalize_segments() {
  if (segments_finalized_) return;
  if (!run_ended_) throw RunnerError("Run must be ended before calling finalize_segments.");
  const std::uint64_t program_size = program_.data().size();
  finalized_sizes_[program_base_.segment] = program_size;
  auto& program_public = public_memory_[program_base_.segment];
  program_public.clear();
  for (std::uint64_t i = 0; i < program_size; ++i) program_public.emplace_back(i, 0);
  auto& execution_public = public_memory_[execution_base_.segment];
  execution_public.clear();
  for (std::uint64_t offset : execution_public_memory_) {
    execution_public.emplace_back(offset + execution_base_.offset, 0);
  }
  for (const auto& b : builtins_) {
    const std::uint64_t size = allocated_size_or_fail(*b);
    finalized_sizes_[b->base().segment] = size;
    auto& cells = public_memory_[b->base().segment];
    cells.clear();
    // Every output cell is public: on page 0 unless a hint put it on a page of its own.
    if (const auto* output = dynamic_cast<const OutputBuiltinRunner*>(b.get())) {
      cells = output->public_memory(size);
    }
  }
  segments_finalized_ = true;
}

ExecutionResources CairoRunner::execution_resources() const {
  ExecutionResources resources;
  resources.n_steps = original_steps_.value_or(vm_->current_step);
  resources.n_memory_holes = memory_holes();
  for (const auto& b : builtins_) {
    resources.builtin_instances.emplace_back(b->name() + "_builtin", b->used_instances(memory_));
  }
  return resources;
}

std::string CairoRunner::builtin_usage_text() const {
  if (builtins_.empty()) return "";
  std::string text = "\nBuiltin usage:\n";
  for (const auto& b : builtins_) {
    const std::uint64_t used = b->used_cells(memory_);
    const std::uint64_t size = allocated_size_or_fail(*b);
    char percentage[32];
    if (size > 0) {
      std::snprintf(percentage, sizeof percentage, "%.2f%%",
                    static_cast<double>(used) / static_cast<double>(size) * 100);
    } else {
      std::snprintf(percentage, sizeof percentage, "100%%");
    }
    char line[128];
    std::snprintf(line, sizeof line, "%-30s %7s (used %llu cells)\n",
                  (b->name() + "_builtin").c_str(), percentage,
                  static_cast<unsigned long long>(used));
    text += line;
  }
  return text;
}

}  // namespace cairovm
