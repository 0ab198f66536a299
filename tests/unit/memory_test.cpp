#include "cairovm/memory.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "cairovm/errors.hpp"

namespace cairovm {
namespace {

TEST(MemoryTest, SegmentsAreNumberedInOrder) {
  Memory memory;
  EXPECT_EQ(memory.add_segment(), (Relocatable{0, 0}));
  EXPECT_EQ(memory.add_segment(), (Relocatable{1, 0}));
  EXPECT_EQ(memory.add_temp_segment(), (Relocatable{-1, 0}));
  EXPECT_EQ(memory.add_temp_segment(), (Relocatable{-2, 0}));
  EXPECT_EQ(memory.num_segments(), 2);
  EXPECT_EQ(memory.num_temp_segments(), 2);
}

TEST(MemoryTest, PointersOutsideTheRealSegmentsAreNoted) {
  Memory memory;
  const Relocatable a = memory.add_segment();
  const Relocatable b = memory.add_segment();
  memory.insert(a, MaybeRelocatable{Felt{7}});
  memory.insert(Relocatable{0, 1}, MaybeRelocatable{Relocatable{1, 3}});
  memory.note_pointer(b);
  EXPECT_FALSE(memory.may_hold_foreign_pointers());
  // A pointer to the next segment before it exists stays foreign once the segment is added.
  memory.insert(Relocatable{0, 2}, MaybeRelocatable{Relocatable{2, 0}});
  EXPECT_TRUE(memory.may_hold_foreign_pointers());

  Memory with_temp;
  const Relocatable c = with_temp.add_segment();
  const Relocatable temp = with_temp.add_temp_segment();
  with_temp.insert(temp, MaybeRelocatable{c});
  EXPECT_FALSE(with_temp.may_hold_foreign_pointers());
  with_temp.insert(c, MaybeRelocatable{temp});
  EXPECT_TRUE(with_temp.may_hold_foreign_pointers());

  Memory noted;
  noted.add_segment();
  noted.note_pointer(Relocatable{-1, 0});
  EXPECT_TRUE(noted.may_hold_foreign_pointers());
}

TEST(MemoryTest, WriteOnceCells) {
  Memory memory;
  const Relocatable seg = memory.add_segment();
  EXPECT_FALSE(memory.get(seg).has_value());
  memory.insert(seg, Felt{5});
  memory.insert(seg, Felt{5});  // the same value again is fine
  EXPECT_EQ(memory.get(seg)->felt(), Felt{5});
  EXPECT_EQ(memory.cell_count(), 1u);
  try {
    memory.insert(seg, Felt{6});
    FAIL() << "expected an inconsistent write error";
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(), "Inconsistent memory assignment at address 0:0. 5 != 6.");
  }
}

TEST(MemoryTest, RelocatableValuesRoundTrip) {
  Memory memory;
  const Relocatable a = memory.add_segment();
  const Relocatable b = memory.add_segment();
  memory.insert(a, Relocatable{1, 7});
  const auto value = memory.get(a);
  ASSERT_TRUE(value && value->is_relocatable());
  EXPECT_EQ(value->relocatable(), (Relocatable{1, 7}));
  EXPECT_EQ(value->to_string(), "1:7");
  EXPECT_FALSE(memory.get(b).has_value());
}

TEST(MemoryTest, UsedSizeIsHighestOffsetPlusOne) {
  Memory memory;
  const Relocatable seg = memory.add_segment();
  EXPECT_EQ(memory.used_size(0), 0u);
  memory.insert(add(seg, Felt{9}), Felt{1});
  EXPECT_EQ(memory.used_size(0), 10u);
  EXPECT_EQ(memory.cell_count(), 1u);
}

TEST(MemoryTest, FarWriteStaysSparse) {
  Memory memory;
  const Relocatable seg = memory.add_segment();
  const std::uint64_t far = std::uint64_t{1} << 40;
  memory.insert(add(seg, Felt{far}), Felt{3});
  EXPECT_EQ(memory.get(add(seg, Felt{far}))->felt(), Felt{3});
  EXPECT_EQ(memory.used_size(0), far + 1);
  // Growing the dense part up to a sparse cell keeps it readable.
  memory.insert(add(seg, Felt{2}), Felt{4});
  EXPECT_EQ(memory.get(add(seg, Felt{far}))->felt(), Felt{3});
  std::size_t visited = 0;
  memory.for_each_cell([&](const Relocatable&, const MaybeRelocatable&) { ++visited; });
  EXPECT_EQ(visited, 2u);
}

TEST(MemoryTest, DoublingWriteOffsetsStaySparse) {
  // A hostile pattern: each write at twice the previous offset. Were the dense part grown to each
  // offset, the 45th write (near 2^60) would need more than any machine has.
  Memory memory;
  const Relocatable seg = memory.add_segment();
  std::uint64_t offset = 1;
  for (std::uint64_t n = 1; n <= 45; ++n, offset = 2 * offset + (std::uint64_t{1} << 10)) {
    memory.insert(add(seg, Felt{offset}), Felt{n});
  }
  EXPECT_EQ(memory.get(add(seg, Felt{1}))->felt(), Felt{1});
  EXPECT_EQ(memory.cell_count(), 45u);
  std::size_t visited = 0;
  memory.for_each_cell([&](const Relocatable&, const MaybeRelocatable&) { ++visited; });
  EXPECT_EQ(visited, 45u);
}

TEST(MemoryTest, SparseCellsJoinTheDensePartAsItFills) {
  Memory memory;
  const Relocatable seg = memory.add_segment();
  memory.insert(add(seg, Felt{20000}), Felt{7});  // beyond the dense slack: sparse
  for (std::uint64_t i = 0; i < 20000; ++i) memory.insert(add(seg, Felt{i}), Felt{i});
  EXPECT_EQ(memory.get(add(seg, Felt{20000}))->felt(), Felt{7});
  EXPECT_EQ(memory.get(add(seg, Felt{19999}))->felt(), Felt{19999});
  EXPECT_EQ(memory.used_size(0), 20001u);
  EXPECT_THROW(memory.insert(add(seg, Felt{20000}), Felt{8}), VmError);
}

TEST(MemoryTest, RelocationRulesMoveTemporaryCells) {
  Memory memory;
  const Relocatable real = memory.add_segment();
  const Relocatable temp = memory.add_temp_segment();
  memory.insert(temp, Felt{10});
  memory.insert(add(temp, Felt{1}), Felt{11});
  memory.insert(real, temp);  // a pointer into the temporary segment
  memory.add_relocation_rule(temp, add(real, Felt{5}));
  // Values are relocated on read as soon as the rule exists.
  EXPECT_EQ(memory.get(real)->relocatable(), (Relocatable{0, 5}));
  memory.relocate_memory();
  EXPECT_EQ(memory.get(add(real, Felt{5}))->felt(), Felt{10});
  EXPECT_EQ(memory.get(add(real, Felt{6}))->felt(), Felt{11});
  EXPECT_EQ(memory.cell_count(), 3u);
  EXPECT_EQ(memory.used_size(-1), 0u);
}

std::vector<Relocatable> created_cells(const Memory& memory) {
  std::vector<Relocatable> cells;
  for (std::size_t i = 0; i < memory.creations().size(); ++i) {
    cells.push_back(memory.created_address(i));
  }
  return cells;
}

TEST(MemoryTest, CreationLogKeepsTheOrderOfFirstWrites) {
  Memory memory;
  const Relocatable a = memory.add_segment();
  const Relocatable b = memory.add_segment();
  const Relocatable temp = memory.add_temp_segment();
  const Relocatable far{1, std::uint64_t{1} << 40};  // does not pack into an entry
  memory.insert(add(b, Felt{3}), Felt{1});
  memory.insert(a, Felt{2});
  memory.insert(add(b, Felt{3}), Felt{1});  // known already: not created again
  memory.insert(far, Felt{3});
  memory.insert(add(temp, Felt{1}), Felt{4});
  memory.insert(add(a, Felt{1}), Felt{5});
  const std::vector<Relocatable> expected{add(b, Felt{3}), a, far, add(temp, Felt{1}),
                                          add(a, Felt{1})};
  EXPECT_EQ(created_cells(memory), expected);
  EXPECT_EQ(memory.creations()[2], Memory::kWideCreation);
}

TEST(MemoryTest, RelocationRewritesTheCreationLogInPlace) {
  Memory memory;
  const Relocatable real = memory.add_segment();
  const Relocatable near_temp = memory.add_temp_segment();
  const Relocatable far_temp = memory.add_temp_segment();
  memory.insert(add(near_temp, Felt{1}), Felt{10});
  memory.insert(real, Felt{11});
  memory.insert(far_temp, Felt{12});
  memory.add_relocation_rule(near_temp, add(real, Felt{7}));
  const Relocatable far{0, std::uint64_t{1} << 36};
  memory.add_relocation_rule(far_temp, far);
  memory.relocate_memory();
  const std::vector<Relocatable> expected{add(real, Felt{8}), real, far};
  EXPECT_EQ(created_cells(memory), expected);
  EXPECT_EQ(memory.get(far)->felt(), Felt{12});
}

TEST(MemoryTest, RelocationRuleChecks) {
  Memory memory;
  const Relocatable real = memory.add_segment();
  const Relocatable temp = memory.add_temp_segment();
  EXPECT_THROW(memory.add_relocation_rule(real, real), VmError);
  EXPECT_THROW(memory.add_relocation_rule(add(temp, Felt{1}), real), VmError);
  memory.add_relocation_rule(temp, real);
  EXPECT_THROW(memory.add_relocation_rule(temp, real), VmError);
}

TEST(MemoryTest, WriteToMissingSegmentFails) {
  Memory memory;
  EXPECT_THROW(memory.insert(Relocatable{3, 0}, Felt{1}), VmError);
}

TEST(RelocatableTest, ArithmeticFollowsTheReference) {
  const MaybeRelocatable p = Relocatable{1, 5};
  const MaybeRelocatable q = Relocatable{1, 2};
  EXPECT_EQ(add(p, Felt{3}).to_string(), "1:8");
  EXPECT_EQ(sub(p, q).felt(), Felt{3});
  EXPECT_EQ(sub(q, p).felt(), -Felt{3});
  EXPECT_EQ(sub(p, MaybeRelocatable{Felt{5}}).to_string(), "1:0");
  // Adding P - 1 to an address moves it back by one, as offsets are taken modulo P.
  EXPECT_EQ(add(p, Felt::prime_minus_one()).to_string(), "1:4");
  try {
    (void)add(p, q);
    FAIL();
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(), "Cannot add two relocatable values: 1:5 + 1:2.");
  }
  try {
    (void)sub(p, MaybeRelocatable{Relocatable{2, 0}});
    FAIL();
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(),
                 "Can only subtract two relocatable values of the same segment (1 != 2).");
  }
  try {
    (void)mul(p, MaybeRelocatable{Felt{2}});
    FAIL();
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(),
                 "Could not complete computation * of non pure values: "
                 "(RelocatableValue(segment_index=1, offset=5), 2).");
  }
  EXPECT_THROW((void)sub(MaybeRelocatable{Felt{1}}, p), VmError);
  EXPECT_THROW((void)sub(q, MaybeRelocatable{Felt{3}}), VmError);  // negative offset
}

}  // namespace
}  // namespace cairovm
