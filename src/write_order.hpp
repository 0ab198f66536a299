// The order in which a run first wrote its memory cells: the order of cairo-run's memory file and
// of a Cairo PIE's memory.bin, whose cells come from a Python dict (insertion order) filled as the
// run wrote them.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_set>
#include <vector>

#include "cairovm/memory.hpp"

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
/// created them (Memory::creations()), a batch of addresses at a time. Temporary cells come with
/// their temporary address, or their destination once relocated.
template <typename Created>
void replay_cell_creations(const Memory& memory, Created&& created) {
  // Batches keep this loop and the consumer's each tight, their state in registers: one callback
  // per cell, inlined or not, cost as much as the rest of a memory file.
  std::array<Relocatable, 2048> batch;
  const std::span<const std::uint64_t> log = memory.creations();
  for (std::size_t first = 0; first < log.size(); first += batch.size()) {
    const std::size_t count = std::min(batch.size(), log.size() - first);
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint64_t entry = log[first + i];
      batch[i] = entry != Memory::kWideCreation ? Memory::unpacked_creation(entry)
                                                : memory.created_address(first + i);
    }
    created(std::span<const Relocatable>(batch.data(), count));
  }
}

/// Calls `visit(std::span<const Relocatable>)` with the address of every known cell of the real
/// segments, in the order the cells were first written (replay_cell_creations), a batch at a
/// time. Any cell the log does not account for (none: every write that creates a cell logs it)
/// would follow in address order, so that every cell is visited exactly once. `visit` returns how
/// many of its batch's cells were known.
template <typename Visit>
void for_each_cell_batch_in_write_order(const Memory& memory, Visit&& visit) {
  std::uint64_t cells_visited = 0;
  // Without temporary segments every cell was created once, at its final address. Relocation can
  // merge a temporary cell into a known one, so then a cell met twice is visited once.
  const bool created_once = memory.num_temp_segments() == 0;
  std::optional<SeenCells> seen;
  if (!created_once) seen.emplace(memory);
  std::vector<Relocatable> kept;
  replay_cell_creations(memory, [&](std::span<const Relocatable> batch) {
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
    replay_cell_creations(memory, [&](std::span<const Relocatable> batch) {
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
void for_each_cell_in_write_order(const Memory& memory, F&& f) {
  for_each_cell_batch_in_write_order(memory, [&](std::span<const Relocatable> batch) {
    std::uint64_t known = 0;
    for (const Relocatable& address : batch) known += f(address) ? 1 : 0;
    return known;
  });
}

}  // namespace cairovm
