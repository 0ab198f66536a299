// Builtin runners: each owns a memory segment, its validation and deduction rules, and its part
// of the initial and final stack.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cairovm/layout.hpp"
#include "cairovm/memory.hpp"

namespace cairovm {

class BuiltinRunner : public SegmentHooks {
 public:
  BuiltinRunner(std::string name, bool included, std::uint64_t cells_per_instance,
                std::uint64_t n_input_cells)
      : name_(std::move(name)),
        included_(included),
        cells_per_instance_(cells_per_instance),
        n_input_cells_(n_input_cells) {}

  /// The builtin's name without the "_builtin" suffix, e.g. "range_check".
  const std::string& name() const noexcept { return name_; }
  bool included() const noexcept { return included_; }
  Relocatable base() const noexcept { return base_; }
  std::optional<Relocatable> stop_ptr() const noexcept { return stop_ptr_; }
  std::uint64_t cells_per_instance() const noexcept { return cells_per_instance_; }
  std::uint64_t n_input_cells() const noexcept { return n_input_cells_; }

  /// Adds the builtin's segment and attaches its rules to it.
  virtual void initialize_segments(Memory& memory);
  /// The builtin's part of main's arguments: its base if the program uses it.
  virtual std::vector<MaybeRelocatable> initial_stack() const;
  /// Reads the stop pointer main returned at pointer - 1, checks it against the used cells and
  /// returns the pointer below it. Throws RunnerError with the reference's message.
  virtual Relocatable final_stack(const Memory& memory, Relocatable pointer);
  /// Zeros the builtin needs in the runner's zero segment (the reference's
  /// get_needed_number_allocated_zeros; add_mod and mul_mod only), and where they are.
  virtual std::uint64_t needed_allocated_zeros() const { return 0; }
  virtual void set_allocated_zeros(Relocatable /*address*/) {}
  /// Cells used in the segment (highest written offset + 1).
  virtual std::uint64_t used_cells(const Memory& memory) const;
  std::uint64_t used_instances(const Memory& memory) const;
  /// The reference's run_security_checks: every instance's inputs are present and outputs agree
  /// with the deduction rule. Throws RunnerError.
  virtual void run_security_checks(const Memory& memory) const;
  /// The reference's verify_auto_deductions (VirtualMachine.end_run) for this segment: every
  /// known cell for which the deduction rule gives a value must hold that value. Throws the
  /// rule's own VmError, or a VmError of kind kInconsistentAutoDeduction.
  void verify_auto_deductions(const Memory& memory) const;

  /// From now on, notes the offsets of the segment's cells in the order they are first written.
  /// The reference's AIR private input lists an instance's input cells in that order (its
  /// memory is a dict in insertion order), so proof mode records it.
  void record_write_order(Memory& memory);
  /// The offsets written since record_write_order, first write first (empty if not recording).
  std::span<const std::uint64_t> write_order() const noexcept;

  /// Whether the checks above are sure to pass on an instance, from its cells' words as the
  /// memory holds them (Memory::dense_words: kCellPresent set on known cells): its inputs known
  /// and valid, and each known output equal to what deduce() gives. The checks then skip its
  /// cells instead of deducing each one. No by default: every cell goes through deduce().
  virtual bool instance_sound(std::span<const Felt::Limbs> /*cells*/) const { return false; }

  /// No rules by default; a builtin that overrides validate() or deduce() overrides traits()
  /// to match (the default traits() assumes anything, which is safe but slower).
  void validate(const Memory&, Relocatable) const override {}
  std::optional<MaybeRelocatable> deduce(const Memory&, Relocatable) const override {
    return std::nullopt;
  }

 protected:
  /// Whether every input cell of the instance starting at `first_input` is written.
  bool inputs_known(const Memory& memory, Relocatable first_input) const;

  std::string name_;
  bool included_;
  std::uint64_t cells_per_instance_;
  std::uint64_t n_input_cells_;
  Relocatable base_;
  std::optional<Relocatable> stop_ptr_;

 private:
  // Sits between the memory and the builtin's rules, noting each first write.
  class WriteOrderRecorder final : public SegmentHooks {
   public:
    explicit WriteOrderRecorder(const SegmentHooks& rules) : rules_(rules) {}
    void validate(const Memory& memory, Relocatable address) const override {
      offsets_.push_back(address.offset);
      rules_.validate(memory, address);
    }
    std::optional<MaybeRelocatable> deduce(const Memory& memory,
                                           Relocatable address) const override {
      return rules_.deduce(memory, address);
    }
    Traits traits() const override { return {.deduces = rules_.traits().deduces}; }
    const std::vector<std::uint64_t>& offsets() const noexcept { return offsets_; }

   private:
    const SegmentHooks& rules_;
    mutable std::vector<std::uint64_t> offsets_;
  };
  std::unique_ptr<WriteOrderRecorder> write_order_;
};

/// VmError::kind() of verify_auto_deductions' failure (the reference's exception class, which
/// cairo-run does not catch: it ends with a Python traceback).
inline constexpr const char* kInconsistentAutoDeduction =
    "starkware.cairo.lang.vm.vm_exceptions.InconsistentAutoDeductionError";

/// A runner for the builtin `name` of `layout`; throws RunnerError for a builtin we lack.
std::unique_ptr<BuiltinRunner> make_builtin_runner(std::string_view name, bool included,
                                                   const Layout& layout);

}  // namespace cairovm
