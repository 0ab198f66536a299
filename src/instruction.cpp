#include "instruction.hpp"

#include <cstdio>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

enum FlagBit : unsigned {
  kDstRegBit = 0,
  kOp0RegBit = 1,
  kOp1ImmBit = 2,
  kOp1FpBit = 3,
  kOp1ApBit = 4,
  kResAddBit = 5,
  kResMulBit = 6,
  kPcJumpAbsBit = 7,
  kPcJumpRelBit = 8,
  kPcJnzBit = 9,
  kApAddBit = 10,
  kApAdd1Bit = 11,
  kOpcodeCallBit = 12,
  kOpcodeRetBit = 13,
  kOpcodeAssertEqBit = 14,
};

unsigned bit(std::uint64_t flags, unsigned index) {
  return (flags >> index) & 1;
}

std::int16_t unbias(std::uint16_t encoded) {
  return static_cast<std::int16_t>(static_cast<std::int32_t>(encoded) - 0x8000);
}

// Python's KeyError message for a failed dict lookup of a tuple key, e.g. "(1, 1, 0)".
[[noreturn]] void throw_key_error(std::initializer_list<unsigned> key) {
  std::string text = "(";
  bool first = true;
  for (unsigned k : key) {
    if (!first) text += ", ";
    text += std::to_string(k);
    first = false;
  }
  throw VmError(text + ")");
}

}  // namespace

std::optional<EncodedParts> split_instruction(const Felt& encoding) noexcept {
  const auto word = encoding.to_u64();
  if (!word || *word >= (std::uint64_t{1} << 63)) return std::nullopt;
  return EncodedParts{*word >> 48, static_cast<std::uint16_t>(*word & 0xffff),
                      static_cast<std::uint16_t>((*word >> 16) & 0xffff),
                      static_cast<std::uint16_t>((*word >> 32) & 0xffff)};
}

Instruction decode_instruction(const Felt& encoding, bool has_immediate) {
  const auto parts = split_instruction(encoding);
  if (!parts) throw VmError("Unsupported instruction: " + encoding.to_hex_string() + ".");
  const std::uint64_t f = parts->flags;

  Instruction ins;
  ins.off0 = unbias(parts->off0);
  ins.off1 = unbias(parts->off1);
  ins.off2 = unbias(parts->off2);
  ins.dst_register = bit(f, kDstRegBit) ? Register::kFp : Register::kAp;
  ins.op0_register = bit(f, kOp0RegBit) ? Register::kFp : Register::kAp;

  const unsigned imm = bit(f, kOp1ImmBit), ap = bit(f, kOp1ApBit), fp = bit(f, kOp1FpBit);
  switch (imm << 2 | ap << 1 | fp) {
    case 0b100:
      ins.op1_source = Op1Source::kImm;
      break;
    case 0b010:
      ins.op1_source = Op1Source::kAp;
      break;
    case 0b001:
      ins.op1_source = Op1Source::kFp;
      break;
    case 0b000:
      ins.op1_source = Op1Source::kOp0;
      break;
    default:
      throw_key_error({imm, ap, fp});
  }
  if (ins.op1_source == Op1Source::kImm) {
    if (!has_immediate) throw VmError("op1_addr is Op1Addr.IMM, but no immediate given");
    ins.size = 2;
  }

  const unsigned jabs = bit(f, kPcJumpAbsBit), jrel = bit(f, kPcJumpRelBit),
                 jnz = bit(f, kPcJnzBit);
  switch (jabs << 2 | jrel << 1 | jnz) {
    case 0b100:
      ins.pc_update = PcUpdate::kJump;
      break;
    case 0b010:
      ins.pc_update = PcUpdate::kJumpRel;
      break;
    case 0b001:
      ins.pc_update = PcUpdate::kJnz;
      break;
    case 0b000:
      ins.pc_update = PcUpdate::kRegular;
      break;
    default:
      throw_key_error({jabs, jrel, jnz});
  }

  const unsigned add = bit(f, kResAddBit), mul = bit(f, kResMulBit);
  switch (add << 1 | mul) {
    case 0b10:
      ins.res = ResLogic::kAdd;
      break;
    case 0b01:
      ins.res = ResLogic::kMul;
      break;
    case 0b00:
      ins.res = ins.pc_update == PcUpdate::kJnz ? ResLogic::kUnconstrained : ResLogic::kOp1;
      break;
    default:
      throw_key_error({add, mul});
  }
  if (ins.pc_update == PcUpdate::kJnz && ins.res != ResLogic::kUnconstrained) {
    throw VmError("");  // the reference's bare `assert res is Instruction.Res.UNCONSTRAINED`
  }

  const unsigned ap_add = bit(f, kApAddBit), ap_add1 = bit(f, kApAdd1Bit);
  switch (ap_add << 1 | ap_add1) {
    case 0b10:
      ins.ap_update = ApUpdate::kAdd;
      break;
    case 0b01:
      ins.ap_update = ApUpdate::kAdd1;
      break;
    case 0b00:
      ins.ap_update = ApUpdate::kRegular;
      break;
    default:
      throw_key_error({ap_add, ap_add1});
  }

  const unsigned call = bit(f, kOpcodeCallBit), ret = bit(f, kOpcodeRetBit),
                 assert_eq = bit(f, kOpcodeAssertEqBit);
  switch (call << 2 | ret << 1 | assert_eq) {
    case 0b100:
      ins.opcode = Opcode::kCall;
      break;
    case 0b010:
      ins.opcode = Opcode::kRet;
      break;
    case 0b001:
      ins.opcode = Opcode::kAssertEq;
      break;
    case 0b000:
      ins.opcode = Opcode::kNop;
      break;
    default:
      throw_key_error({call, ret, assert_eq});
  }
  // Bit 15 is reserved: the reference rejects it through the 63-bit range check above.

  if (ins.opcode == Opcode::kCall) {
    if (ins.ap_update != ApUpdate::kRegular) throw VmError("CALL must have update_ap is ADD2");
    ins.ap_update = ApUpdate::kAdd2;
    ins.fp_update = FpUpdate::kApPlus2;
  } else if (ins.opcode == Opcode::kRet) {
    ins.fp_update = FpUpdate::kDst;
  }
  return ins;
}

