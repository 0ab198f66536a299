// The library's (and its tests') private access to a runner's VM.
#pragma once

#include "cairovm/runner.hpp"
#include "vm.hpp"

namespace cairovm {

class RunnerInternals {
 public:
  /// The runner's VM, or nullptr before initialize().
  static const VirtualMachine* vm(const CairoRunner& runner) noexcept { return runner.vm_.get(); }
};

}  // namespace cairovm
