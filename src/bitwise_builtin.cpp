#include "bitwise_builtin.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

Felt checked_input(const Memory& memory, Relocatable address) {
  const MaybeRelocatable value = *memory.get(address);
  // The message is built only on failure: formatting the address on every call cost more than
  // the builtin's own work.
  auto prefix = [&] {
    return "bitwise builtin: Expected integer at address " + address.to_string();
  };
  if (value.is_relocatable()) throw VmError(prefix() + ". Got: " + value.to_string() + ".");
  if (value.felt().bit_length() > BitwiseBuiltinRunner::kTotalNBits) {
    throw VmError(prefix() + " to be smaller than 2^" +
                  std::to_string(BitwiseBuiltinRunner::kTotalNBits) +
                  ". Got: " + value.to_string() + ".");
  }
  return value.felt();
}

}  // namespace

std::optional<MaybeRelocatable> BitwiseBuiltinRunner::deduce(const Memory& memory,
                                                             Relocatable address) const {
  const std::uint64_t index = address.offset % cells_per_instance_;
  if (index < n_input_cells_) return std::nullopt;
  const Relocatable x_address{address.segment, address.offset - index};
  const Relocatable y_address{address.segment, x_address.offset + 1};
  if (x_address != checked_instance_) {
    if (!memory.is_known(x_address) || !memory.is_known(y_address)) return std::nullopt;
    checked_x_ = checked_input(memory, x_address).limbs();
    checked_y_ = checked_input(memory, y_address).limbs();
    checked_instance_ = x_address;
  }
  const Felt::Limbs& x = checked_x_;
  const Felt::Limbs& y = checked_y_;
  Felt::Limbs result;
  for (std::size_t i = 0; i < 4; ++i) {
    result[i] = index == 2 ? (x[i] & y[i]) : index == 3 ? (x[i] ^ y[i]) : (x[i] | y[i]);
  }
  // Both inputs are below 2^251, so is the result: it is canonical.
  return Felt::from_canonical_limbs_unchecked(result);
}

}  // namespace cairovm
