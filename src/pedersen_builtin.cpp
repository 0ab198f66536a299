#include "pedersen_builtin.hpp"

#include "cairovm/errors.hpp"
#include "pedersen_hash.hpp"

namespace cairovm {

namespace {

Felt integer_input(const Memory& memory, Relocatable address) {
  const MaybeRelocatable value = *memory.get(address);
  if (value.is_relocatable()) {
    throw VmError("pedersen builtin: Expected integer at address " + address.to_string() +
                  ". Got: " + value.to_string() + ".");
  }
  return value.felt();
}

}  // namespace

std::optional<MaybeRelocatable> PedersenBuiltinRunner::deduce(const Memory& memory,
                                                              Relocatable address) const {
  if (address.offset % 3 != 2 || verified_.contains(address.offset)) return std::nullopt;
  const Relocatable x_address{address.segment, address.offset - 2};
  const Relocatable y_address{address.segment, address.offset - 1};
  if (!memory.is_known(x_address) || !memory.is_known(y_address)) return std::nullopt;
  const Felt x = integer_input(memory, x_address);
  const Felt y = integer_input(memory, y_address);
  const Felt hash = pedersen_hash(x, y);
  verified_.insert(address.offset);
  return hash;
}

}  // namespace cairovm
