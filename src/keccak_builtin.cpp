#include "keccak_builtin.hpp"

#include <bit>
#include <cstring>

#include "cairovm/errors.hpp"
#include "keccak_f1600.hpp"

namespace cairovm {

namespace {

constexpr std::size_t kBytesPerCell = KeccakBuiltinRunner::kBitsPerCell / 8;

Felt checked_input(const Memory& memory, Relocatable address) {
  const MaybeRelocatable value = *memory.get(address);
  // The message is built only on failure: formatting the address on every call cost more than
  // the builtin's own work.
  auto prefix = [&] {
    return "Keccak builtin: Expected integer at address " + address.to_string();
  };
  if (value.is_relocatable()) throw VmError(prefix() + ". Got: " + value.to_string() + ".");
  if (value.felt().bit_length() > KeccakBuiltinRunner::kBitsPerCell) {
    throw VmError(prefix() + " to be smaller than 2^" +
                  std::to_string(KeccakBuiltinRunner::kBitsPerCell) +
                  ". Got: " + value.to_string() + ".");
  }
  return value.felt();
}

// Lane i is bytes 8i..8i+7, little-endian.
void load_lanes(KeccakState& state, const std::array<std::uint8_t, 200>& bytes) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(state.data(), bytes.data(), bytes.size());
  } else {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      state[i / 8] |= std::uint64_t{bytes[i]} << (8 * (i % 8));
    }
  }
}

void store_lanes(std::array<std::uint8_t, 200>& bytes, const KeccakState& state) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(bytes.data(), state.data(), bytes.size());
  } else {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      bytes[i] = static_cast<std::uint8_t>(state[i / 8] >> (8 * (i % 8)));
    }
  }
}

// The 32 little-endian bytes of a field element (its limbs as stored, on little-endian hosts).
std::array<std::uint8_t, 32> le_bytes(const Felt& value) {
  if constexpr (std::endian::native == std::endian::little) {
    std::array<std::uint8_t, 32> bytes;
    std::memcpy(bytes.data(), value.limbs().data(), bytes.size());
    return bytes;
  } else {
    return value.to_le_bytes();
  }
}

// 25 little-endian bytes: below 2^200 < P, hence already canonical.
Felt from_cell_bytes(const std::uint8_t* bytes) {
  std::array<std::uint8_t, 32> cell{};
  std::memcpy(cell.data(), bytes, kBytesPerCell);
  if constexpr (std::endian::native == std::endian::little) {
    Felt::Limbs limbs;
    std::memcpy(limbs.data(), cell.data(), cell.size());
    return Felt::from_canonical_limbs_unchecked(limbs);
  } else {
    return Felt::from_le_bytes(cell);
  }
}

}  // namespace

std::array<Felt, 8> KeccakBuiltinRunner::permute(const std::array<Felt, 8>& input) noexcept {
  // The state is the 200 bytes of the 8 little-endian 25-byte cells, read as 25 little-endian
  // lanes (keccak_f's byte order).
  std::array<std::uint8_t, 200> bytes{};
  for (std::size_t i = 0; i < 8; ++i) {
    std::memcpy(bytes.data() + i * kBytesPerCell, le_bytes(input[i]).data(), kBytesPerCell);
  }
  KeccakState state{};
  load_lanes(state, bytes);
  keccak_f1600(state);
  store_lanes(bytes, state);
  std::array<Felt, 8> output;
  for (std::size_t i = 0; i < 8; ++i) output[i] = from_cell_bytes(bytes.data() + i * kBytesPerCell);
  return output;
}

std::optional<MaybeRelocatable> KeccakBuiltinRunner::deduce(const Memory& memory,
                                                            Relocatable address) const {
  const std::uint64_t index = address.offset % cells_per_instance_;
  if (index < n_input_cells_) return std::nullopt;
  const std::uint64_t instance = address.offset / cells_per_instance_;
  if (const auto it = cache_.find(instance); it != cache_.end()) {
    return it->second[index - n_input_cells_];
  }
  const Relocatable first{address.segment, address.offset - index};
  if (!inputs_known(memory, first)) return std::nullopt;
  std::array<Felt, 8> input;
  for (std::uint64_t i = 0; i < n_input_cells_; ++i) {
    input[i] = checked_input(memory, {first.segment, first.offset + i});
  }
  const auto& output = cache_.emplace(instance, permute(input)).first->second;
  return output[index - n_input_cells_];
}

}  // namespace cairovm
