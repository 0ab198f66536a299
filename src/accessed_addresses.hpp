// The addresses the instructions accessed, as the reference's VirtualMachine.accessed_addresses
// (the program's cells, then each step's pc and its dst, op0 and op1 addresses), found again
// from the trace when asked: the step loop does not record them.
#pragma once

#include <array>
#include <cstdint>
#include <set>

#include "cairovm/memory.hpp"
#include "cairovm/relocatable.hpp"

namespace cairovm {

class VirtualMachine;

/// The registers of trace row `step` (rows keep offsets; their segments change rarely, so a
/// cursor walks the segment rows forward).
struct TraceCursor {
  const VirtualMachine& vm;
  std::size_t row = 0;
  struct Registers {
    Relocatable pc, ap, fp;
  };
  Registers at(std::uint64_t step);
};

/// What one step accessed: its pc and its dst, op0 and op1 addresses (`count` of them: only pc
/// when the instruction cannot be read, no op1 when its double dereference has no pointer).
struct StepAccesses {
  std::array<Relocatable, 4> addresses;
  std::size_t count = 0;
};
StepAccesses accessed_by_step(const VirtualMachine& vm, const TraceCursor::Registers& registers);

/// The accessed addresses of a running VM, brought up to date on each query (each trace row is
/// read once), for the hints' `is_accessed`.
class AccessedAddresses {
 public:
  bool contains(const VirtualMachine& vm, Relocatable address);

 private:
  std::set<Relocatable> addresses_;
  std::uint64_t steps_seen_ = 0;
  bool program_seen_ = false;
};

}  // namespace cairovm
