#include "vm.hpp"

#include <algorithm>

#include "program_impl.hpp"

namespace cairovm {

namespace {

// Register + instruction offset, with the common in-range case kept inline: offsets are at most
// 2^63 - 1 and off is 16-bit, so the unsigned sum has its top bit set exactly when the result
// is negative or beyond 2^63 - 1; add() raises the reference's errors for those.
inline Relocatable offset_by(Relocatable base, std::int16_t off) {
  const std::uint64_t result =
      base.offset + static_cast<std::uint64_t>(static_cast<std::int64_t>(off));
  if (static_cast<std::int64_t>(result) >= 0) [[likely]]
    return {base.segment, result};
  return add(base, static_cast<std::int64_t>(off));
}

// An operand that may not be known yet: a lighter std::optional for the step loop, whose reads
// fill it in place (no optional is built per read).
struct Operand {
  MaybeRelocatable v;
  bool known = false;
  explicit operator bool() const noexcept { return known; }
  const MaybeRelocatable& operator*() const noexcept { return v; }
  const MaybeRelocatable* operator->() const noexcept { return &v; }
  Operand& operator=(const MaybeRelocatable& value) noexcept {
    v = value;
    known = true;
    return *this;
  }
  void assign(const std::optional<MaybeRelocatable>& value) noexcept {
    if (value) *this = *value;
  }
};

[[noreturn]] void throw_unknown_cell(const Relocatable& address) {
  throw VmError("Unknown value for memory cell at address " + address.to_string() + ".",
                "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError");
}

Relocatable as_register(const MaybeRelocatable& value, const char* name) {
  if (!value.is_relocatable()) {
    throw VmError(std::string("Register ") + name + " would hold the field element " +
                  value.to_string() + "; registers must hold relocatable addresses.");
  }
  return value.relocatable();
}

EvalContext context_for(const VirtualMachine& vm, const IdReference& ref) {
  EvalContext ctx;
  ctx.fp = vm.fp;
  ctx.memory = &vm.memory();
  ctx.ap = add(vm.ap, -ref.ap_delta);
  return ctx;
}

// `reg + offset` or `[reg + inner] + offset` of a reference of that form, as evaluate() computes
// it in context_for()'s registers; nullopt where an intermediate or the result leaves [0, 2^62),
// or the pointer cell is unknown or not a pointer, for evaluate() to compute it (and raise what
// it raises). Hints read most ids this way, without walking the expression's nodes. Inline: a
// returned optional came back through the stack and was read with wider loads than its stores
// (a store-forwarding stall in every ids access).
[[gnu::always_inline]] inline std::optional<Relocatable> register_offset_address(
    const VirtualMachine& vm, const IdReference& ref) {
  constexpr std::int64_t kLimit = std::int64_t{1} << 62;
  const ReferenceExpr::RegisterOffset& form = *ref.register_offset;
  Relocatable base = vm.fp;
  if (!form.fp_based) {
    if (vm.ap.offset >= static_cast<std::uint64_t>(kLimit) || ref.ap_delta >= kLimit ||
        ref.ap_delta <= -kLimit) {
      return std::nullopt;
    }
    const std::int64_t corrected = static_cast<std::int64_t>(vm.ap.offset) - ref.ap_delta;
    if (corrected < 0) return std::nullopt;
    base = {vm.ap.segment, static_cast<std::uint64_t>(corrected)};
  }
  // base + by, within [0, 2^62) (|by| < 2^62: no overflow).
  const auto moved = [](Relocatable from, std::int64_t by) -> std::optional<Relocatable> {
    if (from.offset >= static_cast<std::uint64_t>(kLimit)) return std::nullopt;
    const std::int64_t offset = static_cast<std::int64_t>(from.offset) + by;
    if (offset < 0 || offset >= kLimit) return std::nullopt;
    return Relocatable{from.segment, static_cast<std::uint64_t>(offset)};
  };
  if (!form.indirect) return moved(base, form.offset);
  // [reg + inner] + offset: the pointer in that cell, known (else evaluate() raises).
  const auto cell = moved(base, form.inner);
  if (!cell) return std::nullopt;
  const auto pointer = vm.memory().get(*cell);
  if (!pointer || !pointer->is_relocatable()) return std::nullopt;
  return moved(pointer->relocatable(), form.offset);
}

// The address of the cell of a reference that is one (`[reg + offset]`, `[[reg + inner] +
// offset]`), when register_offset_address() finds it.
[[gnu::always_inline]] inline std::optional<Relocatable> simple_cell_address(
    const VirtualMachine& vm, const IdReference& ref) {
  if (!ref.register_offset || !ref.register_offset->is_cell) return std::nullopt;
  return register_offset_address(vm, ref);
}

}  // namespace

MaybeRelocatable HintContext::ids_get(std::string_view name) const {
  const IdReference& ref = vm.hint_id(hint, name);
  if (ref.register_offset) {
    if (const auto address = register_offset_address(vm, ref)) {
      if (!ref.register_offset->is_cell) return *address;
      if (auto value = vm.memory().get(*address)) return *value;  // else evaluate() raises
    }
  }
  const ReferenceExpr& expr = ref.definition->expr;
  return evaluate(expr, expr.root(), context_for(vm, ref));
}

void HintContext::ids_set(std::string_view name, const MaybeRelocatable& value) const {
  const IdReference& ref = vm.hint_id(hint, name);
  if (const auto address = simple_cell_address(vm, ref)) {
    vm.memory().insert(*address, value);
    return;
  }
  const ReferenceExpr& expr = ref.definition->expr;
  const auto address_node = expr.cell_address();
  if (!address_node)
    throw VmError("Cannot assign to ids." + std::string(name) + ": it is not a memory cell.");
  const MaybeRelocatable address = evaluate(expr, *address_node, context_for(vm, ref));
  if (!address.is_relocatable()) {
    throw VmError("Cannot assign to ids." + std::string(name) +
                  ": its address is not relocatable.");
  }
  vm.memory().insert(address.relocatable(), value);
}

Relocatable HintContext::ids_address(std::string_view name) const {
  const IdReference& ref = vm.hint_id(hint, name);
  if (const auto address = simple_cell_address(vm, ref)) return *address;
  const ReferenceExpr& expr = ref.definition->expr;
  const auto address_node = expr.cell_address();
  if (!address_node) throw VmError("ids." + std::string(name) + " is not a memory cell.");
  const MaybeRelocatable address = evaluate(expr, *address_node, context_for(vm, ref));
  if (!address.is_relocatable())
    throw VmError("The address of ids." + std::string(name) + " is not relocatable.");
  return address.relocatable();
}

Felt HintContext::ids_felt(std::string_view name) const {
  const MaybeRelocatable value = ids_get(name);
  if (!value.is_felt()) {
    throw VmError("ids." + std::string(name) + " must be a field element, got " +
                  value.to_string() + ".");
  }
  return value.felt();
}

Relocatable HintContext::ids_pointer(std::string_view name) const {
  const MaybeRelocatable value = ids_get(name);
  if (!value.is_relocatable()) {
    throw VmError("ids." + std::string(name) + " must be a pointer, got " + value.to_string() +
                  ".");
  }
  return value.relocatable();
}

Felt HintContext::ids_constant(std::string_view name) const {
  return vm.hint_constant(hint, name);
}

const IdReference& VirtualMachine::hint_id(const CompiledHint& hint, std::string_view name) {
  for (const IdReference& ref : hint.ids) {
    if (same_name(ref.name, name)) {
      if (ref.revoked) throw VmError("Reference '" + std::string(name) + "' is revoked.");
      return ref;
    }
  }
  throw VmError("'ids' has no reference named '" + std::string(name) + "' in this hint.");
}

Felt VirtualMachine::hint_constant(const CompiledHint& hint, std::string_view name) {
  // Memoized per program hint: the lookup builds a full name per accessible scope, which cost
  // more than the arithmetic of the hints that read ids.SHIFT or ids.BASE.
  const bool cached = hint.id < hints_.size() && &hints_[hint.id] == &hint;
  if (cached) {
    if (hint_constants_.empty()) hint_constants_.resize(hints_.size());
    const auto& known = hint_constants_[hint.id];
    if (auto it = known.find(name); it != known.end()) return it->second;
  }
  const std::vector<std::string>& scopes = hint.definition->accessible_scopes;
  for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
    if (auto value = program_.constant(*scope + "." + std::string(name))) {
      if (cached) hint_constants_[hint.id].emplace(name, *value);
      return *value;
    }
  }
  throw VmError("'ids' has no constant named '" + std::string(name) + "' in this hint.");
}

