#include "poseidon_builtin.hpp"

#include "cairovm/errors.hpp"
#include "poseidon_permutation.hpp"

namespace cairovm {

std::optional<MaybeRelocatable> PoseidonBuiltinRunner::deduce(const Memory& memory,
                                                              Relocatable address) const {
  const std::uint64_t index = address.offset % cells_per_instance_;
  if (index < n_input_cells_) return std::nullopt;
  const std::uint64_t instance = address.offset / cells_per_instance_;
  if (const auto it = cache_.find(instance); it != cache_.end()) {
    return it->second[index - n_input_cells_];
  }
  const Relocatable first{address.segment, address.offset - index};
  if (!inputs_known(memory, first)) return std::nullopt;
  std::array<Felt, 3> state;
  for (std::uint64_t i = 0; i < n_input_cells_; ++i) {
    const Relocatable input{first.segment, first.offset + i};
    const MaybeRelocatable value = *memory.get(input);
    if (value.is_relocatable()) {
      throw VmError("poseidon builtin: Expected integer at address " + input.to_string() +
                    ". Got: " + value.to_string() + ".");
    }
    state[i] = value.felt();
  }
  const auto& output = cache_.emplace(instance, poseidon_permutation(state)).first->second;
  return output[index - n_input_cells_];
}

}  // namespace cairovm
