// The order in which a run first wrote its memory cells: the order of cairo-run's memory file and
// of a Cairo PIE's memory.bin, whose cells come from a Python dict (insertion order) filled as the
// run wrote them.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_set>
#include <vector>

#include "accessed_addresses.hpp"
#include "cairovm/memory.hpp"
#include "program_code.hpp"
#include "vm.hpp"

namespace cairovm {

/// The cells a walk over the memory met already: a bit per cell of the segments' dense parts, a
/// hash set for the rest (far cells, temporary segments).
class SeenCells {
 public:
  explicit SeenCells(const Memory& memory);
  /// Marks `address`; true when it was not marked before.
  [[gnu::always_inline]] bool mark(Relocatable address) {
    if (static_cast<std::uint64_t>(address.segment) < segments_) {
      std::vector<std::uint64_t>& words = dense_[static_cast<std::size_t>(address.segment)];
      const std::uint64_t word = address.offset >> 6;
      if (word < words.size()) {
        const std::uint64_t bit = std::uint64_t{1} << (address.offset & 63);
        if ((words[word] & bit) != 0) return false;
        words[word] |= bit;
        return true;
      }
    }
    return mark_other(address);
  }

 private:
  struct Hash {
    std::size_t operator()(const Relocatable& a) const noexcept {
      return static_cast<std::size_t>(a.offset * 0x9E3779B97F4A7C15ull ^
                                      static_cast<std::uint64_t>(a.segment));
    }
  };
  bool mark_other(Relocatable address) { return others_.insert(address).second; }

  std::vector<std::vector<std::uint64_t>> dense_;
  std::uint64_t segments_;  // dense_.size(), kept apart to spare a division per cell
  std::unordered_set<Relocatable, Hash> others_;
};

/// Calls `created(std::span<const Relocatable>)` with every cell the run created, in the order it
/// created them, a batch of addresses at a time: the memory's logged writes (loading, hints,
/// builtin deductions) in their places, and between them the operand cells each step created
/// (dst, op0, op1, as the trace row's bits say), found again from the trace as for the accessed
/// addresses. Temporary cells come with their temporary address (a logged one with its relocated
/// address).
template <typename Created>
void replay_cell_creations(const VirtualMachine& vm, const Memory& memory, Created&& created) {
  // Batches keep this loop and the consumer's each tight, their state in registers: one callback
  // per cell, inlined or not, cost as much as the rest of a memory file.
  std::array<Relocatable, 2048> batch;
  std::size_t filled = 0;
  const auto hand_over = [&]() __attribute__((noinline)) {
    created(std::span<const Relocatable>(batch.data(), filled));
    filled = 0;
  };
  std::uint64_t cells_created = 0;  // temporary cells too: the log counts them
  auto create = [&](Relocatable address) __attribute__((always_inline)) {
    batch[filled++] = address;
    ++cells_created;
    if (filled == batch.size()) [[unlikely]]
      hand_over();
  };
  const auto& log = memory.write_log();
  std::size_t next_logged = 0;
  const Trace& trace = vm.trace;
  const std::span<const ProgramSlot> slots = vm.program_slots();
  const auto& rows = vm.trace_segments;
  // Row by row of trace_segments, so that the registers' segments are known for the whole row.
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const TraceSegments& segments = rows[row];
    const std::size_t end = row + 1 < rows.size() ? rows[row + 1].first_step : trace.size();
    const bool pc_in_program = segments.pc_segment == vm.program_base().segment;
    for (std::size_t step = segments.first_step; step < end; ++step) {
      // The writes logged while `cells_created` cells existed come before the step's operands.
      while (next_logged < log.size() && log[next_logged].cells_before <= cells_created) {
        create(log[next_logged++].address);
      }
      const unsigned bits = trace.created_operands(step);
      if (bits == 0) continue;
      const TraceEntry registers = trace[step];
      const Instruction* ins =
          pc_in_program ? decoded_instruction(slots, registers.pc_offset) : nullptr;
      if (ins == nullptr) [[unlikely]] {
        // Code outside the program: the general way.
        // addresses[1..3] are the step's dst, op0 and op1 cells, bits 0..2 of `bits`.
        const TraceCursor::Registers at{{segments.pc_segment, registers.pc_offset},
                                        {segments.ap_segment, registers.ap_offset},
                                        {segments.fp_segment, registers.fp_offset}};
        const StepAccesses accesses = accessed_by_step(vm, at);
        for (std::size_t i = 1; i < accesses.count; ++i) {
          if ((bits & (1u << (i - 1))) != 0) create(accesses.addresses[i]);
        }
        continue;
      }
      // The step ran, so these sums are the addresses it wrote (no overflow to check).
      auto operand = [&](Register reg, std::int16_t offset) {
        return reg == Register::kAp
                   ? Relocatable{segments.ap_segment,
                                 registers.ap_offset + static_cast<std::uint64_t>(offset)}
                   : Relocatable{segments.fp_segment,
                                 registers.fp_offset + static_cast<std::uint64_t>(offset)};
      };
      if ((bits & kCreatedDst) != 0) create(operand(ins->dst_register, ins->off0));
      const Relocatable op0 = operand(ins->op0_register, ins->off1);
      if ((bits & kCreatedOp0) != 0) create(op0);
      if ((bits & kCreatedOp1) != 0) {
        // A write through a pointer (the common case: op0 holds it) or into an ap/fp cell.
        Relocatable base;
        switch (ins->op1_source) {
          case Op1Source::kOp0: {
            MaybeRelocatable pointer;
            if (!memory.read(op0, pointer) || !pointer.is_relocatable())
              continue;  // never: op1 was read through it
            base = pointer.relocatable();
            break;
          }
          case Op1Source::kAp:
            base = {segments.ap_segment, registers.ap_offset};
            break;
          case Op1Source::kFp:
            base = {segments.fp_segment, registers.fp_offset};
            break;
          case Op1Source::kImm:
            base = {segments.pc_segment, registers.pc_offset};
            break;
        }
        create({base.segment, base.offset + static_cast<std::uint64_t>(ins->off2)});
      }
    }
  }
  while (next_logged < log.size()) create(log[next_logged++].address);
  if (filled != 0) hand_over();
}