VirtualMachine::VirtualMachine(const Program& program, Memory& memory, Relocatable program_base)
    : program_(program),
      memory_(memory),
      program_base_(program_base),
      code_(ProgramInternals::code(program)),
      slots_(code_.slots),
      hints_(code_.hints) {
  if (program_base.offset != 0) throw VmError("The program must start at offset 0 of its segment.");
  exec_scopes.emplace_back();
}

namespace {

void run_host_hint(const HintContext& ctx) {
  HintAccess access(ctx);
  (*ctx.host)(access);
}

}  // namespace

// The first change to how this VM runs hints copies the program's resolution.
void VirtualMachine::start_dispatch() {
  if (!dispatch_.empty()) return;
  dispatch_.reserve(hints_.size());
  for (const CompiledHint& hint : hints_) dispatch_.push_back({hint.native, nullptr});
}

void VirtualMachine::use_host_hints(const HintRegistry& registry) {
  // One registry look-up per distinct code string of the program.
  for (const auto& [code, ids] : code_.hint_ids_by_code) {
    const HostHintFn* fn = registry.find(code);
    if (fn == nullptr) continue;
    start_dispatch();
    for (std::size_t id : ids) dispatch_[id] = {run_host_hint, fn};
  }
}

bool VirtualMachine::hint_is_native(std::size_t id) const noexcept {
  return dispatch_.empty() ? hints_[id].native != nullptr : dispatch_[id].native != nullptr;
}

bool VirtualMachine::has_hints_without_native() const noexcept {
  if (dispatch_.empty()) return code_.has_hints_without_native;
  return std::any_of(dispatch_.begin(), dispatch_.end(),
                     [](const HintDispatch& d) { return d.native == nullptr; });
}

void VirtualMachine::use_engine_for_all_hints() noexcept {
  if (hints_.empty()) return;
  dispatch_.assign(hints_.size(), HintDispatch{});
}

void VirtualMachine::run_hint_in_python(const CompiledHint& hint) {
  if (!hint_engine_) {
    throw VmError(
        "This hint needs the Python hints (a scope variable it reads is a Python "
        "object), and " +
        why_no_engine_ + ":\n" + hint.definition->code);
  }
  hint_engine_->run(*this, hint);
}

void VirtualMachine::exit_scope() {
  if (exec_scopes.size() <= 1) throw VmError("Cannot exit main scope.");
  exec_scopes.pop_back();
}

void VirtualMachine::step() {
  if (pc.segment == program_base_.segment && pc.offset < slots_.size()) {
    const ProgramSlot& slot = slots_[pc.offset];
    if (slot.first_hint >= 0) run_hints(slot.first_hint);
    // The program's words were decoded when it was loaded: the program segment is write-once and
    // holds the program's data, so they are the instructions of every run.
    if (slot.decoded) [[likely]] {
      run_instruction(slot.instruction);
    } else {
      run_instruction(decode_at_pc());  // fails, or reads an immediate beyond the program
    }
    return;
  }
  if (!loaded_hints_.empty()) run_loaded_hints();
  run_instruction(decode_at_pc());  // code outside the program: decoded every time
}

void VirtualMachine::run_loaded_hints() {
  const auto it = loaded_hints_.find(pc);
  if (it == loaded_hints_.end()) return;
  // A copy: a hint may load another program, at this very pc.
  const std::vector<CompiledHint> hints = it->second;
  for (const CompiledHint& hint : hints) {
    failing_hint_ = hint.index_at_pc;
    hint_engine_->run(*this, hint);
  }
  failing_hint_.reset();
}

void VirtualMachine::set_loaded_hints(Relocatable at, std::vector<CompiledHint> hints) {
  if (!hint_engine_) throw VmError("Loaded programs' hints need the hint engine.");
  loaded_hints_.insert_or_assign(at, std::move(hints));
}

void VirtualMachine::end_hint_engine_run() {
  if (hint_engine_) hint_engine_->end_run(*this);
}

void VirtualMachine::run_hints(std::int32_t first_hint) {
  for (std::size_t i = static_cast<std::size_t>(first_hint);
       i < hints_.size() && hints_[i].pc == pc.offset; ++i) {
    const CompiledHint& hint = hints_[i];
    failing_hint_ = hint.index_at_pc;
    const HintDispatch how = dispatch_.empty() ? HintDispatch{hint.native, nullptr} : dispatch_[i];
    if (how.native == nullptr) {
      if (!hint_engine_) {
        throw VmError("Unknown hint at pc=" + pc.to_string() +
                      " (it has no native implementation, and " + why_no_engine_ + "):\n" +
                      hint.definition->code);
      }
      hint_engine_->run(*this, hint);  // throws HintError itself
      continue;
    }
    try {
      how.native(HintContext{*this, hint, how.host});
    } catch (const HintError&) {
      throw;
    } catch (const VmError& e) {
      throw HintError(e, hint.index_at_pc);
    }
  }
  failing_hint_.reset();
}

const Instruction* VirtualMachine::loaded_instruction(std::uint64_t offset) const noexcept {
  return decoded_instruction(slots_, offset);
}

std::optional<Instruction> VirtualMachine::instruction_at(Relocatable at) const {
  if (at.segment == program_base_.segment) {
    if (const Instruction* loaded = loaded_instruction(at.offset)) return *loaded;
  }
  const auto word = memory_.get(at);
  if (!word || !word->is_felt()) return std::nullopt;
  return decode_word(word->felt(), at);
}

Instruction VirtualMachine::decode_at_pc() {
  ++decoded_words_;
  const auto word = memory_.get(pc);
  if (!word) throw_unknown_cell(pc);
  if (word->is_relocatable()) {
    throw VmError("Instruction should be an int. Found: " + word->to_string());
  }
  return decode_word(word->felt(), pc);
}

