// Native hints on the STARK curve: ec.cairo (the random point of ec_op and chained_ec_op,
// recover_y) and signature.cairo (the ecdsa builtin's signature).
#include <array>
#include <string>
#include <vector>

#include "ecdsa_builtin.hpp"
#include "hint_bigint.hpp"
#include "hint_support.hpp"
#include "native_hints.hpp"
#include "sha256.hpp"
#include "stark_curve.hpp"

namespace cairovm {

namespace {

const BigInt& curve_beta() {
  static const BigInt beta =
      to_bigint(Felt::from_canonical_limbs_unchecked(stark_curve::kBetaLimbs));
  return beta;
}

// sympy's is_quad_residue and min(sqrt_mod(n, p, all_roots=True)) for the prime P.
std::optional<BigInt> min_sqrt(const BigInt& n) {
  return hint_support::least_sqrt_mod(n, prime_bigint());
}

// math_utils.recover_y with ALPHA = 1, BETA, FIELD_PRIME of the STARK curve.
std::optional<BigInt> recover_y(const BigInt& x) {
  const BigInt& p = prime_bigint();
  return min_sqrt(py_mod(pow_mod(x, 3, p) + x + curve_beta(), p));
}

std::array<std::uint8_t, 32> be_bytes32(const BigInt& value) {
  std::array<std::uint8_t, 32> bytes{};
  std::size_t count = 0;
  std::array<std::uint8_t, 33> buffer{};
  mpz_export(buffer.data(), &count, 1, 1, 0, 0, value.get_mpz_t());
  for (std::size_t i = 0; i < count; ++i) bytes[32 - count + i] = buffer[i];
  return bytes;
}

// starkware.python.utils.to_bytes of a memory value (an int below 2^256).
void append_to_bytes(std::vector<std::uint8_t>& seed, const MaybeRelocatable& value) {
  if (!value.is_felt()) {
    throw VmError(
        "descriptor 'to_bytes' for 'int' objects doesn't apply to a 'RelocatableValue' object",
        "TypeError");
  }
  const auto bytes = be_bytes32(to_bigint(value.felt()));
  seed.insert(seed.end(), bytes.begin(), bytes.end());
}

MaybeRelocatable cell(const HintContext& ctx, Relocatable address) {
  const auto value = ctx.vm.memory().get(address);
  if (!value) {
    throw VmError("Unknown value for memory cell at address " + address.to_string() + ".",
                  "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError");
  }
  return *value;
}

// math_utils.random_ec_point(FIELD_PRIME, ALPHA, BETA, seed), written to ids.s.
void write_random_point(const HintContext& ctx, const std::vector<std::uint8_t>& seed_input) {
  const auto seed = sha256_digest(seed_input);
  for (std::uint64_t i = 0; i < 100; ++i) {
    std::vector<std::uint8_t> data(seed.begin() + 1, seed.end());
    for (int j = 0; j < 10; ++j)
      data.push_back(j < 8 ? static_cast<std::uint8_t>(i >> (8 * j)) : 0);
    const auto digest = sha256_digest(data);
    BigInt x;
    mpz_import(x.get_mpz_t(), digest.size(), 1, 1, 0, 0, digest.data());
    const auto y = recover_y(x);
    if (!y) continue;
    const BigInt signed_y = (seed[0] & 1) != 0 ? py_mod(-*y, prime_bigint()) : *y;
    const Relocatable s = ctx.ids_address("s");
    write_int(ctx, s, x);
    write_int(ctx, add(s, std::int64_t{1}), signed_y);
    return;
  }
  throw VmError("Could not find a point on the curve.", "Exception");
}

void ec_op_random_point(const HintContext& ctx) {
  const Relocatable p = ctx.ids_address("p");
  const Relocatable q = ctx.ids_address("q");
  std::vector<std::uint8_t> seed;
  append_to_bytes(seed, cell(ctx, p));
  append_to_bytes(seed, cell(ctx, add(p, std::int64_t{1})));
  append_to_bytes(seed, ctx.ids_get("m"));
  append_to_bytes(seed, cell(ctx, q));
  append_to_bytes(seed, cell(ctx, add(q, std::int64_t{1})));
  write_random_point(ctx, seed);
}

void chained_ec_op_random_point(const HintContext& ctx) {
  const BigInt n_elms = to_bigint(ctx.ids_felt("len"));
  const ScopeDict& scope = ctx.vm.exec_scopes.back();
  if (scope.contains("__chained_ec_op_max_len")) {
    const BigInt max_len = scope_int(ctx, "__chained_ec_op_max_len");
    if (n_elms > max_len) {
      throw VmError("chained_ec_op() can only be used with len<=" + dec_string(max_len) +
                    ". Got: n_elms=" + dec_string(n_elms) + ".");
    }
  }
  set_scope_int(ctx, "n_elms", n_elms);
  const Relocatable p = ctx.ids_address("p");
  std::vector<std::uint8_t> seed;
  append_to_bytes(seed, cell(ctx, p));
  append_to_bytes(seed, cell(ctx, add(p, std::int64_t{1})));
  // get_range reads every cell before to_bytes converts any.
  std::vector<MaybeRelocatable> values;
  const MaybeRelocatable m = ctx.ids_get("m");
  const MaybeRelocatable q = ctx.ids_get("q");
  const auto read_range = [&](const MaybeRelocatable& start, const BigInt& count) {
    if (!start.is_relocatable()) throw VmError("get_range expects an address.", "TypeError");
    for (BigInt i = 0; i < count; ++i) {
      values.push_back(cell(ctx, add(start.relocatable(), felt_mod(i))));
    }
  };
  read_range(m, n_elms);
  read_range(q, 2 * n_elms);
  for (const MaybeRelocatable& value : values) append_to_bytes(seed, value);
  write_random_point(ctx, seed);
}

void recover_y_hint(const HintContext& ctx) {
  const Felt x = ctx.ids_felt("x");
  const Relocatable p = ctx.ids_address("p");
  ctx.vm.memory().insert(p, x);
  const auto y = recover_y(to_bigint(x));
  if (!y) {
    throw VmError(
        x.to_dec_string() + " does not represent the x coordinate of a point on the curve.",
        "starkware.python.math_utils.NotOnCurveException");
  }
  write_int(ctx, add(p, std::int64_t{1}), *y);
}

void add_ecdsa_signature(const HintContext& ctx) {
  EcdsaBuiltinRunner* ecdsa = nullptr;
  for (BuiltinRunner* builtin : ctx.vm.builtin_runners) {
    if (auto* runner = dynamic_cast<EcdsaBuiltinRunner*>(builtin)) ecdsa = runner;
  }
  if (ecdsa == nullptr) throw VmError("name 'ecdsa_builtin' is not defined", "NameError");
  const Relocatable address = ctx.ids_pointer("ecdsa_ptr");
  ecdsa->add_signature(address, ctx.ids_felt("signature_r"), ctx.ids_felt("signature_s"));
}

constexpr std::array kEcHints = {
    NativeHint{"from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\nfrom "
               "starkware.python.math_utils import random_ec_point\nfrom starkware.python.utils "
               "import to_bytes\n\n# Define a seed for random_ec_point that's dependent on all the "
               "input, so that:\n#   (1) The added point s is deterministic.\n#   (2) It's hard to "
               "choose inputs for which the builtin will fail.\nseed = b\"\".join(map(to_bytes, "
               "[ids.p.x, ids.p.y, ids.m, ids.q.x, ids.q.y]))\nids.s.x, ids.s.y = "
               "random_ec_point(FIELD_PRIME, ALPHA, BETA, seed)",
               ec_op_random_point},
    NativeHint{
        "from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\nfrom "
        "starkware.python.math_utils import random_ec_point\nfrom starkware.python.utils import "
        "to_bytes\n\nn_elms = ids.len\nassert isinstance(n_elms, int) and n_elms >= 0, \\\n    "
        "f'Invalid value for len. Got: {n_elms}.'\nif '__chained_ec_op_max_len' in globals():\n    "
        "assert n_elms <= __chained_ec_op_max_len, \\\n        f'chained_ec_op() can only be used "
        "with len<={__chained_ec_op_max_len}. ' \\\n        f'Got: n_elms={n_elms}.'\n\n# Define a "
        "seed for random_ec_point that's dependent on all the input, so that:\n#   (1) The added "
        "point s is deterministic.\n#   (2) It's hard to choose inputs for which the builtin will "
        "fail.\nseed = b\"\".join(\n    map(\n        to_bytes,\n        [\n            ids.p.x,\n "
        "           ids.p.y,\n            *memory.get_range(ids.m, n_elms),\n            "
        "*memory.get_range(ids.q.address_, 2 * n_elms),\n        ],\n    )\n)\nids.s.x, ids.s.y = "
        "random_ec_point(FIELD_PRIME, ALPHA, BETA, seed)",
        chained_ec_op_random_point},
    NativeHint{
        "from starkware.crypto.signature.signature import ALPHA, BETA, FIELD_PRIME\nfrom "
        "starkware.python.math_utils import recover_y\nids.p.x = ids.x\n# This raises an exception "
        "if `x` is not on the curve.\nids.p.y = recover_y(ids.x, ALPHA, BETA, FIELD_PRIME)",
        recover_y_hint},
    NativeHint{
        "ecdsa_builtin.add_signature(ids.ecdsa_ptr.address_, (ids.signature_r, ids.signature_s))",
        add_ecdsa_signature},
};

}  // namespace

std::span<const NativeHint> ec_hints() {
  return kEcHints;
}

}  // namespace cairovm