/// Calls `visit(std::span<const Relocatable>)` with the address of every known cell of the real
/// segments, in the order the cells were first written (replay_cell_creations), a batch at a
/// time. Cells that it does not account for (none in a run of ours: temporary cells written by
/// instructions, then relocated) follow in address order, so that every cell is visited exactly
/// once. A batch may also hold the address of an unknown cell (a run that failed midway); `visit`
/// returns how many of its cells were known.
template <typename Visit>
void for_each_cell_batch_in_write_order(const VirtualMachine& vm, const Memory& memory,
                                        Visit&& visit) {
  std::uint64_t cells_visited = 0;
  // Without temporary segments every cell was created once, at its final address. Relocation can
  // merge a temporary cell into a known one, so then a cell met twice is visited once.
  const bool created_once = memory.num_temp_segments() == 0;
  std::optional<SeenCells> seen;
  if (!created_once) seen.emplace(memory);
  std::vector<Relocatable> kept;
  replay_cell_creations(vm, memory, [&](std::span<const Relocatable> batch) {
    if (created_once) {
      cells_visited += visit(batch);
      return;
    }
    kept.clear();
    for (const Relocatable& address : batch) {
      if (seen->mark(address) && address.segment >= 0) kept.push_back(address);
    }
    cells_visited += visit(std::span<const Relocatable>(kept));
  });
  if (cells_visited == memory.cells_in_real_segments()) return;
  if (!seen) {
    seen.emplace(memory);
    replay_cell_creations(vm, memory, [&](std::span<const Relocatable> batch) {
      for (const Relocatable& address : batch) (void)seen->mark(address);
    });
  }
  memory.for_each_cell([&](const Relocatable& address, const MaybeRelocatable&) {
    if (seen->mark(address)) (void)visit(std::span<const Relocatable>(&address, 1));
  });
}

/// for_each_cell_batch_in_write_order() one cell at a time: `f(Relocatable)` returns whether the
/// cell was known.
template <typename F>
void for_each_cell_in_write_order(const VirtualMachine& vm, const Memory& memory, F&& f) {
  for_each_cell_batch_in_write_order(vm, memory, [&](std::span<const Relocatable> batch) {
    std::uint64_t known = 0;
    for (const Relocatable& address : batch) known += f(address) ? 1 : 0;
    return known;
  });
}

}  // namespace cairovm
