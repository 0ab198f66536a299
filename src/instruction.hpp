// Cairo instruction encoding: flags and offsets of one 63-bit instruction word.
#pragma once

#include <cstdint>
#include <optional>

#include "cairovm/felt.hpp"

namespace cairovm {

enum class Register : std::uint8_t { kAp, kFp };
enum class Op1Source : std::uint8_t { kOp0, kImm, kFp, kAp };
enum class ResLogic : std::uint8_t { kOp1, kAdd, kMul, kUnconstrained };
enum class PcUpdate : std::uint8_t { kRegular, kJump, kJumpRel, kJnz };
enum class ApUpdate : std::uint8_t { kRegular, kAdd, kAdd1, kAdd2 };
enum class FpUpdate : std::uint8_t { kRegular, kApPlus2, kDst };
enum class Opcode : std::uint8_t { kNop, kAssertEq, kCall, kRet };

/// One decoded instruction. Offsets are the signed 16-bit values (encoded value - 2^15).
struct Instruction {
  std::int16_t off0 = 0;
  std::int16_t off1 = 0;
  std::int16_t off2 = 0;
  Register dst_register = Register::kAp;
  Register op0_register = Register::kAp;
  Op1Source op1_source = Op1Source::kOp0;
  ResLogic res = ResLogic::kOp1;
  PcUpdate pc_update = PcUpdate::kRegular;
  ApUpdate ap_update = ApUpdate::kRegular;
  FpUpdate fp_update = FpUpdate::kRegular;
  Opcode opcode = Opcode::kNop;
  std::uint8_t size = 1;  // 2 with an immediate

  friend bool operator==(const Instruction&, const Instruction&) = default;
};

/// The common forms of compiled Cairo 0 that the step loop runs through a handler of its own,
/// decided once per program word at load. Each handler covers its form's usual case (operands
/// known, in the execution segment's dense cells) and leaves the rest to the general fast path.
enum class InstructionShape : std::uint8_t {
  kOther,
  // assert_eq with pc and fp regular and ap regular or ap++: one per op1 source (Op1Source's
  // order) and res (op1, add, mul), at 1 + 3 * source + res.
  kAssertOp0Op1,
  kAssertOp0Add,
  kAssertOp0Mul,
  kAssertImmOp1,
  kAssertImmAdd,
  kAssertImmMul,
  kAssertFpOp1,
  kAssertFpAdd,
  kAssertFpMul,
  kAssertApOp1,
  kAssertApAdd,
  kAssertApMul,
  kCallRel,  // call rel <imm>, its two cells distinct
  kRet,      // ret
  kJnz,      // jmp rel <imm> if [reg + off] != 0, ap regular or ap++
  kJumpRel,  // jmp rel <imm>, ap regular or ap++
  kApAdd,    // ap += <imm>
  // Not shapes of an instruction: what the step loop does at some program words (ProgramSlot).
  kHinted,  // run the word's hints, then its instruction (ProgramSlot::instruction_shape)
  kStop,    // stop: a word that does not decode on its own
};

/// The shape of a decoded instruction. `small_immediate` tells whether its immediate (if any) is
/// a small signed number (small_signed): the jumps and `ap +=` need one for their handlers.
InstructionShape shape_of(const Instruction& ins, bool small_immediate) noexcept;

/// Decodes an instruction word. `has_immediate` tells whether the cell after it holds a field
/// element (the reference requires one for an immediate operand). Throws VmError with the
/// reference's message for an invalid encoding.
Instruction decode_instruction(const Felt& encoding, bool has_immediate);

/// The flags and offsets of an instruction word (no validation beyond its range), as the
/// reference's decode_instruction_values.
struct EncodedParts {
  std::uint64_t flags;
  std::uint16_t off0, off1, off2;  // biased (0..65535)
};
std::optional<EncodedParts> split_instruction(const Felt& encoding) noexcept;

/// True when the word (with its immediate, if present) decodes to a call instruction: the
/// reference's is_call_instruction, used to walk the traceback.
bool is_call_instruction(const Felt& encoding, bool has_immediate) noexcept;

}  // namespace cairovm