// The word at `at` decoded; the cell after it tells whether an immediate is there.
Instruction VirtualMachine::decode_word(const Felt& word, Relocatable at) const {
  const auto imm = memory_.get(add(at, std::int64_t{1}));
  return decode_instruction(word, imm && imm->is_felt());
}

// One branch for "a register changed segment", which is rare (the segments rows start empty,
// and the cached segments start at an impossible value).
[[gnu::always_inline]] inline bool VirtualMachine::segments_moved(const Registers& r) const {
  return ((r.pc.segment ^ row_segments_[0]) | (r.ap.segment ^ row_segments_[1]) |
          (r.fp.segment ^ row_segments_[2])) != 0;
}

// A segments row for the trace's next row (trace.size() counts the rows so far).
void VirtualMachine::start_segments_row(const Registers& r) {
  trace_segments.push_back({trace.size(), r.pc.segment, r.ap.segment, r.fp.segment});
  row_segments_ = {r.pc.segment, r.ap.segment, r.fp.segment};
}

// The general path's trace row.
void VirtualMachine::record_trace_row(const Registers& r) {
  if (segments_moved(r)) [[unlikely]]
    start_segments_row(r);
  trace.push_back(r.pc.offset, r.ap.offset, r.fp.offset);
}

// A trace row for a shape handler, through the claimed room: the segments row is already pc's,
// ap's and fp's (window_for).
[[gnu::always_inline]] inline void VirtualMachine::record_window_row(const Registers& r,
                                                                     StepCursors& room) {
  if (((r.pc.offset | r.ap.offset | r.fp.offset | room.wide_rows) >> 32) == 0) [[likely]] {
    Trace::NarrowEntry& row = *room.rows++;
    row.pc = static_cast<std::uint32_t>(r.pc.offset);
    row.ap = static_cast<std::uint32_t>(r.ap.offset);
    row.fp = static_cast<std::uint32_t>(r.fp.offset);
    return;
  }
  record_wide_row(r, room);
}

// A row that does not fit a narrow one (the trace widens), or any row of a wide trace.
void VirtualMachine::record_wide_row(const Registers& r, StepCursors& room) {
  const auto claimed = static_cast<std::size_t>(room.rows_end - room.rows);
  trace.commit_narrow(room.rows);
  trace.push_back(r.pc.offset, r.ap.offset, r.fp.offset);
  room.wide_rows = trace.wide_mask();
  room.rows = trace.claim_narrow(claimed);
  room.rows_end = room.rows != nullptr ? room.rows + claimed : nullptr;
}

// record_trace_row() for the general fast path, through the claimed room.
[[gnu::always_inline]] inline void VirtualMachine::record_trace_row(const Registers& r,
                                                                    StepCursors& room) {
  if (segments_moved(r)) [[unlikely]] {
    trace.commit_narrow(room.rows);  // so that the trace's size counts the rows so far
    start_segments_row(r);
  }
  record_window_row(r, room);
}

// Inline, like window_for(): returned from a call, the struct came back through memory and was
// copied on with wider loads than its stores, a store-forwarding stall on every hinted step.
[[gnu::always_inline]] inline VirtualMachine::StepCursors VirtualMachine::claim_step_room(
    std::uint64_t steps) {
  constexpr std::uint64_t kMostCreated = 3;  // a step creates at most dst, op0 and op1
  StepCursors room{};
  room.creations = memory_.claim_creations(kMostCreated * steps);
  room.creations_end = room.creations + kMostCreated * steps;
  room.rows = trace.claim_narrow(steps);
  room.rows_end = room.rows != nullptr ? room.rows + steps : nullptr;
  room.wide_rows = trace.wide_mask();
  return room;
}

void VirtualMachine::commit_step_room(const StepCursors& room) noexcept {
  memory_.commit_creations(room.creations);
  trace.commit_narrow(room.rows);
}

[[gnu::always_inline]] inline void VirtualMachine::update_registers(const Instruction& ins,
                                                                    const MaybeRelocatable& dst,
                                                                    const MaybeRelocatable* res,
                                                                    const MaybeRelocatable& op1,
                                                                    Registers& r) {
  // Register updates: fp, then ap, then pc (so that pc is still the failing one on error).
  if (ins.fp_update == FpUpdate::kApPlus2) {
    r.fp = offset_by(r.ap, 2);
  } else if (ins.fp_update == FpUpdate::kDst) {
    r.fp = as_register(dst, "fp");
  }
  switch (ins.ap_update) {
    case ApUpdate::kAdd:
      if (!res) throw VmError("Res.UNCONSTRAINED cannot be used with ApUpdate.ADD");
      r.ap = res->is_felt() ? add(r.ap, res->felt())
                            : as_register(add(MaybeRelocatable{r.ap}, *res), "ap");
      break;
    case ApUpdate::kAdd1:
      r.ap = offset_by(r.ap, 1);
      break;
    case ApUpdate::kAdd2:
      r.ap = offset_by(r.ap, 2);
      break;
    case ApUpdate::kRegular:
      break;
  }
  switch (ins.pc_update) {
    case PcUpdate::kRegular:
      r.pc = offset_by(r.pc, ins.size);
      break;
    case PcUpdate::kJump:
      if (!res) throw VmError("Res.UNCONSTRAINED cannot be used with PcUpdate.JUMP");
      r.pc = as_register(*res, "pc");
      break;
    case PcUpdate::kJumpRel:
      if (!res) throw VmError("Res.UNCONSTRAINED cannot be used with PcUpdate.JUMP_REL");
      if (!res->is_felt()) {
        throw VmError(
            "Could not complete computation jmp rel of non pure value: " + res->to_string() + ".");
      }
      r.pc = add(r.pc, res->felt());
      break;
    case PcUpdate::kJnz: {
      const bool is_zero = dst.is_felt() && dst.felt().is_zero();  // a relocatable never is
      if (is_zero) {
        r.pc = offset_by(r.pc, ins.size);
      } else if (op1.is_felt()) {
        r.pc = add(r.pc, op1.felt());
      } else {
        r.pc = as_register(add(MaybeRelocatable{r.pc}, op1), "pc");
      }
      break;
    }
  }
}

