// The register machine: decode, operands and deduction, opcode assertions, trace, register update.
#pragma once

#include <any>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/hint_api.hpp"
#include "cairovm/memory.hpp"
#include "cairovm/program.hpp"
#include "cairovm/reserved_array.hpp"
#include "instruction.hpp"
#include "trace.hpp"

namespace cairovm {

class VirtualMachine;
class BuiltinRunner;
struct CompiledHint;
struct ProgramCode;
struct ProgramSlot;

/// What a native hint sees: the VM, and its own compiled form (for `ids`).
struct HintContext {
  VirtualMachine& vm;
  const CompiledHint& hint;
  /// The host's implementation of the hint (HintRegistry), when it replaces cairovm's.
  const HostHintFn* host = nullptr;

  /// The value of `ids.<name>` (for a struct-typed reference: its first cell).
  MaybeRelocatable ids_get(std::string_view name) const;
  /// Writes `ids.<name>` (the reference must be a memory cell).
  void ids_set(std::string_view name, const MaybeRelocatable& value) const;
  /// The address of `ids.<name>`'s cell: where a struct-typed reference's members start
  /// (`ids.x.member` is at `ids_address("x") + offset of member`).
  Relocatable ids_address(std::string_view name) const;
  /// `ids.<name>` as a field element; throws VmError naming it otherwise.
  Felt ids_felt(std::string_view name) const;
  /// `ids.<name>` as a pointer; throws VmError naming it otherwise.
  Relocatable ids_pointer(std::string_view name) const;
  /// A constant seen from the hint's accessible scopes (`ids.SHIFT`, ...), innermost first.
  Felt ids_constant(std::string_view name) const;
};

using NativeHintFn = void (*)(const HintContext&);

/// An `ids.<name>` reference of one hint, resolved at load time.
struct IdReference {
  std::string name;
  const ReferenceDefinition* definition = nullptr;
  std::int64_t ap_delta = 0;  // ap at the hint minus ap where the reference was defined
  bool revoked = false;       // ap-based and from another ap-tracking group
  /// The expression as `reg + offset` or `[reg + inner] + offset`, or their cell, when it is one
  /// (most are): ReferenceExpr::register_offset().
  std::optional<ReferenceExpr::RegisterOffset> register_offset;
};

/// A hint of the program, resolved once at load (ProgramCode) and shared by the runners.
struct CompiledHint {
  const HintDefinition* definition = nullptr;
  std::size_t id = 0;  // position among all the program's hints (the reference's hint id)
  std::uint64_t pc = 0;
  std::size_t index_at_pc = 0;
  NativeHintFn native = nullptr;  // cairovm's implementation; nullptr: none
  std::vector<IdReference> ids;
};

/// How one VM runs a hint when it differs from the program's resolution: a host's hint, or the
/// hint engine for every hint (--python_hints_only).
struct HintDispatch {
  NativeHintFn native = nullptr;  // nullptr: the hint engine
  const HostHintFn* host = nullptr;
};

/// The segments of pc, ap and fp from step `first_step` on (until the next row).
struct TraceSegments {
  std::uint64_t first_step;
  std::int64_t pc_segment, ap_segment, fp_segment;
};

/// Variables of hints, one dictionary per `vm_enter_scope`, shared by native and Python hints:
/// integers are a Felt when in [0, P) and a BigInt (hint_bigint.hpp) otherwise, from native and
/// Python hints alike; the Python engine keeps every other Python object as an opaque value (see
/// python_hints.hpp).
/// Looked up by std::string_view (hints name their variables with literals: no std::string built
/// per lookup).
struct ScopeNameHash {
  using is_transparent = void;
  // The length and the first and last eight bytes: enough to tell a scope's few names apart, in a
  // few instructions instead of hashing every byte (a name is looked up several times per hint).
  std::size_t operator()(std::string_view name) const noexcept {
    std::uint64_t head = 0, tail = 0;
    if (name.size() >= sizeof head) {
      std::memcpy(&head, name.data(), sizeof head);
      std::memcpy(&tail, name.data() + name.size() - sizeof tail, sizeof tail);
    } else {
      for (const char c : name) head = head << 8 | static_cast<unsigned char>(c);
    }
    return static_cast<std::size_t>((head * 0x9E3779B97F4A7C15ull) ^
                                    (tail * 0xC2B2AE3D27D4EB4Full) ^ name.size());
  }
};
/// a == b for names, eight bytes at a time, without a memcmp call (a hint compares names several
/// times: its ids, its scope variables).
[[gnu::always_inline]] inline bool same_name(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= a.size(); i += sizeof(std::uint64_t)) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, sizeof x);
    std::memcpy(&y, b.data() + i, sizeof y);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}
