#include "builtin_runner.hpp"

#include <algorithm>
#include <set>

#include "bitwise_builtin.hpp"
#include "cairovm/errors.hpp"
#include "ec_op_builtin.hpp"
#include "ecdsa_builtin.hpp"
#include "keccak_builtin.hpp"
#include "mod_builtin.hpp"
#include "output_builtin.hpp"
#include "pedersen_builtin.hpp"
#include "poseidon_builtin.hpp"
#include "range_check_builtin.hpp"
#include "segment_arena_builtin.hpp"

namespace cairovm {

void BuiltinRunner::initialize_segments(Memory& memory) {
  base_ = memory.add_segment();
  memory.attach_hooks(base_.segment, this);
}

void BuiltinRunner::record_write_order(Memory& memory) {
  write_order_ = std::make_unique<WriteOrderRecorder>(*this);
  memory.attach_hooks(base_.segment, write_order_.get());
}

std::span<const std::uint64_t> BuiltinRunner::write_order() const noexcept {
  if (!write_order_) return {};
  return write_order_->offsets();
}

std::vector<MaybeRelocatable> BuiltinRunner::initial_stack() const {
  if (!included_) return {};
  return {base_};
}

std::uint64_t BuiltinRunner::used_cells(const Memory& memory) const {
  return memory.used_size(base_.segment);
}

bool BuiltinRunner::inputs_known(const Memory& memory, Relocatable first_input) const {
  for (std::uint64_t i = 0; i < n_input_cells_; ++i) {
    if (!memory.is_known({first_input.segment, first_input.offset + i})) return false;
  }
  return true;
}

std::uint64_t BuiltinRunner::used_instances(const Memory& memory) const {
  return (used_cells(memory) + cells_per_instance_ - 1) / cells_per_instance_;
}

Relocatable BuiltinRunner::final_stack(const Memory& memory, Relocatable pointer) {
  if (!included_) {
    stop_ptr_ = base_;
    return pointer;
  }
  if (pointer.offset == 0) {
    throw RunnerError("Unknown value for memory cell at address " +
                      std::to_string(pointer.segment) + ":-1.");
  }
  const Relocatable below = add(pointer, std::int64_t{-1});
  const auto stop = memory.get(below);
  if (!stop) {
    throw RunnerError("Unknown value for memory cell at address " + below.to_string() + ".");
  }
  const Relocatable expected = add(base_, Felt{used_instances(memory) * cells_per_instance_});
  if (*stop != MaybeRelocatable{expected}) {
    throw RunnerError("Invalid stop pointer for " + name_ + ". Expected: " + expected.to_string() +
                      ", found: " + stop->to_string());
  }
  stop_ptr_ = expected;
  return below;
}

void BuiltinRunner::run_security_checks(const Memory& memory) const {
  // The highest offset and the number of cells, then a direct lookup per input cell: sorting the
  // offsets and searching them cost a tenth of a Keccak-heavy run.
  const std::uint64_t used = memory.used_size(base_.segment);
  if (used == 0) return;
  const std::uint64_t cells = memory.cells_in(base_.segment);
  const std::uint64_t n = (used - 1) / cells_per_instance_ + 1;
  if (n > cells / n_input_cells_) {
    throw RunnerError("Missing memory cells for " + name_ + ".");
  }
  std::vector<std::uint64_t> missing;
  for (std::uint64_t i = 0; i < n; ++i) {
    for (std::uint64_t j = 0; j < n_input_cells_; ++j) {
      const std::uint64_t offset = cells_per_instance_ * i + j;
      if (!memory.is_known({base_.segment, offset})) missing.push_back(offset);
    }
  }
  if (!missing.empty()) {
    std::string text;
    for (std::size_t k = 0; k < missing.size() && k < 20; ++k) {
      // Appended piece by piece: GCC 12's LTO misreads `(k ? ", " : "") + std::to_string(..)`
      // as an oversized memcpy (-Wstringop-overflow).
      if (k != 0) text += ", ";
      text += std::to_string(missing[k]);
    }
    throw RunnerError("Missing memory cells for " + name_ + ": " + text +
                      (missing.size() > 20 ? "..." : "."));
  }
  // Output cells nobody wrote must still agree with the deduction rule.
  const std::span<const Felt::Limbs> dense = memory.dense_words(base_.segment);
  for (std::uint64_t i = 0; i < n; ++i) {
    const std::uint64_t first = cells_per_instance_ * i;
    if (base_.offset == 0 && first + cells_per_instance_ <= dense.size() &&
        instance_sound(dense.subspan(first, cells_per_instance_))) {
      continue;
    }
    for (std::uint64_t j = n_input_cells_; j < cells_per_instance_; ++j) {
      // In range: the segment's cells above were written, so their offsets are.
      const Relocatable address{base_.segment, base_.offset + cells_per_instance_ * i + j};
      if (!memory.is_known(address)) (void)deduce(memory, address);
    }
  }
}

void BuiltinRunner::verify_auto_deductions(const Memory& memory) const {
  const auto verify = [&](const Relocatable& address, const MaybeRelocatable& current) {
    const auto value = deduce(memory, address);
    if (value && *value != current) {
      throw VmError("Inconsistent auto deduction rule at address " + address.to_string() + ". " +
                        current.to_string() + " != " + value->to_string() + ".",
                    kInconsistentAutoDeduction);
    }
  };
  // In offset order, as for_each_cell_in() walks them: instance by instance over the dense part,
  // each cell of an instance not surely sound through deduce(); then the sparse cells.
  const std::span<const Felt::Limbs> dense = memory.dense_words(base_.segment);
  const std::uint64_t size = cells_per_instance_;
  for (std::uint64_t first = 0; first < dense.size(); first += size) {
    const std::uint64_t end = std::min<std::uint64_t>(first + size, dense.size());
    if (end - first == size && instance_sound(dense.subspan(first, size))) continue;
    for (std::uint64_t offset = first; offset < end; ++offset) {
      if ((dense[offset][3] & Memory::kCellPresent) == 0) continue;
      Felt::Limbs words = dense[offset];
      words[3] &= ~Memory::kCellPresent;
      verify({base_.segment, offset}, MaybeRelocatable::from_words(words));
    }
  }
  memory.for_each_sparse_cell_in(base_.segment, verify);
}

// Every layout the reference defines uses the same instance parameters for the VM's purposes
// (bitwise 251 bits, ec_op and ecdsa height 256, keccak 8 x 200 bits); range checks take their
// number of parts from the layout.
std::unique_ptr<BuiltinRunner> make_builtin_runner(std::string_view name, bool included,
                                                   const Layout& layout) {
  if (name == "output") return std::make_unique<OutputBuiltinRunner>(included);
  if (name == "pedersen") return std::make_unique<PedersenBuiltinRunner>(included);
  if (name == "range_check" || name == "range_check96") {
    const BuiltinInstanceDef* def = layout.builtin(name);
    const std::uint32_t n_parts = def != nullptr ? def->n_parts : (name == "range_check" ? 8 : 6);
    return std::make_unique<RangeCheckBuiltinRunner>(std::string(name), included, n_parts);
  }
  if (name == "ecdsa") return std::make_unique<EcdsaBuiltinRunner>(included);
  if (name == "bitwise") return std::make_unique<BitwiseBuiltinRunner>(included);
  if (name == "ec_op") return std::make_unique<EcOpBuiltinRunner>(included);
  if (name == "keccak") return std::make_unique<KeccakBuiltinRunner>(included);
  if (name == "poseidon") return std::make_unique<PoseidonBuiltinRunner>(included);
  // Not in any layout: Starknet's runner adds it (additional_builtin_factories).
  if (name == "segment_arena") return std::make_unique<SegmentArenaBuiltinRunner>(included);
  if (name == "add_mod" || name == "mul_mod") {
    const BuiltinInstanceDef* def = layout.builtin(name);
    if (def == nullptr)
      throw RunnerError("The " + std::string(name) + " builtin is not supported.");
    return std::make_unique<ModBuiltinRunner>(
        name == "add_mod" ? ModBuiltinRunner::Op::kAdd : ModBuiltinRunner::Op::kMul, included,
        *def);
  }
  throw RunnerError("The " + std::string(name) +
                    " builtin is not supported yet (planned: builtins and layouts).");
}

}  // namespace cairovm
