#include "instruction.hpp"

#include <gtest/gtest.h>

#include "cairovm/errors.hpp"

namespace cairovm {
namespace {

Felt word(std::uint64_t value) {
  return Felt{value};
}

TEST(InstructionTest, DecodesAssertEqImmediate) {
  // [ap] = 5 (assert_eq, dst=ap+0, op0=fp-1, op1=imm): 0x480680017fff8000
  const Instruction ins = decode_instruction(word(0x480680017fff8000), true);
  EXPECT_EQ(ins.opcode, Opcode::kAssertEq);
  EXPECT_EQ(ins.op1_source, Op1Source::kImm);
  EXPECT_EQ(ins.res, ResLogic::kOp1);
  EXPECT_EQ(ins.ap_update, ApUpdate::kAdd1);
  EXPECT_EQ(ins.off0, 0);
  EXPECT_EQ(ins.off1, -1);
  EXPECT_EQ(ins.off2, 1);
  EXPECT_EQ(ins.size, 2);
}

TEST(InstructionTest, DecodesCallAndRet) {
  // call rel: 0x1104800180018000
  const Instruction call = decode_instruction(word(0x1104800180018000), true);
  EXPECT_EQ(call.opcode, Opcode::kCall);
  EXPECT_EQ(call.pc_update, PcUpdate::kJumpRel);
  EXPECT_EQ(call.ap_update, ApUpdate::kAdd2);
  EXPECT_EQ(call.fp_update, FpUpdate::kApPlus2);
  EXPECT_TRUE(is_call_instruction(word(0x1104800180018000), true));
  // ret: 0x208b7fff7fff7ffe
  const Instruction ret = decode_instruction(word(0x208b7fff7fff7ffe), false);
  EXPECT_EQ(ret.opcode, Opcode::kRet);
  EXPECT_EQ(ret.pc_update, PcUpdate::kJump);
  EXPECT_EQ(ret.fp_update, FpUpdate::kDst);
  EXPECT_EQ(ret.off0, -2);
  EXPECT_EQ(ret.off2, -1);
  EXPECT_FALSE(is_call_instruction(word(0x208b7fff7fff7ffe), false));
}

TEST(InstructionTest, DecodesJnz) {
  // jmp rel 4 if [ap-1] != 0 : 0x020680017fff7fff with imm
  const Instruction jnz = decode_instruction(word(0x020680017fff7fff), true);
  EXPECT_EQ(jnz.pc_update, PcUpdate::kJnz);
  EXPECT_EQ(jnz.res, ResLogic::kUnconstrained);
  EXPECT_EQ(jnz.opcode, Opcode::kNop);
}

TEST(InstructionTest, RejectsInvalidEncodings) {
  try {
    (void)decode_instruction(word(std::uint64_t{1} << 63), false);
    FAIL();
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(), "Unsupported instruction: 0x8000000000000000.");
  }
  // Two op1 sources at once.
  EXPECT_THROW(
      (void)decode_instruction(word((std::uint64_t{0b10100} << 48) | 0x800080008000), false),
      VmError);
  // Immediate without a following field element.
  EXPECT_THROW((void)decode_instruction(word(0x480680017fff8000), false), VmError);
  // Call with an ap update.
  EXPECT_THROW((void)decode_instruction(
                   word((std::uint64_t{(1 << 12) | (1 << 11)} << 48) | 0x800080008000), false),
               VmError);
  EXPECT_FALSE(split_instruction(-Felt::one()).has_value());
}

InstructionShape shape(std::uint64_t encoding, bool small_immediate = true) {
  return shape_of(decode_instruction(word(encoding), true), small_immediate);
}

TEST(InstructionTest, ShapesOfTheCommonForms) {
  using enum InstructionShape;
  EXPECT_EQ(shape(0x480680017fff8000), kAssertImmOp1);  // [ap] = 5, ap++
  EXPECT_EQ(shape(0x482480017fff8000), kAssertImmAdd);  // [ap] = [ap - 1] + imm, ap++
  EXPECT_EQ(shape(0x48307fff7ffe8000), kAssertApAdd);   // [ap] = [ap - 1] + [ap - 2], ap++
  EXPECT_EQ(shape(0x48507fff7ffe8000), kAssertApMul);   // [ap] = [ap - 1] * [ap - 2], ap++
  EXPECT_EQ(shape(0x480a7ffd7fff8000), kAssertFpOp1);   // [ap] = [fp - 3], ap++
  EXPECT_EQ(shape(0x40027ffd7ffd7fff), kAssertOp0Op1);  // [ap - 1] = [[fp - 3] - 3]
  EXPECT_EQ(shape(0x400080007ffc7fff), kAssertOp0Op1);  // [ap - 1] = [[ap - 4]]
  EXPECT_EQ(shape(0x1104800180018000), kCallRel);
  EXPECT_EQ(shape(0x208b7fff7fff7ffe), kRet);
  EXPECT_EQ(shape(0x020680017fff7fff), kJnz);
  EXPECT_EQ(shape(0x010780017fff7fff), kJumpRel);  // jmp rel imm
  EXPECT_EQ(shape(0x040780017fff7fff), kApAdd);    // ap += imm
}

TEST(InstructionTest, UnusualFormsHaveNoShape) {
  using enum InstructionShape;
  // The jumps and `ap +=` need an immediate that is a small number.
  EXPECT_EQ(shape(0x020680017fff7fff, false), kOther);
  EXPECT_EQ(shape(0x1104800180018000, false), kOther);
  EXPECT_EQ(shape(0x040780017fff7fff, false), kOther);
  // An immediate whose off2 is not 1 (the general path raises).
  EXPECT_EQ(shape(0x480680027fff8000), kOther);
  // call abs, jmp abs, and an assert_eq that also jumps.
  EXPECT_EQ(shape((0x1104800180018000 & ~(std::uint64_t{1} << 56)) | (std::uint64_t{1} << 55)),
            kOther);
  EXPECT_EQ(shape(0x0087800180018000), kOther);
  EXPECT_EQ(shape(0x4806800180018000 | (std::uint64_t{1} << 56)), kOther);
  // A call whose two cells are one: [ap] written twice.
  EXPECT_EQ(shape(0x1104800180008000), kOther);
}

}  // namespace
}  // namespace cairovm
