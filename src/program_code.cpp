#include "program_code.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "cairovm/errors.hpp"
#include "cairovm/relocatable.hpp"

namespace cairovm {

namespace {

// The scope prefix under which `ids.<name>` finds a full reference name.
std::vector<IdReference> resolve_ids(const std::vector<ReferenceDefinition>& references,
                                     const HintDefinition& hint) {
  std::unordered_map<std::string, IdReference> by_name;
  // Outer scopes first, so that inner scopes override them (the reference searches inner first).
  for (const std::string& scope : hint.accessible_scopes) {
    const std::string prefix = scope + ".";
    for (const auto& [full_name, id] : hint.flow_tracking.reference_ids) {
      if (!full_name.starts_with(prefix)) continue;
      const std::string name = full_name.substr(prefix.size());
      if (name.find('.') != std::string::npos) continue;
      const ReferenceDefinition& def = references[id];
      IdReference ref;
      ref.name = name;
      ref.definition = &def;
      ref.register_offset = def.expr.register_offset();
      if (def.expr.uses_ap()) {
        ref.revoked = def.ap_tracking.group != hint.flow_tracking.ap_tracking.group;
        ref.ap_delta = hint.flow_tracking.ap_tracking.offset - def.ap_tracking.offset;
      }
      by_name[name] = std::move(ref);
    }
  }
  std::vector<IdReference> out;
  for (auto& [name, ref] : by_name) out.push_back(std::move(ref));
  std::sort(out.begin(), out.end(),
            [](const IdReference& a, const IdReference& b) { return a.name < b.name; });
  return out;
}

// The word at `pc` as an instruction, if it decodes on its own: its immediate, when it has one,
// is the next word of the program (a field element). Most words that are not instructions (field
// elements of 63 bits or more) are told apart without an exception.
bool decode_word(const std::vector<Felt>& data, std::size_t pc, Instruction& out) {
  if (!split_instruction(data[pc])) return false;
  try {
    out = decode_instruction(data[pc], pc + 1 < data.size());
    return true;
  } catch (const VmError&) {
    return false;  // the VM decodes it again when it runs it, and reports the error then
  }
}

}  // namespace

ProgramCode build_program_code(const std::vector<Felt>& data,
                               const std::map<std::uint64_t, std::vector<HintDefinition>>& hints,
                               const std::vector<ReferenceDefinition>& references) {
  ProgramCode code;
  code.slots.resize(data.size());
  for (std::size_t pc = 0; pc < data.size(); ++pc) {
    ProgramSlot& slot = code.slots[pc];
    slot.decoded = decode_word(data, pc, slot.instruction);
    if (!slot.decoded) continue;
    ++code.decoded_words;
    std::optional<std::int64_t> delta;
    if (slot.instruction.op1_source == Op1Source::kImm) {  // decoded: pc + 1 is in the program
      slot.immediate = data[pc + 1].limbs();
      delta = small_signed(data[pc + 1]);
      slot.immediate_delta = delta.value_or(0);
      if (delta && *delta < 0) slot.negated_immediate = static_cast<std::uint64_t>(-*delta);
    }
    slot.instruction_shape = shape_of(slot.instruction, delta.has_value());
    slot.shape = slot.instruction_shape;
  }
  for (const auto& [pc, definitions] : hints) {
    code.slots[pc].first_hint = static_cast<std::int32_t>(code.hints.size());
    if (code.slots[pc].decoded) code.slots[pc].shape = InstructionShape::kHinted;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
      CompiledHint hint;
      hint.definition = &definitions[i];
      hint.id = code.hints.size();
      hint.pc = pc;
      hint.index_at_pc = i;
      hint.native = find_native_hint(definitions[i].code);
      hint.ids = resolve_ids(references, definitions[i]);
      code.has_hints_without_native |= hint.native == nullptr;
      code.hint_ids_by_code[definitions[i].code].push_back(hint.id);
      code.hints.push_back(std::move(hint));
    }
  }
  return code;
}

}  // namespace cairovm
