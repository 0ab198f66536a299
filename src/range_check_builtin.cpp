#include "range_check_builtin.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

RangeCheckBuiltinRunner::RangeCheckBuiltinRunner(std::string name, bool included, unsigned n_parts)
    : BuiltinRunner(std::move(name), included, 1, 1),
      bound_bits_(16 * n_parts),
      bound_text_(Felt{2}.pow(bound_bits_).to_dec_string()) {}

void RangeCheckBuiltinRunner::validate(const Memory& memory, Relocatable address) const {
  const MaybeRelocatable value = *memory.get(address);
  if (value.is_relocatable()) {
    throw VmError("Range-check builtin: Expected value at address " + address.to_string() +
                  " to be an integer. Got: " + value.to_string() + ".");
  }
  if (value.felt().bit_length() > bound_bits_) {
    throw VmError("Value " + value.to_string() + ", in range check builtin " +
                  std::to_string(address.offset - base_.offset) + ", is out of range [0, " +
                  bound_text_ + ").");
  }
}

}  // namespace cairovm
