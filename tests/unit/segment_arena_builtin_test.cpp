// segment_arena as the reference's Starknet runner defines it: the initial instance, the base
// after it, used cells without it, and the stop-pointer check.
#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "cairovm/errors.hpp"
#include "segment_arena_builtin.hpp"

namespace cairovm {
namespace {

TEST(SegmentArenaBuiltinTest, InitialInstanceAndBase) {
  SegmentArenaBuiltinRunner arena(true);
  testing::BuiltinFixture f(arena);  // segment 0 is unrelated: infos is 1, the arena 2
  EXPECT_EQ(f.memory.num_segments(), 3);
  EXPECT_EQ(arena.base(), (Relocatable{2, 3}));
  EXPECT_EQ(*f.memory.get({2, 0}), (MaybeRelocatable{Relocatable{1, 0}}));
  EXPECT_EQ(*f.memory.get({2, 1}), MaybeRelocatable{Felt::zero()});
  EXPECT_EQ(*f.memory.get({2, 2}), MaybeRelocatable{Felt::zero()});
  EXPECT_EQ(arena.used_cells(f.memory), 0u);
  EXPECT_EQ(arena.initial_stack(), (std::vector<MaybeRelocatable>{Relocatable{2, 3}}));
}

TEST(SegmentArenaBuiltinTest, StopPointerCountsInstancesAfterTheInitialOne) {
  SegmentArenaBuiltinRunner arena(true);
  testing::BuiltinFixture f(arena);
  const Relocatable segment = f.memory.add_segment();  // 3: the stack main returns
  // One new instance: infos, n_segments = 1, n_finalized = 0.
  f.memory.insert({2, 3}, MaybeRelocatable{Relocatable{1, 0}});
  f.memory.insert({2, 4}, Felt{1});
  f.memory.insert({2, 5}, Felt::zero());
  EXPECT_EQ(arena.used_cells(f.memory), 3u);
  f.memory.insert(segment, MaybeRelocatable{Relocatable{2, 6}});
  EXPECT_EQ(arena.final_stack(f.memory, add(segment, std::int64_t{1})), segment);
  EXPECT_EQ(arena.stop_ptr(), (Relocatable{2, 6}));
  arena.run_security_checks(f.memory);

  SegmentArenaBuiltinRunner other(true);
  testing::BuiltinFixture g(other);
  g.memory.insert({2, 3}, MaybeRelocatable{Relocatable{1, 0}});
  const Relocatable stack = g.memory.add_segment();
  g.memory.insert(stack, MaybeRelocatable{Relocatable{2, 4}});
  try {
    (void)other.final_stack(g.memory, add(stack, std::int64_t{1}));
    ADD_FAILURE() << "expected a RunnerError";
  } catch (const RunnerError& e) {
    EXPECT_EQ(std::string(e.what()),
              "Invalid stop pointer for segment_arena. Expected: 2:6, found: 2:4");
  }
}

TEST(SegmentArenaBuiltinTest, SecurityCheckWantsWholeInstances) {
  SegmentArenaBuiltinRunner arena(true);
  testing::BuiltinFixture f(arena);
  f.memory.insert({2, 3}, MaybeRelocatable{Relocatable{1, 0}});
  f.memory.insert({2, 5}, Felt::zero());
  try {
    arena.run_security_checks(f.memory);
    ADD_FAILURE() << "expected a RunnerError";
  } catch (const RunnerError& e) {
    EXPECT_EQ(std::string(e.what()), "Missing memory cells for segment_arena.");
  }
}

TEST(SegmentArenaBuiltinTest, CreatedByTheFactory) {
  const Layout layout = *find_layout("starknet");
  EXPECT_EQ(make_builtin_runner("segment_arena", true, layout)->name(), "segment_arena");
}

}  // namespace
}  // namespace cairovm
