// The register machine: decode, operands and deduction, opcode assertions, trace, register update.
#pragma once

#include <any>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/instruction.hpp"
#include "cairovm/memory.hpp"
#include "cairovm/program.hpp"
#include "cairovm/reserved_array.hpp"

namespace cairovm {

class VirtualMachine;
struct CompiledHint;

/// What a native hint sees: the VM, and its own compiled form (for `ids`).
struct HintContext {
  VirtualMachine& vm;
  const CompiledHint& hint;

  MaybeRelocatable ids_get(const std::string& name) const;
  void ids_set(const std::string& name, const MaybeRelocatable& value) const;
};

using NativeHintFn = void (*)(const HintContext&);

/// An `ids.<name>` reference of one hint, resolved at load time.
struct IdReference {
  std::string name;
  const ReferenceDefinition* definition = nullptr;
  std::int64_t ap_delta = 0;  // ap at the hint minus ap where the reference was defined
  bool revoked = false;       // ap-based and from another ap-tracking group
};

struct CompiledHint {
  const HintDefinition* definition = nullptr;
  std::uint64_t pc = 0;
  std::size_t index_at_pc = 0;
  NativeHintFn native = nullptr;  // nullptr: no native implementation
  std::vector<IdReference> ids;
};

/// One trace row, unrelocated. Segments of pc, ap and fp are kept in 32 bits each.
struct TraceEntry {
  std::uint64_t pc_offset, ap_offset, fp_offset;
  std::int32_t pc_segment, ap_segment;
  std::int32_t fp_segment, unused = 0;
};

/// Variables of hints, one dictionary per `vm_enter_scope`.
using ScopeDict = std::unordered_map<std::string, std::any>;

class VirtualMachine {
 public:
  VirtualMachine(const Program& program, Memory& memory, Relocatable program_base);

  Relocatable pc, ap, fp;
  std::uint64_t current_step = 0;
  ReservedArray<TraceEntry> trace;
  std::vector<ScopeDict> exec_scopes;

  Memory& memory() noexcept { return memory_; }
  const Memory& memory() const noexcept { return memory_; }
  const Program& program() const noexcept { return program_; }
  Relocatable program_base() const noexcept { return program_base_; }

  /// One step: the hints at pc, then the instruction. Throws VmError on failure; the caller
  /// (the runner) adds the location.
  void step();

  /// Index of the hint being run when the last error was thrown, if it came from a hint.
  std::optional<std::size_t> failing_hint_index() const noexcept { return failing_hint_; }

  void enter_scope(ScopeDict locals = {}) { exec_scopes.push_back(std::move(locals)); }
  void exit_scope();

 private:
  Instruction decode_at_pc() const;
  void run_hints(std::int32_t first_hint);
  void run_instruction(const Instruction& ins);

  const Program& program_;
  Memory& memory_;
  Relocatable program_base_;
  // What the step loop needs per program pc, in one array so that one bounds check serves both:
  // the instruction, decoded on first execution, and the index of the pc's first hint.
  struct ProgramSlot {
    Instruction instruction;
    bool decoded = false;
    std::int32_t first_hint = -1;  // index in hints_, -1: none
  };
  std::vector<ProgramSlot> slots_;
  std::vector<CompiledHint> hints_;
  std::optional<std::size_t> failing_hint_;
};

/// The native hint for a code string, or nullptr.
NativeHintFn find_native_hint(std::string_view code);
/// The code strings of every native hint, in table order.
std::vector<std::string_view> native_hint_codes();

}  // namespace cairovm