namespace {

// The fast path's register arithmetic: the common in-range cases only, and false where the
// reference's add() would raise or compute something unusual (the general path then runs the
// instruction and raises). Nothing in the fast path throws, so its registers can stay in
// machine registers instead of memory kept up to date for an exception handler.
[[gnu::always_inline]] inline bool offset_in_range(Relocatable base, std::int64_t off,
                                                   Relocatable& out) noexcept {
  const std::uint64_t result = base.offset + static_cast<std::uint64_t>(off);
  if (static_cast<std::int64_t>(result) < 0) return false;
  out = {base.segment, result};
  return true;
}

[[gnu::always_inline]] inline bool add_small(Relocatable base, const Felt& value,
                                             Relocatable& out) noexcept {
  const auto delta = small_signed(value);
  return delta && offset_in_range(base, *delta, out);
}

// a - b where the reference computes it without raising and the result stays in range: field
// elements, a pointer moved back by a small amount, or two pointers of one segment.
[[gnu::always_inline]] inline bool difference(const MaybeRelocatable& a, const MaybeRelocatable& b,
                                              MaybeRelocatable& out) noexcept {
  if (b.is_felt()) {
    if (a.is_felt()) {
      out = a.felt() - b.felt();
      return true;
    }
    const auto delta = small_signed(b.felt());
    Relocatable moved;
    if (!delta || !offset_in_range(a.relocatable(), -*delta, moved)) return false;
    out = moved;
    return true;
  }
  if (a.is_felt() || a.relocatable().segment != b.relocatable().segment) return false;
  out = Felt{a.relocatable().offset} - Felt{b.relocatable().offset};
  return true;
}

}  // namespace

namespace {

using Words = Felt::Limbs;

[[gnu::always_inline]] inline bool present(const Words& cell) noexcept {
  return (cell[3] & Memory::kCellPresent) != 0;
}
[[gnu::always_inline]] inline Words stripped(const Words& cell) noexcept {
  Words w = cell;
  w[3] &= ~Memory::kCellPresent;
  return w;
}
[[gnu::always_inline]] inline MaybeRelocatable value_in(const Words& cell) noexcept {
  return MaybeRelocatable::from_words(stripped(cell));
}
[[gnu::always_inline]] inline bool is_pointer(const Words& cell) noexcept {
  return (cell[3] & MaybeRelocatable::kRelocatableTag) != 0;
}
[[gnu::always_inline]] inline Relocatable pointer_in(const Words& cell) noexcept {
  return {static_cast<std::int64_t>(cell[1]), cell[0]};
}
[[gnu::always_inline]] inline Felt felt_in(const Words& cell) noexcept {
  return Felt::from_canonical_limbs_unchecked(stripped(cell));
}
// A field element below 2^64 in a cell (or an immediate's words): most of a program's values
// (counters, sizes, offsets), whose sums and products need no 256-bit arithmetic.
[[gnu::always_inline]] inline bool one_word(const Words& cell) noexcept {
  return (cell[1] | cell[2] | (cell[3] & ~Memory::kCellPresent)) == 0;
}
// a + b for two field elements: below 2^65 when both are one word, so exact without reduction
// (a few instructions instead of a 256-bit sum and its reduction).
[[gnu::always_inline]] inline Words sum_of(const Words& a, const Words& b) noexcept {
  if (one_word(a) && one_word(b)) [[likely]] {
    std::uint64_t low;
    const bool carry = __builtin_add_overflow(a[0], b[0], &low);
    return {low, carry ? std::uint64_t{1} : 0, 0, 0};
  }
  return (felt_in(a) + felt_in(b)).limbs();
}
// A register's offset moved by an instruction offset; below 0 it wraps to a huge offset, which
// no window holds (as offset_in_range refuses it).
[[gnu::always_inline]] inline std::uint64_t moved(std::uint64_t offset, std::int16_t by) noexcept {
  return offset + static_cast<std::uint64_t>(std::int64_t{by});
}

}  // namespace

VirtualMachine::Deduction VirtualMachine::deduce_quietly(Relocatable address, StepCursors& room) {
  const auto claimed = static_cast<std::size_t>(room.creations_end - room.creations);
  memory_.commit_creations(room.creations);
  Deduction deduction = Deduction::kFailed;  // the general path deduces again and raises
  try {
    deduction = memory_.deduce(address) ? Deduction::kDeduced : Deduction::kNone;
  } catch (const VmError&) {
  } catch (const std::bad_alloc&) {
  }
  // Out of memory here ends the run, as it does wherever else the step loop grows an array.
  room.creations = memory_.claim_creations(claimed);
  room.creations_end = room.creations + claimed;
  return deduction;
}

