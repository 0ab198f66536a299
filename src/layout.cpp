#include "cairovm/layout.hpp"

#include <array>

namespace cairovm {

namespace {

constexpr std::array<std::string_view, 11> kBuiltins = {
    "output", "pedersen", "range_check",   "ecdsa",   "bitwise", "ec_op",
    "keccak", "poseidon", "range_check96", "add_mod", "mul_mod"};

constexpr std::array<std::string_view, 10> kLayoutNames = {
    "plain",        "small",
    "dex",          "recursive",
    "starknet",     "recursive_large_output",
    "all_solidity", "starknet_with_keccak",
    "dynamic",      "recursive_with_poseidon"};

}  // namespace

std::span<const std::string_view> all_builtin_names() {
  return kBuiltins;
}
std::span<const std::string_view> layout_names() {
  return kLayoutNames;
}

std::optional<Layout> find_layout(std::string_view name) {
  using V = std::vector<std::string_view>;
  if (name == "plain") return Layout{"plain", V{}};
  if (name == "small" || name == "dex") {
    return Layout{name, V{"output", "pedersen", "range_check", "ecdsa"}};
  }
  if (name == "recursive") return Layout{name, V{"output", "pedersen", "range_check", "bitwise"}};
  if (name == "starknet") {
    return Layout{name,
                  V{"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "poseidon"}};
  }
  if (name == "recursive_large_output" || name == "recursive_with_poseidon") {
    return Layout{name, V{"output", "pedersen", "range_check", "bitwise", "poseidon"}};
  }
  if (name == "all_solidity") {
    return Layout{name, V{"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op"}};
  }
  if (name == "starknet_with_keccak") {
    return Layout{name, V{"output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op",
                          "keccak", "poseidon"}};
  }
  if (name == "dynamic") return Layout{name, V(kBuiltins.begin(), kBuiltins.end())};
  return std::nullopt;
}

}  // namespace cairovm
