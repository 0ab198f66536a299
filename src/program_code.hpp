// What every run of a program needs from the program alone, built once when it is loaded and
// shared read-only by its runners (on any thread): each word decoded as an instruction, each hint
// resolved to cairovm's native implementation with its `ids` references.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "instruction.hpp"
#include "vm.hpp"

namespace cairovm {

/// What the step loop needs per program pc, in one array so that one bounds check serves both.
struct ProgramSlot {
  Instruction instruction;
  /// False for a word that does not decode on its own: not an instruction (the step that runs it
  /// fails), or an instruction whose immediate lies beyond the program. The VM decodes such a word
  /// from memory when it runs it.
  bool decoded = false;
  std::int32_t first_hint = -1;  // index in ProgramCode::hints, -1: none
  /// What the step loop dispatches on: the instruction's shape, kHinted or kStop.
  InstructionShape shape = InstructionShape::kStop;
  InstructionShape instruction_shape = InstructionShape::kOther;
  /// An immediate operand (the next program word) in the words of a cell, and as a small signed
  /// number when it is one (the jump or ap move of the shapes that need it): read here, next to
  /// the instruction, and not from memory at each step.
  Felt::Limbs immediate{};
  std::int64_t immediate_delta = 0;
  /// k when the immediate is P - k for 0 < k < 2^63 (`x - k` compiles to x + (P - k)), else 0.
  std::uint64_t negated_immediate = 0;
};

/// The instruction decoded at load for program word `offset`, or nullptr (beyond the program, or a
/// word that does not decode on its own).
inline const Instruction* decoded_instruction(std::span<const ProgramSlot> slots,
                                              std::uint64_t offset) noexcept {
  if (offset >= slots.size() || !slots[offset].decoded) return nullptr;
  return &slots[offset].instruction;
}

struct ProgramCode {
  std::vector<ProgramSlot> slots;  // one per word of the program
  /// Every hint of the program, by id (pc order, then order at the pc); `native` is cairovm's
  /// implementation, which a host's HintRegistry may replace per runner.
  std::vector<CompiledHint> hints;
  /// The ids of the hints with a given code string (keys view the program's hint definitions).
  std::unordered_map<std::string_view, std::vector<std::size_t>> hint_ids_by_code;
  bool has_hints_without_native = false;
  /// Instruction words decoded while building (the words of `slots` with `decoded`).
  std::uint64_t decoded_words = 0;
};

/// Builds the shared code of a program. `hints` and `references` must outlive the result and
/// stay where they are (the compiled hints point into them).
ProgramCode build_program_code(const std::vector<Felt>& data,
                               const std::map<std::uint64_t, std::vector<HintDefinition>>& hints,
                               const std::vector<ReferenceDefinition>& references);

}  // namespace cairovm
