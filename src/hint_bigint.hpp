// Arbitrary-precision integers for native hints that compute as Python does (secp, ec, keccak
// splits): GMP's mpz, with Python's floor semantics for % and //, and the scope and memory
// conversions those hints share.
#pragma once

#include <gmpxx.h>

#include <string>

#include "vm.hpp"

namespace cairovm {

/// A Python int. Scope variables hold Felt for ints in [0, P) and BigInt for the others
/// (negative, or at least P), so that Python hints see the same int either way.
using BigInt = mpz_class;

/// The field prime P as a BigInt.
const BigInt& prime_bigint();
/// A field element as the int in [0, P).
BigInt to_bigint(const Felt& value);
/// cairo-lang's math_utils.as_int: the representative in (-P/2, P/2].
BigInt as_int(const Felt& value);
/// Python's `value % PRIME` as a field element.
Felt felt_mod(const BigInt& value);
/// Python's `a % m` and `a // m` for m != 0 (floor division: the remainder has m's sign).
BigInt py_mod(const BigInt& a, const BigInt& m);
BigInt py_floordiv(const BigInt& a, const BigInt& m);
/// Python's pow(base, exponent, modulus) for exponent >= 0 and modulus > 0.
BigInt pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);
/// starkware.python.math_utils.div_mod: x in [0, p) with (m * x) % p == n; fails (an
/// AssertionError without message) when m is not invertible modulo p.
BigInt div_mod(const BigInt& n, const BigInt& m, const BigInt& p);
/// Python's str() of an int.
std::string dec_string(const BigInt& value);

/// `memory[address]` as an int; throws VmError for an unknown cell or a pointer.
Felt memory_felt(const HintContext& ctx, Relocatable address);
/// secp_utils.pack(ids.<name>, PRIME): d0 + d1 * 2**86 + d2 * 2**172 with limbs as_int.
BigInt pack_bigint3(const HintContext& ctx, Relocatable address);

/// A scope variable holding an int (a Felt or a BigInt), as Python reads the name.
BigInt scope_int(const HintContext& ctx, std::string_view name);
/// Sets a scope variable to an int, as a Python assignment would.
void set_scope_int(const HintContext& ctx, std::string_view name, const BigInt& value);

/// What a native hint leaves in the scope for a name that a Python hint would have imported
/// (a function): later native hints check that the name exists, as Python would. Python hints do
/// not see it.
struct ImportedName {};
/// Throws the NameError Python raises if the scope has no `name`.
void require_scope_name(const HintContext& ctx, std::string_view name);

/// Writes a Python int into memory (reduced modulo P, as segments.write_arg does).
void write_int(const HintContext& ctx, Relocatable address, const BigInt& value);
/// `ids.<name> = value` for an int that must be a field element already.
void set_ids_int(const HintContext& ctx, std::string_view name, const BigInt& value);

}  // namespace cairovm