struct ScopeNameEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return same_name(a, b); }
};
using ScopeDict = std::unordered_map<std::string, std::any, ScopeNameHash, ScopeNameEqual>;

/// scope[name] = value, in place when the variable holds a value of that type already: a std::any
/// holding more than a pointer's size (a Felt) is a heap object, which replacing would free and
/// allocate again.
template <class T>
void assign_scope(ScopeDict& scope, std::string_view name, T&& value) {
  using Value = std::decay_t<T>;
  if (const auto it = scope.find(name); it != scope.end()) {
    if (Value* held = std::any_cast<Value>(&it->second)) {
      *held = std::forward<T>(value);
    } else {
      it->second = std::forward<T>(value);
    }
    return;
  }
  scope.emplace(std::string(name), std::forward<T>(value));
}

/// Runs the hints that have no native implementation (the Python hints, python_hints.hpp).
class HintEngine {
 public:
  virtual ~HintEngine() = default;
  /// Runs `hint` at the VM's current pc; throws HintError when the hint fails.
  virtual void run(VirtualMachine& vm, const CompiledHint& hint) = 0;
  /// At the end of the run: checks what the hints registered for it (the auto-deduction rules
  /// of vm_add_auto_deduction_rule); throws VmError.
  virtual void end_run(VirtualMachine&) {}
};

/// A program that a hint loaded at run time (vm_load_program) at `base`: its debug information
/// and error-message attributes serve the error reports at its pcs, as the reference's do.
struct LoadedProgram {
  std::shared_ptr<const Program> program;
  Relocatable base;
};

class VirtualMachine {
 public:
  VirtualMachine(const Program& program, Memory& memory, Relocatable program_base);

  Relocatable pc, ap, fp;
  std::uint64_t current_step = 0;
  Trace trace;
  std::vector<TraceSegments> trace_segments;
  std::vector<ScopeDict> exec_scopes;
  /// The run's builtin runners (set by the runner), for native hints that use them
  /// (`builtin_runners` of the Python hints).
  std::vector<BuiltinRunner*> builtin_runners;

  Memory& memory() noexcept { return memory_; }
  const Memory& memory() const noexcept { return memory_; }
  const Program& program() const noexcept { return program_; }
  Relocatable program_base() const noexcept { return program_base_; }

  /// One step: the hints at pc, then the instruction. Throws VmError on failure; the caller
  /// (the runner) adds the location.
  void step();
  /// Steps without the per-step calls of step(), while each is an instruction of the program
  /// without hints that the fast path completes (see try_fast_instruction): at most
  /// `max_steps`, stopping at pc == `end`. Returns how many ran; the caller runs the next one
  /// with step() when it is neither done nor at `end`. Throws as step() does.
  std::uint64_t run_fast_steps(Relocatable end, std::uint64_t max_steps);

  /// Index of the hint being run when the last error was thrown, if it came from a hint.
  std::optional<std::size_t> failing_hint_index() const noexcept { return failing_hint_; }

  void enter_scope(ScopeDict locals = {}) { exec_scopes.push_back(std::move(locals)); }
  void exit_scope();

