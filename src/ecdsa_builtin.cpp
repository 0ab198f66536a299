#include "ecdsa_builtin.hpp"

#include "cairovm/errors.hpp"
#include "ecdsa_verify.hpp"

namespace cairovm {

void EcdsaBuiltinRunner::add_signature(Relocatable address, const Felt& r, const Felt& s) {
  if (address.segment != base_.segment) {
    throw VmError("Signature hint must point to the signature builtin segment, not " +
                  address.to_string() + ".");
  }
  if (address.offset % cells_per_instance_ != 0) {
    throw VmError("Signature hint must point to the public key cell, not " + address.to_string() +
                  ".");
  }
  signatures_[address.offset] = {r, s};
}

void EcdsaBuiltinRunner::validate(const Memory& memory, Relocatable address) const {
  // Runs when the second cell of the pair is written, whichever it is.
  const bool is_pubkey = address.offset % cells_per_instance_ == 0;
  const Relocatable pubkey_address{address.segment, address.offset - (is_pubkey ? 0 : 1)};
  const Relocatable msg_address{address.segment, pubkey_address.offset + 1};
  if (!memory.is_known(is_pubkey ? msg_address : pubkey_address)) return;
  const MaybeRelocatable pubkey = *memory.get(pubkey_address);
  const MaybeRelocatable msg = *memory.get(msg_address);
  if (pubkey.is_relocatable()) {
    throw VmError("ECDSA builtin: Expected public key at address " + pubkey_address.to_string() +
                  " to be an integer. Got: " + pubkey.to_string() + ".");
  }
  if (msg.is_relocatable()) {
    throw VmError("ECDSA builtin: Expected message hash at address " + msg_address.to_string() +
                  " to be an integer. Got: " + msg.to_string() + ".");
  }
  const auto it = signatures_.find(pubkey_address.offset);
  if (it == signatures_.end()) {
    throw VmError("Signature hint is missing for ECDSA builtin at address " +
                  pubkey_address.to_string() + ". Add it using 'ecdsa_builtin.add_signature'.");
  }
  const Signature& sig = it->second;
  if (!ecdsa_verify(msg.felt(), sig.r, sig.s, pubkey.felt())) {
    throw VmError("Signature (" + sig.r.to_dec_string() + ", " + sig.s.to_dec_string() +
                  "), is invalid, with respect to the public key " + pubkey.to_string() +
                  ", and the message hash " + msg.to_string() + ".");
  }
}

}  // namespace cairovm