// The common case in one lean pass: operands in dense cells of real segments, no relocation
// rules, operands known or deduced by the simple rules (an assert_eq's dst, op0 of a sum or op1;
// a call's dst and op0; a builtin's output), no write into a builtin's segment, registers that
// stay in range. Anything else returns false having changed nothing, and the general path runs the
// instruction from the start: it alone deduces through builtins and raises the reference's
// errors (so no VmError leaves this function).
[[gnu::always_inline]] inline bool VirtualMachine::fast_instruction(const Instruction& ins,
                                                                    Registers& r,
                                                                    StepCursors& room) {
  // Operands are values in registers, read from their cells in place (present(), value_in()).
  // Registers chosen by value, member by member: selecting between r.ap and r.fp as objects made
  // GCC keep the registers in memory and pick an address.
  const auto pick = [](bool ap_based, const Relocatable& ap, const Relocatable& fp) {
    return Relocatable{ap_based ? ap.segment : fp.segment, ap_based ? ap.offset : fp.offset};
  };
  Relocatable dst_addr, op0_addr, op1_addr;
  if (!offset_in_range(pick(ins.dst_register == Register::kAp, r.ap, r.fp), ins.off0, dst_addr) ||
      !offset_in_range(pick(ins.op0_register == Register::kAp, r.ap, r.fp), ins.off1, op0_addr)) {
    return false;
  }
  Words* const dst_cell = memory_.dense_cell(dst_addr);
  Words* const op0_cell = memory_.dense_cell(op0_addr);
  // A far cell may be known (in the sparse part): only the general path looks there.
  if (dst_cell == nullptr || op0_cell == nullptr) return false;
  const bool dst_known = present(*dst_cell);
  const bool op0_known = present(*op0_cell);
  const bool is_call = ins.opcode == Opcode::kCall;
  const bool is_assert = ins.opcode == Opcode::kAssertEq;
  const Relocatable next_pc{r.pc.segment, r.pc.offset + ins.size};
  if (!op0_known) {
    // Known here: a call's op0 (the return pc), and an assert_eq's op0 of a sum (dst - op1, as
    // `tempvar x = a - b` compiles). The general path for: a call whose two cells are one (it
    // checks the second write against the first), and an op0 a builtin's rules may deduce (they
    // come first).
    const bool deducible = is_call ? dst_known || op0_addr != dst_addr
                                   : is_assert && ins.res == ResLogic::kAdd && dst_known &&
                                         ins.op1_source != Op1Source::kOp0;
    if (!deducible || memory_.hooks(op0_addr.segment) != nullptr) return false;
  }
  // A write into a builtin's segment runs its validation rule, which may raise: the general
  // path does those.
  if (!dst_known && memory_.hooks(dst_addr.segment) != nullptr) return false;
  MaybeRelocatable op0 = op0_known ? value_in(*op0_cell) : MaybeRelocatable{next_pc};
  switch (ins.op1_source) {
    case Op1Source::kFp:
      if (!offset_in_range(r.fp, ins.off2, op1_addr)) return false;
      break;
    case Op1Source::kAp:
      if (!offset_in_range(r.ap, ins.off2, op1_addr)) return false;
      break;
    case Op1Source::kImm:
      if (ins.off2 != 1) return false;
      op1_addr = Relocatable{r.pc.segment, r.pc.offset + 1};
      break;
    case Op1Source::kOp0:
      if (!op0_known || !op0.is_relocatable() ||
          !offset_in_range(op0.relocatable(), ins.off2, op1_addr)) {
        return false;
      }
      break;
  }
  Words* const op1_cell = memory_.dense_cell(op1_addr);
  if (op1_cell == nullptr) return false;
  bool op1_known = present(*op1_cell);
  SegmentHooks::Traits op1_rules{.deduces = false, .check = SegmentHooks::Traits::Check::kNothing};
  if (!op1_known) {
    if (const SegmentHooks::Traits* traits = memory_.hook_traits(op1_addr.segment)) {
      op1_rules = *traits;
    }
    // Rules whose validate() may raise, even on the value their own deduction writes (Python
    // rules): the general path, so that the error is raised and not swallowed here.
    if (op1_rules.check == SegmentHooks::Traits::Check::kAny) return false;
    if (op1_rules.deduces) {
      // A builtin's output read before it was written (a hash, a bitwise result): its rule runs
      // first, as in the general path, which also raises its errors.
      if (!op0_known) return false;
      const Deduction deduction = deduce_quietly(op1_addr, room);
      if (deduction == Deduction::kFailed) return false;
      op1_known = deduction == Deduction::kDeduced;
    }
  }
  if (!op1_known) {
    // An assert_eq's op1 that is dst (a write through a pointer: `assert [p + i] = x`) or
    // dst - op0 (range-checked below where the segment's rules ask for it).
    if (!is_assert || !dst_known || !op0_known ||
        (ins.res != ResLogic::kOp1 && ins.res != ResLogic::kAdd)) {
      return false;
    }
  }
  MaybeRelocatable op1 = op1_known ? value_in(*op1_cell) : MaybeRelocatable{};

  MaybeRelocatable res = op1;  // not zero-initialised: that was a rep stos per step
  MaybeRelocatable dst;
  if (dst_known) dst = value_in(*dst_cell);
  if (!op0_known && is_assert) {
    if (!difference(dst, op1, op0)) return false;
    res = dst;
  } else if (!op1_known) {
    if (ins.res == ResLogic::kOp1) {
      op1 = dst;
    } else if (!difference(dst, op0, op1)) {
      return false;
    }
    // A range-checked cell: the general path raises the reference's error for a bad value.
    if (op1_rules.check == SegmentHooks::Traits::Check::kBits &&
        (!op1.is_felt() || op1.felt().bit_length() > op1_rules.bits)) {
      return false;
    }
    res = dst;
  } else {
    switch (ins.res) {
      case ResLogic::kOp1:
        break;
      case ResLogic::kAdd:
        if (!op1.is_felt()) return false;
        if (op0.is_felt()) {
          res = op0.felt() + op1.felt();
        } else {
          Relocatable sum;
          if (!add_small(op0.relocatable(), op1.felt(), sum)) return false;
          res = sum;
        }
        break;
      case ResLogic::kMul:
        if (!op0.is_felt() || !op1.is_felt()) return false;
        res = op0.felt() * op1.felt();
        break;
      case ResLogic::kUnconstrained:
        if (is_assert || ins.ap_update == ApUpdate::kAdd || ins.pc_update == PcUpdate::kJump ||
            ins.pc_update == PcUpdate::kJumpRel) {
          return false;
        }
        break;
    }
  }

  if (!dst_known) {
    if (is_assert) {
      dst = res;
    } else if (is_call) {
      dst = r.fp;
    } else {
      return false;
    }
  }
  if (is_assert && dst != res) return false;
  if (is_call && ((op0_known && op0 != MaybeRelocatable{next_pc}) ||
                  (dst_known && dst != MaybeRelocatable{r.fp}))) {
    return false;
  }

  // The new registers, from the old ones (update_registers' rules, in-range cases only).
  Relocatable new_fp = r.fp, new_ap = r.ap, new_pc = next_pc;
  switch (ins.fp_update) {
    case FpUpdate::kApPlus2:
      if (!offset_in_range(r.ap, 2, new_fp)) return false;
      break;
    case FpUpdate::kDst:
      if (!dst.is_relocatable()) return false;
      new_fp = dst.relocatable();
      break;
    case FpUpdate::kRegular:
      break;
  }
  switch (ins.ap_update) {
    case ApUpdate::kAdd:
      if (!res.is_felt() || !add_small(r.ap, res.felt(), new_ap)) return false;
      break;
    case ApUpdate::kAdd1:
      if (!offset_in_range(r.ap, 1, new_ap)) return false;
      break;
    case ApUpdate::kAdd2:
      if (!offset_in_range(r.ap, 2, new_ap)) return false;
      break;
    case ApUpdate::kRegular:
      break;
  }
  switch (ins.pc_update) {
    case PcUpdate::kRegular:
      break;
    case PcUpdate::kJump:
      if (!res.is_relocatable()) return false;
      new_pc = res.relocatable();
      break;
    case PcUpdate::kJumpRel:
      if (!res.is_felt() || !add_small(r.pc, res.felt(), new_pc)) return false;
      break;
    case PcUpdate::kJnz:
      if (!(dst.is_felt() && dst.felt().is_zero())) {  // a relocatable is never zero
        if (!op1.is_felt() || !add_small(r.pc, op1.felt(), new_pc)) return false;
      }
      break;
  }

  // Unknown cells of a dense part, at two different addresses: each write creates its cell.
  if (!dst_known) memory_.fill_dense_cell(dst_addr, *dst_cell, dst.words(), room.creations);
  if (!op0_known) memory_.fill_dense_cell(op0_addr, *op0_cell, op0.words(), room.creations);
  if (!op1_known) memory_.fill_dense_cell(op1_addr, *op1_cell, op1.words(), room.creations);
  record_trace_row(r, room);
  r = {new_pc, new_ap, new_fp};
  return true;
}

bool VirtualMachine::fast_instruction_out_of_line(const Instruction& ins, Registers& r,
                                                  StepCursors& room) {
  return fast_instruction(ins, r, room);
}

bool VirtualMachine::try_fast_instruction(const Instruction& ins) {
  if (memory_.has_relocation_rules()) return false;
  Registers r{pc, ap, fp};
  note_registers(r);
  StepCursors room = claim_step_room(1);
  const bool done = fast_instruction(ins, r, room);
  commit_step_room(room);
  if (!done) return false;
  set_registers(r);
  ++current_step;
  return true;
}

[[gnu::always_inline]] inline VirtualMachine::CellWindow VirtualMachine::window_for(
    const Registers& r) noexcept {
  // The handlers keep pc in the program's segment and ap and fp in the window's, so that the
  // trace's current segments row stays right without a check per step (record_window_row): the
  // window opens only once that row is pc's, ap's and fp's.
  if (r.ap.segment != r.fp.segment || row_segments_[0] != program_base_.segment ||
      row_segments_[1] != r.ap.segment || row_segments_[2] != r.fp.segment) {
    return {};
  }
  const Memory::DenseCells dense = memory_.dense_cells(r.ap.segment);
  return {dense.cells, dense.size, r.ap.segment};
}

