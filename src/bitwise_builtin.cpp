#include "bitwise_builtin.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

[[noreturn]] void throw_bad_input(const MaybeRelocatable& value, Relocatable address) {
  const std::string prefix = "bitwise builtin: Expected integer at address " + address.to_string();
  if (value.is_relocatable()) throw VmError(prefix + ". Got: " + value.to_string() + ".");
  throw VmError(prefix + " to be smaller than 2^" +
                std::to_string(BitwiseBuiltinRunner::kTotalNBits) + ". Got: " + value.to_string() +
                ".");
}

// The input's words, read in place: a field element below 2^251 has no bit of the relocatable
// tag and nothing above bit 58 of its top word. (Through get() and bit_length() this cost more
// than the deduction itself.)
bool read_input(const Memory& memory, Relocatable address, Felt::Limbs& out) {
  if (!memory.read_words(address, out)) return false;
  constexpr unsigned kTopWordBits = BitwiseBuiltinRunner::kTotalNBits - 192;
  if ((out[3] >> kTopWordBits) != 0) throw_bad_input(MaybeRelocatable::from_words(out), address);
  return true;
}

}  // namespace

std::optional<MaybeRelocatable> BitwiseBuiltinRunner::deduce(const Memory& memory,
                                                             Relocatable address) const {
  // A constant divisor: a multiplication instead of a division per deduced cell.
  const std::uint64_t index = address.offset % kCellsPerInstance;
  if (index < kInputCells) return std::nullopt;
  const Relocatable x_address{address.segment, address.offset - index};
  const Relocatable y_address{address.segment, x_address.offset + 1};
  if (x_address != checked_instance_) {
    Felt::Limbs x, y;
    // Both known before either is checked, x first, as the reference reads them.
    if (!memory.is_known(y_address) || !read_input(memory, x_address, x)) return std::nullopt;
    read_input(memory, y_address, y);
    checked_x_ = x;
    checked_y_ = y;
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

bool BitwiseBuiltinRunner::instance_sound(std::span<const Felt::Limbs> cells) const {
  // Inputs known, field elements below 2^251: no relocatable tag, nothing above bit 58 of the top
  // word but the presence bit.
  constexpr std::uint64_t kInputTop = ~std::uint64_t{0} << (kTotalNBits - 192);
  const Felt::Limbs& x = cells[0];
  const Felt::Limbs& y = cells[1];
  if ((x[3] & kInputTop) != Memory::kCellPresent || (y[3] & kInputTop) != Memory::kCellPresent) {
    return false;
  }
  for (std::size_t j = kInputCells; j < kCellsPerInstance; ++j) {
    if ((cells[j][3] & Memory::kCellPresent) == 0) continue;
    for (std::size_t i = 0; i < 4; ++i) {
      // The presence bit is in x's and y's top words too: and, xor and or keep it where the cell
      // has it, except xor, which clears it.
      const std::uint64_t rule = j == 2 ? (x[i] & y[i]) : j == 3 ? (x[i] ^ y[i]) : (x[i] | y[i]);
      const std::uint64_t held = cells[j][i];
      const std::uint64_t mask = i == 3 ? ~Memory::kCellPresent : ~std::uint64_t{0};
      if (((rule ^ held) & mask) != 0) return false;
    }
  }
  return true;
}

}  // namespace cairovm