  /// Every hint of the program, by id (the program's shared table).
  std::span<const CompiledHint> hints() const noexcept { return hints_; }
  /// Whether this VM runs hint `id` natively (cairovm's or the host's implementation).
  bool hint_is_native(std::size_t id) const noexcept;
  /// Runs the hints that `registry` has with its functions instead of cairovm's. The registry is
  /// read now, once; its functions must outlive the VM.
  void use_host_hints(const HintRegistry& registry);
  /// Whether some hint has no native implementation (and so needs a hint engine).
  bool has_hints_without_native() const noexcept;
  /// The instruction at `at` (the pc of an executed step): decoded at load for the program's
  /// own words, else from memory now; nullopt when no field element is there.
  std::optional<Instruction> instruction_at(Relocatable at) const;
  /// The instruction decoded at load for program word `offset`, or nullptr (beyond the program,
  /// or a word that does not decode on its own).
  const Instruction* loaded_instruction(std::uint64_t offset) const noexcept;
  /// The program's words as decoded at load (program_code.hpp), by offset.
  std::span<const ProgramSlot> program_slots() const noexcept { return slots_; }
  /// Instruction words this VM decoded itself (words outside the program, or that do not decode
  /// on their own): 0 for a run of a program's own code, which was decoded at load. For tests.
  std::uint64_t decoded_words() const noexcept { return decoded_words_; }
  /// The engine for hints without a native implementation; without one they fail with "Unknown
  /// hint" and `why_no_engine` as the reason.
  void set_hint_engine(std::unique_ptr<HintEngine> engine) { hint_engine_ = std::move(engine); }
  void set_why_no_engine(std::string reason) { why_no_engine_ = std::move(reason); }
  /// Runs every hint through the hint engine, native implementation or not (--python_hints_only).
  void use_engine_for_all_hints() noexcept;
  /// Hints of a program loaded at run time (vm_load_program), run by the hint engine before the
  /// instruction at `pc`; they replace those loaded at `pc` before. Only for pcs outside the
  /// program's own cells. `hints` have no definition: the engine knows them by id.
  void set_loaded_hints(Relocatable pc, std::vector<CompiledHint> hints);
  /// Records a program loaded by vm_load_program, for the error reports.
  void add_loaded_program(LoadedProgram loaded) { loaded_programs_.push_back(std::move(loaded)); }
  /// The loaded programs, first loaded first.
  std::span<const LoadedProgram> loaded_programs() const noexcept { return loaded_programs_; }
  /// The hint engine's end-of-run checks (HintEngine::end_run).
  void end_hint_engine_run();
  /// Runs `hint`'s own code in the hint engine: for a native hint that finds state only the
  /// engine can read (a Python object in a scope). Throws VmError when there is no engine.
  void run_hint_in_python(const CompiledHint& hint);
  /// HintContext::ids_constant for `hint`.
  Felt hint_constant(const CompiledHint& hint, std::string_view name);
  /// The reference `ids.<name>` of `hint`; VmError when it has none or it is revoked.
  const IdReference& hint_id(const CompiledHint& hint, std::string_view name);

