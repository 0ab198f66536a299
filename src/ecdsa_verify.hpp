// ECDSA verification on the STARK curve, as starkware.crypto.signature.signature.verify does it
// for the ecdsa builtin (public key given by its x coordinate).
#pragma once

#include <optional>

#include "cairovm/felt.hpp"

namespace cairovm {

/// Whether (r, s) signs msg_hash for the public key with x coordinate public_key_x. Like the
/// reference, the scalar multiplications mimic the AIR's double-and-add and a step it could not
/// compute makes the signature invalid. Throws VmError with the reference's assertion texts
/// ("s = ...", "r = ...", "w = ...", "msg_hash = ...") for out-of-range values.
bool ecdsa_verify(const Felt& msg_hash, const Felt& r, const Felt& s, const Felt& public_key_x);

/// s^-1 modulo the curve's order (the reference's inv_mod_curve_size), for s not a multiple of it.
Felt ecdsa_inverse_mod_order(const Felt& s);

/// A square root of `value` in the field, or nullopt if it is not a square.
std::optional<Felt> field_sqrt(const Felt& value);

}  // namespace cairovm
