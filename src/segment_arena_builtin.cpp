#include "segment_arena_builtin.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

void SegmentArenaBuiltinRunner::initialize_segments(Memory& memory) {
  const Relocatable infos = memory.add_segment();
  // segments.gen_arg([infos, 0, 0]): a new segment holding the initial, empty SegmentArenaBuiltin.
  const Relocatable segment_start = memory.add_segment();
  memory.attach_hooks(segment_start.segment, this);
  memory.insert(segment_start, infos);
  memory.insert(add(segment_start, std::int64_t{1}), Felt::zero());  // n_segments
  memory.insert(add(segment_start, std::int64_t{2}), Felt::zero());  // n_finalized
  base_ = add(segment_start, static_cast<std::int64_t>(kInitialSegmentSize));
}

std::uint64_t SegmentArenaBuiltinRunner::used_cells(const Memory& memory) const {
  const std::uint64_t used = memory.used_size(base_.segment);
  if (used < kInitialSegmentSize) throw RunnerError("");
  return used - kInitialSegmentSize;
}

}  // namespace cairovm
