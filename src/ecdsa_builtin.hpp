// The ecdsa builtin: instances of 2 cells (public key, message hash); once both are written, the
// signature a hint registered for the instance must verify.
#pragma once

#include <unordered_map>

#include "builtin_runner.hpp"

namespace cairovm {

class EcdsaBuiltinRunner final : public BuiltinRunner {
 public:
  struct Signature {
    Felt r;
    Felt s;
  };

  explicit EcdsaBuiltinRunner(bool included) : BuiltinRunner("ecdsa", included, 2, 2) {}

  /// The hints' ecdsa_builtin.add_signature(addr, (r, s)): registers the signature of the
  /// instance whose public key cell is `address`. Throws VmError with the reference's message if
  /// the address is not a public key cell of this builtin's segment.
  void add_signature(Relocatable address, const Felt& r, const Felt& s);
  const std::unordered_map<std::uint64_t, Signature>& signatures() const noexcept {
    return signatures_;
  }

  void validate(const Memory& memory, Relocatable address) const override;

 private:
  std::unordered_map<std::uint64_t, Signature> signatures_;  // by public key cell offset
};

}  // namespace cairovm