 private:
  Instruction decode_at_pc();
  Instruction decode_word(const Felt& word, Relocatable at) const;
  void start_dispatch();
  void run_hints(std::int32_t first_hint);
  void run_loaded_hints();
  // pc, ap and fp as the step being run sees them, apart from the members.
  struct Registers {
    Relocatable pc, ap, fp;
  };
  // The fast paths write pointers taken from the registers without the memory's check of
  // insert(): the registers' own segments are noted where those paths start.
  void note_registers(const Registers& r) noexcept {
    memory_.note_pointer(r.pc);
    memory_.note_pointer(r.ap);
    memory_.note_pointer(r.fp);
  }
  // Word by word: the step loop has just stored r's words one by one, and a struct copy reads
  // them back sixteen bytes at a time, which the store buffer cannot forward.
  void set_registers(const Registers& r) noexcept {
    pc.segment = r.pc.segment;
    pc.offset = r.pc.offset;
    ap.segment = r.ap.segment;
    ap.offset = r.ap.offset;
    fp.segment = r.fp.segment;
    fp.offset = r.fp.offset;
  }
  void run_instruction(const Instruction& ins);
  void run_general_instruction(const Instruction& ins);
  // Room the step loop claims in the memory's creation log and in the trace, filled through
  // these cursors, held in its registers: through the members, each cell store would make the
  // compiler reload the sizes (the stores may alias them). Handed back when the loop stops.
  struct StepCursors {
    std::uint64_t* creations;  // the next free creation-log entry (Memory::claim_creations)
    std::uint64_t* creations_end;
    Trace::NarrowEntry* rows;  // the next free narrow trace row; nullptr once the rows are wide
    Trace::NarrowEntry* rows_end;
    std::uint64_t wide_rows;  // Trace::wide_mask()
  };
  StepCursors claim_step_room(std::uint64_t steps);
  void commit_step_room(const StepCursors& room) noexcept;
  bool try_fast_instruction(const Instruction& ins);
  bool fast_instruction(const Instruction& ins, Registers& r, StepCursors& room);
  [[gnu::noinline]] bool fast_instruction_out_of_line(const Instruction& ins, Registers& r,
                                                      StepCursors& room);
  // The execution segment's dense cells (ap and fp both in it), held in run_fast_steps' locals.
  struct CellWindow {
    Felt::Limbs* cells = nullptr;
    std::uint64_t size = 0;  // 0: ap and fp elsewhere, and the shape handlers step aside
    std::int64_t segment = 0;
  };
  CellWindow window_for(const Registers& r) noexcept;
  bool run_shaped(InstructionShape shape, const ProgramSlot& slot, Registers& r,
                  const CellWindow& window, StepCursors& room);
  [[gnu::noinline]] bool run_hinted_step(const ProgramSlot& slot, Registers& r, CellWindow& window,
                                         StepCursors& room, std::uint64_t& pending,
                                         std::uint64_t claim);
  template <InstructionShape kShape>
  bool run_shape(const ProgramSlot& slot, Registers& r, const CellWindow& window,
                 StepCursors& room);
  template <InstructionShape kShape>
  bool run_assert_shape(const ProgramSlot& slot, Registers& r, const CellWindow& window,
                        StepCursors& room, Felt::Limbs& dst_cell, Felt::Limbs& op0_cell,
                        std::uint64_t dst_off, std::uint64_t op0_off);
  /// The fast path's builtin deduction: kNone when no rule applies, kFailed when it raised (the
  /// general path then runs it again and raises).
  enum class Deduction : std::uint8_t { kDeduced, kNone, kFailed };
  /// Hands the claimed log entries back around the deduction, which logs the cell it writes.
  [[gnu::noinline]] Deduction deduce_quietly(Relocatable address, StepCursors& room);
  bool segments_moved(const Registers& r) const;
  [[gnu::noinline]] void start_segments_row(const Registers& r);
  void record_trace_row(const Registers& r);
  void record_trace_row(const Registers& r, StepCursors& room);
  void record_window_row(const Registers& r, StepCursors& room);
  [[gnu::noinline]] void record_wide_row(const Registers& r, StepCursors& room);
  void update_registers(const Instruction& ins, const MaybeRelocatable& dst,
                        const MaybeRelocatable* res, const MaybeRelocatable& op1, Registers& r);

  const Program& program_;
  Memory& memory_;
  Relocatable program_base_;
  // The program's shared code (program_code.hpp): decoded instructions and resolved hints.
  const ProgramCode& code_;
  std::span<const ProgramSlot> slots_;
  std::span<const CompiledHint> hints_;
  // Empty, or one entry per hint when this VM runs some hints otherwise than the program's
  // resolution says (host hints, --python_hints_only).
  std::vector<HintDispatch> dispatch_;
  std::uint64_t decoded_words_ = 0;
  // hint_constant's answers, by hint id and name (empty until a hint asks).
  std::vector<std::unordered_map<std::string, Felt, ScopeNameHash, ScopeNameEqual>> hint_constants_;
  // vm_load_program's hints by pc; empty unless a Python hint loaded a program.
  std::map<Relocatable, std::vector<CompiledHint>> loaded_hints_;
  std::vector<LoadedProgram> loaded_programs_;
  // Segments of pc, ap and fp in the last trace_segments row; -2^63 before the first row.
  std::array<std::int64_t, 3> row_segments_{INT64_MIN, INT64_MIN, INT64_MIN};
  std::optional<std::size_t> failing_hint_;
  std::string why_no_engine_ = "Python hints are not supported by this build";
  // Declared last so that it goes first: it may hold Python objects that refer to the VM.
  std::unique_ptr<HintEngine> hint_engine_;
};

/// The native hint for a code string, or nullptr.
NativeHintFn find_native_hint(std::string_view code);
/// The code strings of every native hint, in table order.
std::vector<std::string_view> native_hint_codes();

}  // namespace cairovm
