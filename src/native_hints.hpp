// Hints that run as C++, grouped by family: each family's file defines its table, and
// native_hints.cpp joins the tables into one lookup by exact code string, done once per hint
// when a program is loaded.
#pragma once

#include <span>
#include <string_view>

#include "vm.hpp"

namespace cairovm {

struct NativeHint {
  std::string_view code;  // exactly as the compiler writes it in the program's JSON
  NativeHintFn fn;
};

/// alloc, temporary segments, scopes, memcpy/memset loops, relocation rules (hints_core.cpp).
std::span<const NativeHint> core_hints();
/// run_mod_p_circuit's fill_memory for the add_mod and mul_mod builtins (hints_mod.cpp).
std::span<const NativeHint> mod_hints();
/// dict.cairo, default_dict.cairo, squash_dict.cairo, with the shared DictManager
/// (hints_dict.cpp).
std::span<const NativeHint> dict_hints();
/// math.cairo, math_cmp.cairo, pow.cairo, log2_ceil.cairo (hints_math.cpp).
std::span<const NativeHint> math_hints();
/// uint256.cairo (hints_uint256.cpp).
std::span<const NativeHint> uint256_hints();
/// find_element.cairo, set.cairo, usort.cairo, poseidon's nondet conditions (hints_search.cpp).
std::span<const NativeHint> search_hints();
/// Starknet's storage address hints and older or third-party variants (hints_compat.cpp).
std::span<const NativeHint> compat_hints();
/// keccak: unsafe_keccak, cairo_keccak, builtin_keccak, keccak_utils (hints_keccak.cpp).
std::span<const NativeHint> keccak_hints();
/// sha256: cairo_sha256's finalize (hints_sha256.cpp).
std::span<const NativeHint> sha256_hints();
/// blake2s: cairo_blake2s (hints_blake2s.cpp).
std::span<const NativeHint> blake2s_hints();
/// secp256k1 and secp256r1: cairo_secp, secp256r1 (hints_secp.cpp).
std::span<const NativeHint> secp_hints();
/// The STARK curve: ec.cairo and the ecdsa builtin's signature hint (hints_ec.cpp).
std::span<const NativeHint> ec_hints();
/// merkle_update, merkle_multi_update, small_merkle_tree, patricia (and patricia_with_sponge),
/// cairo_ec_op's bit unpacking (hints_merkle.cpp).
std::span<const NativeHint> merkle_hints();
/// Big-integer libraries beyond the common library: uint384/uint768, uint512, uint256 over a
/// run-time prime, ec_recover's BigInt3 helpers, scalar bits, ed25519's root (hints_biglib.cpp).
std::span<const NativeHint> biglib_hints();
/// print(ids.x) and a named array's print (hints_debug_print.cpp).
std::span<const NativeHint> debug_print_hints();

}  // namespace cairovm
