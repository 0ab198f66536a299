// The segment_arena builtin of Starknet (the reference's SegmentArenaBuiltinRunner,
// starkware/starknet/builtins/segment_arena/segment_arena_builtin_runner.py). cairo-run's layouts
// do not have it; Starknet's entry-point execution adds it to its runner.
//
// Instances are 3 cells (infos, n_segments, n_finalized), all inputs, with no rules. The segment
// starts with one instance the runner writes itself: a pointer to a new "infos" segment and two
// zeros; the builtin's base (what main receives) is the cell after it, and used cells do not count
// it.
#pragma once

#include "builtin_runner.hpp"

namespace cairovm {

class SegmentArenaBuiltinRunner final : public BuiltinRunner {
 public:
  static constexpr std::uint64_t kArenaBuiltinSize = 3;
  static constexpr std::uint64_t kInitialSegmentSize = kArenaBuiltinSize;

  explicit SegmentArenaBuiltinRunner(bool included)
      : BuiltinRunner("segment_arena", included, kArenaBuiltinSize, kArenaBuiltinSize) {}

  /// Adds the infos segment, then the arena segment holding [infos, 0, 0]; base = arena + 3.
  void initialize_segments(Memory& memory) override;
  /// Cells written after the initial instance. Throws RunnerError if the initial cells are gone
  /// (the reference's `assert used >= INITIAL_SEGMENT_SIZE`).
  std::uint64_t used_cells(const Memory& memory) const override;
  Traits traits() const override { return {.deduces = false, .check = Traits::Check::kNothing}; }
};

}  // namespace cairovm