// One instruction of a known shape, in its usual cases: what fast_instruction() would do for it,
// with the decisions made at load taken out and the ap- and fp-based cells read through the
// window. Anything else returns false having changed nothing, for fast_instruction() to run.
template <InstructionShape kShape>
[[gnu::always_inline]] inline bool VirtualMachine::run_shape(const ProgramSlot& slot, Registers& r,
                                                             const CellWindow& w,
                                                             StepCursors& room) {
  using enum InstructionShape;
  const Instruction& ins = slot.instruction;
  const auto offset_of = [&](Register reg) {
    return reg == Register::kAp ? r.ap.offset : r.fp.offset;
  };
  const std::uint64_t dst_off = moved(offset_of(ins.dst_register), ins.off0);
  const std::uint64_t op0_off = moved(offset_of(ins.op0_register), ins.off1);
  if (dst_off >= w.size || op0_off >= w.size) return false;
  Words& dst_cell = w.cells[dst_off];
  Words& op0_cell = w.cells[op0_off];
  const bool dst_known = present(dst_cell);
  const bool op0_known = present(op0_cell);
  Relocatable new_pc{r.pc.segment, r.pc.offset + ins.size};
  Relocatable new_ap = r.ap;

  if constexpr (kShape == kCallRel) {
    // dst gets fp and op0 the return pc, each checked against what the cell already holds.
    const Words frame = MaybeRelocatable{r.fp}.words();
    const Words return_pc = MaybeRelocatable{new_pc}.words();
    if ((dst_known && stripped(dst_cell) != frame) ||
        (op0_known && stripped(op0_cell) != return_pc) || !offset_in_range(r.ap, 2, new_ap) ||
        !offset_in_range(r.pc, slot.immediate_delta, new_pc)) {
      return false;
    }
    if (!dst_known) memory_.fill_dense_cell({w.segment, dst_off}, dst_cell, frame, room.creations);
    if (!op0_known)
      memory_.fill_dense_cell({w.segment, op0_off}, op0_cell, return_pc, room.creations);
    record_window_row(r, room);
    r = {new_pc, new_ap, new_ap};
    return true;
  } else if constexpr (kShape == kRet) {
    const std::uint64_t op1_off = moved(r.fp.offset, ins.off2);
    if (!dst_known || !op0_known || op1_off >= w.size) return false;
    const Words& op1_cell = w.cells[op1_off];
    // The new fp must stay in the window's segment for the next steps' handlers, and pc in the
    // program's (run_fast_steps).
    if (!present(op1_cell) || !is_pointer(op1_cell) || !is_pointer(dst_cell) ||
        pointer_in(dst_cell).segment != w.segment || pointer_in(op1_cell).segment != r.pc.segment) {
      return false;
    }
    record_window_row(r, room);
    r = {pointer_in(op1_cell), r.ap, pointer_in(dst_cell)};
    return true;
  } else if constexpr (kShape == kJnz || kShape == kJumpRel || kShape == kApAdd) {
    if (!dst_known || !op0_known) return false;
    if constexpr (kShape == kApAdd) {
      if (!offset_in_range(r.ap, slot.immediate_delta, new_ap)) return false;
    } else {
      if (ins.ap_update == ApUpdate::kAdd1 && !offset_in_range(r.ap, 1, new_ap)) return false;
      // A relocatable is never zero: its tag bit is set.
      const bool jumps = kShape == kJumpRel || (dst_cell[0] | dst_cell[1] | dst_cell[2] |
                                                (dst_cell[3] & ~Memory::kCellPresent)) != 0;
      if (jumps && !offset_in_range(r.pc, slot.immediate_delta, new_pc)) return false;
    }
    record_window_row(r, room);
    r = {new_pc, new_ap, r.fp};
    return true;
  } else {
    return run_assert_shape<kShape>(slot, r, w, room, dst_cell, op0_cell, dst_off, op0_off);
  }
}

// An assert_eq of a known shape: res from op0 and op1 checked against dst or written there; or,
// with dst known, an unknown op0 = dst - op1 (a sum) or op1 = dst (dst - op0 for a sum), written
// where fast_instruction() would deduce them.
template <InstructionShape kShape>
[[gnu::always_inline]] inline bool VirtualMachine::run_assert_shape(
    const ProgramSlot& slot, Registers& r, const CellWindow& w, StepCursors& room, Words& dst_cell,
    Words& op0_cell, std::uint64_t dst_off, std::uint64_t op0_off) {
  constexpr unsigned kIndex = static_cast<unsigned>(kShape) - 1;
  constexpr auto kSource = static_cast<Op1Source>(kIndex / 3);
  constexpr auto kRes = static_cast<ResLogic>(kIndex % 3);
  const Instruction& ins = slot.instruction;
  const bool dst_known = present(dst_cell);
  const bool op0_known = present(op0_cell);
  // op1's cell: the immediate beside the instruction, or a cell of memory.
  const Words* op1_cell = &slot.immediate;
  Words* op1_memory = nullptr;
  Relocatable op1_addr;
  if constexpr (kSource == Op1Source::kOp0) {
    if (!op0_known || !is_pointer(op0_cell) ||
        !offset_in_range(pointer_in(op0_cell), ins.off2, op1_addr)) {
      return false;
    }
    op1_memory = memory_.dense_cell(op1_addr);
    if (op1_memory == nullptr) return false;
    op1_cell = op1_memory;
  } else if constexpr (kSource != Op1Source::kImm) {
    op1_addr = {w.segment, moved(kSource == Op1Source::kFp ? r.fp.offset : r.ap.offset, ins.off2)};
    if (op1_addr.offset >= w.size) return false;
    op1_memory = &w.cells[op1_addr.offset];
    op1_cell = op1_memory;
  }
  bool op1_known = kSource == Op1Source::kImm || present(*op1_cell);
  // The rules of op1's segment when op1 is unknown there: none in the window; another segment's
  // as fast_instruction() takes them (a builtin's output is deduced first).
  const SegmentHooks::Traits* op1_rules = nullptr;
  if constexpr (kSource == Op1Source::kOp0) {
    if (!op1_known) op1_rules = memory_.hook_traits(op1_addr.segment);
    if (op1_rules != nullptr) {
      if (op1_rules->check == SegmentHooks::Traits::Check::kAny) return false;
      if (op1_rules->deduces) {
        const Deduction deduction = deduce_quietly(op1_addr, room);
        if (deduction == Deduction::kFailed) return false;
        if (deduction == Deduction::kDeduced) {
          op1_memory = memory_.dense_cell(op1_addr);
          if (op1_memory == nullptr) return false;
          op1_cell = op1_memory;
          op1_known = true;
        }
      }
    }
  }
  const Relocatable new_pc{r.pc.segment, r.pc.offset + ins.size};
  Relocatable new_ap = r.ap;
  if (ins.ap_update == ApUpdate::kAdd1 && !offset_in_range(r.ap, 1, new_ap)) return false;

  if (op0_known && op1_known) [[likely]] {
    Words res;
    if constexpr (kRes == ResLogic::kOp1) {
      res = stripped(*op1_cell);
    } else if constexpr (kRes == ResLogic::kAdd) {
      if (is_pointer(*op1_cell)) return false;
      if (!is_pointer(op0_cell)) {
        // `x - k` adds the immediate P - k: a one-word x of at least k goes down by k.
        if (kSource == Op1Source::kImm && slot.negated_immediate != 0 && one_word(op0_cell) &&
            op0_cell[0] >= slot.negated_immediate) {
          res = {op0_cell[0] - slot.negated_immediate, 0, 0, 0};
        } else {
          res = sum_of(op0_cell, *op1_cell);
        }
      } else {
        Relocatable sum;
        if (!add_small(pointer_in(op0_cell), felt_in(*op1_cell), sum)) return false;
        res = MaybeRelocatable{sum}.words();
      }
    } else {
      if (is_pointer(*op1_cell) || is_pointer(op0_cell)) return false;
      res = (felt_in(op0_cell) * felt_in(*op1_cell)).limbs();
    }
    if (dst_known) {
      if (stripped(dst_cell) != res) return false;  // the general path raises
      record_window_row(r, room);
    } else {
      memory_.fill_dense_cell({w.segment, dst_off}, dst_cell, res, room.creations);
      record_window_row(r, room);
    }
    r = {new_pc, new_ap, r.fp};
    return true;
  }
  if (!dst_known) return false;
  const MaybeRelocatable dst = value_in(dst_cell);
  if (!op0_known) {
    // op0 = dst - op1 (`tempvar x = a - b` compiles to a = x + b).
    if constexpr (kRes != ResLogic::kAdd || kSource == Op1Source::kOp0) {
      return false;
    } else {
      MaybeRelocatable op0;
      if (!op1_known || !difference(dst, value_in(*op1_cell), op0)) return false;
      memory_.fill_dense_cell({w.segment, op0_off}, op0_cell, op0.words(), room.creations);
      record_window_row(r, room);
    }
  } else {
    // op1 = dst, or dst - op0 (a write through a pointer: `assert [p + i] = x`).
    if constexpr (kRes == ResLogic::kMul || kSource == Op1Source::kImm) {
      return false;
    } else {
      MaybeRelocatable op1 = dst;
      if (kRes == ResLogic::kAdd && !difference(dst, value_in(op0_cell), op1)) return false;
      // A range-checked cell: the general path raises the reference's error for a bad value.
      if (op1_rules != nullptr && op1_rules->check == SegmentHooks::Traits::Check::kBits &&
          (!op1.is_felt() || op1.felt().bit_length() > op1_rules->bits)) {
        return false;
      }
      memory_.fill_dense_cell(op1_addr, *op1_memory, op1.words(), room.creations);
      record_window_row(r, room);
    }
  }
  r = {new_pc, new_ap, r.fp};
  return true;
}