InstructionShape shape_of(const Instruction& ins, bool small_immediate) noexcept {
  const bool imm = ins.op1_source == Op1Source::kImm;
  if (imm && ins.off2 != 1) return InstructionShape::kOther;  // the general path raises
  const bool ap_plain = ins.ap_update == ApUpdate::kRegular || ins.ap_update == ApUpdate::kAdd1;
  switch (ins.opcode) {
    case Opcode::kAssertEq:
      if (ins.pc_update != PcUpdate::kRegular || ins.fp_update != FpUpdate::kRegular || !ap_plain ||
          ins.res == ResLogic::kUnconstrained) {
        return InstructionShape::kOther;
      }
      return static_cast<InstructionShape>(1 + 3 * static_cast<unsigned>(ins.op1_source) +
                                           static_cast<unsigned>(ins.res));
    case Opcode::kCall:
      if (imm && small_immediate && ins.res == ResLogic::kOp1 &&
          ins.pc_update == PcUpdate::kJumpRel && ins.dst_register == ins.op0_register &&
          ins.off0 != ins.off1) {
        return InstructionShape::kCallRel;
      }
      return InstructionShape::kOther;
    case Opcode::kRet:
      if (ins.op1_source == Op1Source::kFp && ins.res == ResLogic::kOp1 &&
          ins.pc_update == PcUpdate::kJump && ins.ap_update == ApUpdate::kRegular) {
        return InstructionShape::kRet;
      }
      return InstructionShape::kOther;
    case Opcode::kNop:
      if (!imm || !small_immediate || ins.fp_update != FpUpdate::kRegular) {
        return InstructionShape::kOther;
      }
      if (ins.pc_update == PcUpdate::kJnz && ap_plain) return InstructionShape::kJnz;
      if (ins.pc_update == PcUpdate::kJumpRel && ap_plain && ins.res == ResLogic::kOp1) {
        return InstructionShape::kJumpRel;
      }
      if (ins.pc_update == PcUpdate::kRegular && ins.ap_update == ApUpdate::kAdd &&
          ins.res == ResLogic::kOp1) {
        return InstructionShape::kApAdd;
      }
      return InstructionShape::kOther;
  }
  return InstructionShape::kOther;
}

bool is_call_instruction(const Felt& encoding, bool has_immediate) noexcept {
  try {
    const Instruction ins = decode_instruction(encoding, has_immediate);
    return ins.res == ResLogic::kOp1 &&
           (ins.pc_update == PcUpdate::kJump || ins.pc_update == PcUpdate::kJumpRel) &&
           ins.ap_update == ApUpdate::kAdd2 && ins.fp_update == FpUpdate::kApPlus2 &&
           ins.opcode == Opcode::kCall;
  } catch (const VmError&) {
    return false;
  }
}

}  // namespace cairovm
