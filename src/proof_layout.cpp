#include "proof_layout.hpp"

namespace cairovm {

const BuiltinRatio* ProofLayout::builtin(std::string_view name) const {
  for (const BuiltinRatio& b : builtins) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::optional<ProofLayout> find_proof_layout(std::string_view name) {
  using R = BuiltinRatio;
  const DilutedPool pool4{4, 4, 16};
  if (name == "plain") return ProofLayout{16, 4, 8, std::nullopt, {}};
  if (name == "small" || name == "dex") {
    return ProofLayout{name == "small" ? 16u : 4u,
                       4,
                       8,
                       std::nullopt,
                       {R{"pedersen", 8}, R{"range_check", 8}, R{"ecdsa", 512}}};
  }
  if (name == "recursive") {
    return ProofLayout{4, 8, 8, pool4, {R{"pedersen", 128}, R{"range_check", 8}, R{"bitwise", 8}}};
  }
  if (name == "starknet") {
    return ProofLayout{4,
                       4,
                       8,
                       DilutedPool{1, 4, 16},
                       {R{"pedersen", 32}, R{"range_check", 16}, R{"ecdsa", 2048}, R{"bitwise", 64},
                        R{"ec_op", 1024}, R{"poseidon", 32}}};
  }
  if (name == "recursive_large_output") {
    return ProofLayout{
        4,
        8,
        8,
        pool4,
        {R{"pedersen", 128}, R{"range_check", 8}, R{"bitwise", 8}, R{"poseidon", 8}}};
  }
  if (name == "all_solidity") {
    return ProofLayout{8,
                       8,
                       8,
                       pool4,
                       {R{"pedersen", 8}, R{"range_check", 8}, R{"ecdsa", 512}, R{"bitwise", 256},
                        R{"ec_op", 256}}};
  }
  if (name == "starknet_with_keccak") {
    return ProofLayout{4,
                       4,
                       8,
                       pool4,
                       {R{"pedersen", 32}, R{"range_check", 16}, R{"ecdsa", 2048}, R{"bitwise", 64},
                        R{"ec_op", 1024}, R{"keccak", 2048, 1, 16}, R{"poseidon", 32}}};
  }
  if (name == "recursive_with_poseidon") {
    return ProofLayout{
        4,
        8,
        8,
        DilutedPool{3, 4, 16},
        {R{"pedersen", 256}, R{"range_check", 16}, R{"bitwise", 16}, R{"poseidon", 64}}};
  }
  return std::nullopt;
}

std::uint64_t diluted_units_per_instance(std::string_view builtin, const DilutedPool& pool) {
  if (builtin == "keccak") return (std::uint64_t{1} << 18) / pool.n_bits;
  if (builtin != "bitwise") return 0;
  // BitwiseInstanceDef.get_diluted_units_per_builtin with total_n_bits = 251.
  constexpr std::uint64_t kTotalBits = 251;
  std::uint64_t partition = 0, trimmed = 0;
  for (std::uint64_t i = 0; i < kTotalBits; i += pool.spacing * pool.n_bits) {
    for (std::uint64_t j = 0; j < pool.spacing && i + j < kTotalBits; ++j) {
      ++partition;
      if (i + j + pool.spacing * (pool.n_bits - 1) + 1 > kTotalBits) ++trimmed;
    }
  }
  return 4 * partition + trimmed;
}

}  // namespace cairovm