[[gnu::always_inline]] inline bool VirtualMachine::run_shaped(InstructionShape shape,
                                                              const ProgramSlot& slot, Registers& r,
                                                              const CellWindow& w,
                                                              StepCursors& room) {
  using enum InstructionShape;
  switch (shape) {
    case kOther:
    case kHinted:
    case kStop:
      return false;
    case kAssertOp0Op1:
      return run_shape<kAssertOp0Op1>(slot, r, w, room);
    case kAssertOp0Add:
      return run_shape<kAssertOp0Add>(slot, r, w, room);
    case kAssertOp0Mul:
      return run_shape<kAssertOp0Mul>(slot, r, w, room);
    case kAssertImmOp1:
      return run_shape<kAssertImmOp1>(slot, r, w, room);
    case kAssertImmAdd:
      return run_shape<kAssertImmAdd>(slot, r, w, room);
    case kAssertImmMul:
      return run_shape<kAssertImmMul>(slot, r, w, room);
    case kAssertFpOp1:
      return run_shape<kAssertFpOp1>(slot, r, w, room);
    case kAssertFpAdd:
      return run_shape<kAssertFpAdd>(slot, r, w, room);
    case kAssertFpMul:
      return run_shape<kAssertFpMul>(slot, r, w, room);
    case kAssertApOp1:
      return run_shape<kAssertApOp1>(slot, r, w, room);
    case kAssertApAdd:
      return run_shape<kAssertApAdd>(slot, r, w, room);
    case kAssertApMul:
      return run_shape<kAssertApMul>(slot, r, w, room);
    case kCallRel:
      return run_shape<kCallRel>(slot, r, w, room);
    case kRet:
      return run_shape<kRet>(slot, r, w, room);
    case kJnz:
      return run_shape<kJnz>(slot, r, w, room);
    case kJumpRel:
      return run_shape<kJumpRel>(slot, r, w, room);
    case kApAdd:
      return run_shape<kApAdd>(slot, r, w, room);
  }
  __builtin_unreachable();  // every slot holds one of the above: no range check in the dispatch
}

// A program word with hints, in the step loop. Everything is handed back first (the claimed
// room, the registers, the step count: the hints see them as in the general path, and may fail),
// then the hints run, then the instruction: by its shape, the general fast path, or the general
// path. `pending` counts the loop's steps not yet in current_step. False when pc has left the
// program's segment, which ends the loop.
bool VirtualMachine::run_hinted_step(const ProgramSlot& slot, Registers& r, CellWindow& window,
                                     StepCursors& room, std::uint64_t& pending,
                                     std::uint64_t claim) {
  commit_step_room(room);
  set_registers(r);
  current_step += pending;
  pending = 0;
  run_hints(slot.first_hint);
  r = {pc, ap, fp};
  note_registers(r);
  window = window_for(r);  // the hints may have grown the memory
  room = claim_step_room(claim);
  pending = 1;
  // A shape handler keeps the window valid; the other paths may move fp or grow the memory.
  if (run_shaped(slot.instruction_shape, slot, r, window, room)) return true;
  if (!fast_instruction(slot.instruction, r, room)) {
    commit_step_room(room);
    run_general_instruction(slot.instruction);  // counts its step; raises the reference's errors
    pending = 0;
    r = {pc, ap, fp};
    room = claim_step_room(claim);
  }
  window = window_for(r);
  return r.pc.segment == program_base_.segment;
}

