// The numbers of a layout that proof mode needs to size the trace: range-check and memory units
// per step, the diluted pool, and each builtin's ratio (how many steps per instance).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairovm {

struct DilutedPool {
  std::int64_t log_units_per_step = 0;
  std::uint64_t spacing = 4;
  std::uint64_t n_bits = 16;
};

struct BuiltinRatio {
  std::string name;
  std::uint64_t ratio = 0;  // steps per instance (0: the builtin has no instances)
  std::uint64_t ratio_den = 1;
  std::uint64_t instances_per_component = 1;
};

struct ProofLayout {
  std::uint64_t rc_units = 16;
  std::uint64_t public_memory_fraction = 4;
  std::uint64_t memory_units_per_step = 8;
  std::optional<DilutedPool> diluted_pool;
  std::vector<BuiltinRatio> builtins;  // every builtin but output

  const BuiltinRatio* builtin(std::string_view name) const;
};

/// The proof-mode numbers of a layout cairo-run accepts (instances.py); nullopt for `dynamic`,
/// whose numbers come from its parameters file.
std::optional<ProofLayout> find_proof_layout(std::string_view name);

/// Diluted check units one instance of the builtin uses (bitwise and keccak; 0 for the others).
std::uint64_t diluted_units_per_instance(std::string_view builtin, const DilutedPool& pool);

}  // namespace cairovm
