// The order in which a run first wrote its memory cells: the order of cairo-run's memory file and
// of a Cairo PIE's memory.bin, whose cells come from a Python dict (insertion order) filled as the
// run wrote them.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "accessed_addresses.hpp"
#include "cairovm/memory.hpp"
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

/// Calls `f(Relocatable)` with the address of every known cell of the real segments, in the order
/// the cells were first written: the memory's logged writes (loading, hints, builtin deductions)
/// in their places, and between them each step's new operand cells in the reference's order
/// (dst, op0, op1), found again from the trace as for the accessed addresses. Cells that neither
/// accounts for (none, in a run of ours) follow in address order, so that every cell is visited
/// exactly once. `f` may also be called with the address of an unknown cell (a run that failed
/// midway); it returns whether the cell was known.
template <typename F>
void for_each_cell_in_write_order(const VirtualMachine& vm, const Memory& memory, F&& f) {
  SeenCells seen(memory);
  std::uint64_t cells_met = 0;  // temporary cells too: the log counts them
  std::uint64_t cells_visited = 0;
  auto meet = [&](Relocatable address) {
    if (!seen.mark(address)) return;
    ++cells_met;
    if (address.segment >= 0 && f(address)) ++cells_visited;
  };
  const auto& log = memory.write_log();
  std::size_t next_logged = 0;
  // The writes logged while `cells_met` cells existed come before the next step's operands.
  auto meet_logged = [&] {
    while (next_logged < log.size() && log[next_logged].cells_before <= cells_met) {
      meet(log[next_logged++].address);
    }
  };
  TraceCursor cursor{vm};
  for (std::size_t step = 0; step < vm.trace.size(); ++step) {
    meet_logged();
    // The step's pc, then its dst, op0 and op1 cells: the reference writes the new ones in that
    // order (pc's cell holds the instruction, written before).
    const StepAccesses accesses = accessed_by_step(vm, cursor.at(step));
    for (std::size_t i = 1; i < accesses.count; ++i) meet(accesses.addresses[i]);
  }
  while (next_logged < log.size()) meet(log[next_logged++].address);
  if (cells_visited == memory.cells_in_real_segments()) return;
  memory.for_each_cell([&](const Relocatable& address, const MaybeRelocatable&) {
    if (seen.mark(address)) (void)f(address);
  });
}

}  // namespace cairovm