std::uint64_t VirtualMachine::run_fast_steps(Relocatable end, std::uint64_t max_steps) {
  const std::int64_t program_segment = program_base_.segment;
  if (memory_.has_relocation_rules() || max_steps == 0 || pc.segment != program_segment) return 0;
  // The registers live in locals here, written back to the members once: the cell stores of
  // each step would otherwise make the compiler reload them (the stores may alias them). The
  // execution segment's cells too (the window), for the shape handlers.
  Registers r{pc, ap, fp};
  note_registers(r);
  CellWindow window = window_for(r);
  // pc stays in the program's segment here (the handlers keep it there; after the general fast
  // path the loop checks), so the end is an offset there, or none.
  const std::uint64_t end_offset = end.segment == program_segment ? end.offset : UINT64_MAX;
  const ProgramSlot* const slots = slots_.data();
  const std::size_t slot_count = slots_.size();
  constexpr std::uint64_t kStepsPerClaim = std::uint64_t{1} << 16;
  const std::uint64_t steps = std::min(max_steps, kStepsPerClaim);
  const std::uint64_t first_step = current_step;
  StepCursors room = claim_step_room(steps);
  std::uint64_t pending = 0;  // steps run and not yet counted in current_step
  std::uint64_t left = steps;
  while (r.pc.offset != end_offset && r.pc.offset < slot_count) {
    const ProgramSlot& slot = slots[r.pc.offset];
    if (run_shaped(slot.shape, slot, r, window, room)) [[likely]] {
      ++pending;
    } else if (slot.shape == InstructionShape::kHinted) {
      const bool in_program = run_hinted_step(slot, r, window, room, pending, left);
      if (!in_program || --left == 0) break;
      continue;
    } else if (slot.shape == InstructionShape::kStop) {
      break;
    } else {
      // Out of line, through copies: inlined, or with r's address taken, the general fast path
      // made the compiler keep the registers and the handlers' values in memory.
      Registers moved = r;
      StepCursors moved_room = room;
      if (!fast_instruction_out_of_line(slot.instruction, moved, moved_room)) break;
      r = moved;
      room = moved_room;
      ++pending;
      window = window_for(r);  // fp may have moved to another segment
      if (r.pc.segment != program_segment) break;
    }
    if (--left == 0) break;
  }
  commit_step_room(room);
  set_registers(r);
  current_step += pending;
  return current_step - first_step;
}

void VirtualMachine::run_instruction(const Instruction& ins) {
  if (!try_fast_instruction(ins)) run_general_instruction(ins);
}

void VirtualMachine::run_general_instruction(const Instruction& ins) {
  const Relocatable dst_addr = offset_by(ins.dst_register == Register::kAp ? ap : fp, ins.off0);
  Operand dst;
  dst.known = memory_.read(dst_addr, dst.v);
  const Relocatable op0_addr = offset_by(ins.op0_register == Register::kAp ? ap : fp, ins.off1);
  Operand op0;
  op0.known = memory_.read(op0_addr, op0.v);

  Relocatable op1_addr;
  switch (ins.op1_source) {
    case Op1Source::kFp:
      op1_addr = offset_by(fp, ins.off2);
      break;
    case Op1Source::kAp:
      op1_addr = offset_by(ap, ins.off2);
      break;
    case Op1Source::kImm:
      if (ins.off2 != 1) throw VmError("In immediate mode, off2 should be 1.");
      op1_addr = offset_by(pc, ins.off2);
      break;
    case Op1Source::kOp0:
      if (!op0) throw VmError("op0 must be known in double dereference.");
      if (!op0->is_relocatable()) {
        throw VmError("Memory address must be relocatable. Found: " + op0->to_string() + ".");
      }
      op1_addr = offset_by(op0->relocatable(), ins.off2);
      break;
  }
  Operand op1;
  op1.known = memory_.read(op1_addr, op1.v);
  Operand res;

  // Builtin deduction rules (e.g. a hash output read before anyone wrote it) come first.
  if (!op0) op0.assign(memory_.deduce(op0_addr));
  if (!op1) op1.assign(memory_.deduce(op1_addr));

  const bool update_dst = !dst;
  const bool update_op0 = !op0;
  const bool update_op1 = !op1;

  // Operand deduction, in the reference's order: op0 from dst and op1, then op1 from dst and op0.
  if (!op0) {
    if (ins.opcode == Opcode::kCall) {
      op0 = MaybeRelocatable{add(pc, Felt{ins.size})};
    } else if (ins.opcode == Opcode::kAssertEq) {
      if (ins.res == ResLogic::kAdd && dst && op1) {
        op0 = sub(*dst, *op1);
        res = dst;
      } else if (ins.res == ResLogic::kMul && dst && op1 && dst->is_felt() && op1->is_felt()) {
        if (op1->felt().is_zero()) {
          throw VmError("Cannot deduce operand in '0 = ? * " + dst->to_string() +
                        "' (possibly due to division by 0).");
        }
        op0 = MaybeRelocatable{*dst->felt().divide(op1->felt())};
        res = dst;
      }
    }
  }
  if (!op1 && ins.opcode == Opcode::kAssertEq) {
    Operand deduced_res;
    if (ins.res == ResLogic::kOp1 && dst) {
      op1 = dst;
      deduced_res = dst;
    } else if (ins.res == ResLogic::kAdd && dst && op0) {
      op1 = sub(*dst, *op0);
      deduced_res = dst;
    } else if (ins.res == ResLogic::kMul && dst && op0 && dst->is_felt() && op0->is_felt() &&
               !op0->felt().is_zero()) {
      op1 = MaybeRelocatable{*dst->felt().divide(op0->felt())};
      deduced_res = dst;
    }
    if (!res) res = deduced_res;
  }
  if (!op0) throw_unknown_cell(op0_addr);
  if (!op1) throw_unknown_cell(op1_addr);

  if (!res) {
    switch (ins.res) {
      case ResLogic::kOp1:
        res = op1;
        break;
      case ResLogic::kAdd:
        res = add(*op0, *op1);
        break;
      case ResLogic::kMul:
        if (op0->is_relocatable() || op1->is_relocatable()) {
          throw VmError("Could not complete computation * of non pure values: (" + op0->to_repr() +
                        ", " + op1->to_repr() + ").");
        }
        res = MaybeRelocatable{op0->felt() * op1->felt()};
        break;
      case ResLogic::kUnconstrained:
        break;
    }
  }
  if (!dst) {
    if (ins.opcode == Opcode::kAssertEq && res) {
      dst = res;
    } else if (ins.opcode == Opcode::kCall) {
      dst = MaybeRelocatable{fp};
    }
  }
  if (!dst) throw_unknown_cell(dst_addr);

  if (update_dst) memory_.insert(dst_addr, *dst);
  if (update_op0) memory_.insert(op0_addr, *op0);
  if (update_op1) memory_.insert(op1_addr, *op1);

  // Opcode assertions.
  if (ins.opcode == Opcode::kAssertEq) {
    if (!res) throw VmError("Res.UNCONSTRAINED cannot be used with Opcode.ASSERT_EQ");
    if (*dst != *res) {
      throw VmError("An ASSERT_EQ instruction failed: " + dst->to_string() +
                    " != " + res->to_string() + ".");
    }
  } else if (ins.opcode == Opcode::kCall) {
    const MaybeRelocatable return_pc = add(pc, Felt{ins.size});
    if (*op0 != return_pc) {
      throw VmError("Call failed to write return-pc (inconsistent op0): " + op0->to_string() +
                    " != " + return_pc.to_string() + ". Did you forget to increment ap?");
    }
    if (*dst != MaybeRelocatable{fp}) {
      throw VmError("Call failed to write return-fp (inconsistent dst): " + dst->to_string() +
                    " != " + fp.to_string() + ". Did you forget to increment ap?");
    }
  }

  Registers r{pc, ap, fp};
  record_trace_row(r);
  try {
    update_registers(ins, *dst, res ? &*res : nullptr, *op1, r);
  } catch (...) {
    set_registers(r);
    throw;
  }
  set_registers(r);
  ++current_step;
}

}  // namespace cairovm
