#include "accessed_addresses.hpp"

#include <optional>

#include "instruction.hpp"
#include "vm.hpp"

namespace cairovm {

TraceCursor::Registers TraceCursor::at(std::uint64_t step) {
  const auto& rows = vm.trace_segments;
  while (row + 1 < rows.size() && rows[row + 1].first_step <= step) ++row;
  const TraceEntry& e = vm.trace[step];
  return {Relocatable{rows[row].pc_segment, e.pc_offset},
          Relocatable{rows[row].ap_segment, e.ap_offset},
          Relocatable{rows[row].fp_segment, e.fp_offset}};
}

StepAccesses accessed_by_step(const VirtualMachine& vm, const TraceCursor::Registers& registers) {
  const auto& [pc, ap, fp] = registers;
  StepAccesses out;
  out.addresses[out.count++] = pc;
  // The step ran, so the word decodes (the program's words were decoded at load); its
  // immediate (if any) is the op1 cell at pc + 1.
  const std::optional<Instruction> decoded = vm.instruction_at(pc);
  if (!decoded) return out;
  const Instruction& ins = *decoded;
  const Relocatable op0 = add(ins.op0_register == Register::kAp ? ap : fp, std::int64_t{ins.off1});
  out.addresses[out.count++] =
      add(ins.dst_register == Register::kAp ? ap : fp, std::int64_t{ins.off0});
  out.addresses[out.count++] = op0;
  std::optional<Relocatable> op1_base;
  switch (ins.op1_source) {
    case Op1Source::kImm:
      op1_base = pc;
      break;
    case Op1Source::kAp:
      op1_base = ap;
      break;
    case Op1Source::kFp:
      op1_base = fp;
      break;
    case Op1Source::kOp0: {
      const auto value = vm.memory().get(op0);
      if (value && value->is_relocatable()) op1_base = value->relocatable();
      break;
    }
  }
  if (op1_base) out.addresses[out.count++] = add(*op1_base, std::int64_t{ins.off2});
  return out;
}

bool AccessedAddresses::contains(const VirtualMachine& vm, Relocatable address) {
  if (!program_seen_) {
    for (std::uint64_t i = 0; i < vm.program().data().size(); ++i) {
      addresses_.insert(add(vm.program_base(), std::int64_t(i)));
    }
    program_seen_ = true;
  }
  TraceCursor cursor{vm};
  for (; steps_seen_ < vm.trace.size(); ++steps_seen_) {
    const StepAccesses step = accessed_by_step(vm, cursor.at(steps_seen_));
    addresses_.insert(step.addresses.begin(), step.addresses.begin() + step.count);
  }
  return addresses_.contains(address);
}

}  // namespace cairovm
