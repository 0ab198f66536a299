#include "cairovm/relocatable.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

std::string Relocatable::to_string() const {
  return std::to_string(segment) + ":" + std::to_string(offset);
}

std::string Relocatable::to_repr() const {
  return "RelocatableValue(segment_index=" + std::to_string(segment) +
         ", offset=" + std::to_string(offset) + ")";
}

std::string MaybeRelocatable::to_string() const {
  return is_relocatable() ? relocatable().to_string() : felt().to_dec_string();
}

std::string MaybeRelocatable::to_repr() const {
  return is_relocatable() ? relocatable().to_repr() : felt().to_dec_string();
}

namespace {

// Offsets are integers modulo P in the reference's VM arithmetic; we keep those below 2^63.
Relocatable checked_offset(const Relocatable& base, const Felt& new_offset) {
  auto offset = new_offset.to_u64();
  if (!offset || *offset > kMaxOffset) {
    throw VmError("Relocatable offset out of range: " + std::to_string(base.segment) + ":" +
                  new_offset.to_dec_string() + ".");
  }
  return {base.segment, *offset};
}

}  // namespace

Relocatable add_slow(const Relocatable& address, const Felt& value) {
  return checked_offset(address, Felt{address.offset} + value);
}

Relocatable add(const Relocatable& address, std::int64_t value) {
  if (value >= 0) return add(address, Felt{static_cast<std::uint64_t>(value)});
  const auto magnitude = static_cast<std::uint64_t>(-(value + 1)) + 1;
  if (magnitude <= address.offset) return {address.segment, address.offset - magnitude};
  return checked_offset(address, Felt{address.offset} - Felt{magnitude});
}

MaybeRelocatable add_mixed(const MaybeRelocatable& a, const MaybeRelocatable& b) {
  if (a.is_felt() && b.is_felt()) return a.felt() + b.felt();
  if (a.is_relocatable() && b.is_felt()) return add(a.relocatable(), b.felt());
  if (a.is_felt() && b.is_relocatable()) return add(b.relocatable(), a.felt());
  throw VmError("Cannot add two relocatable values: " + a.to_string() + " + " + b.to_string() +
                ".");
}

MaybeRelocatable sub(const MaybeRelocatable& a, const MaybeRelocatable& b) {
  if (a.is_felt() && b.is_felt()) return a.felt() - b.felt();
  if (a.is_relocatable() && b.is_felt()) {
    const Relocatable base = a.relocatable();
    if (auto small = b.felt().to_u64(); small && *small <= base.offset) {
      return Relocatable{base.segment, base.offset - *small};
    }
    return checked_offset(base, Felt{base.offset} - b.felt());
  }
  if (a.is_relocatable() && b.is_relocatable()) {
    const Relocatable x = a.relocatable();
    const Relocatable y = b.relocatable();
    if (x.segment != y.segment) {
      throw VmError("Can only subtract two relocatable values of the same segment (" +
                    std::to_string(x.segment) + " != " + std::to_string(y.segment) + ").");
    }
    return Felt{x.offset} - Felt{y.offset};
  }
  throw VmError("unsupported operand type(s) for -: 'int' and 'RelocatableValue'");
}

MaybeRelocatable mul(const MaybeRelocatable& a, const MaybeRelocatable& b) {
  if (a.is_felt() && b.is_felt()) return a.felt() * b.felt();
  throw VmError("Could not complete computation * of non pure values: (" + a.to_repr() + ", " +
                b.to_repr() + ").");
}

}  // namespace cairovm
