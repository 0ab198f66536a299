#include "hint_bigint.hpp"

#include <any>
#include <array>

namespace cairovm {

namespace {

static_assert(sizeof(mp_limb_t) == sizeof(std::uint64_t), "GMP limbs must be 64-bit");

// The limbs copied into the mpz directly: mpz_import's generic byte-order loop cost more than
// the hint itself in the math hints.
BigInt from_limbs(const Felt::Limbs& limbs) {
  BigInt result;
  mp_limb_t* out = mpz_limbs_write(result.get_mpz_t(), 4);
  for (std::size_t i = 0; i < 4; ++i) out[i] = limbs[i];
  mpz_limbs_finish(result.get_mpz_t(), 4);  // strips the high zero limbs
  return result;
}

}  // namespace

const BigInt& prime_bigint() {
  static const BigInt prime = from_limbs(Felt::kPrimeLimbs);
  return prime;
}

BigInt to_bigint(const Felt& value) {
  return from_limbs(value.limbs());
}

BigInt as_int(const Felt& value) {
  BigInt result = to_bigint(value);
  if (value.is_negative_signed()) result -= prime_bigint();
  return result;
}

Felt felt_mod(const BigInt& value) {
  const mpz_srcptr z = value.get_mpz_t();
  if (mpz_sgn(z) >= 0 && mpz_size(z) <= 4) {
    // Most hint results are already in [0, P): no division, no temporary.
    Felt::Limbs limbs{};
    const mp_limb_t* in = mpz_limbs_read(z);
    for (std::size_t i = 0; i < mpz_size(z); ++i) limbs[i] = in[i];
    if (auto felt = Felt::from_canonical_limbs(limbs)) return *felt;
  }
  const BigInt reduced = py_mod(value, prime_bigint());
  Felt::Limbs limbs{};
  std::size_t count = 0;
  mpz_export(limbs.data(), &count, -1, sizeof(limbs[0]), 0, 0, reduced.get_mpz_t());
  return Felt::from_canonical_limbs_unchecked(limbs);
}

BigInt py_mod(const BigInt& a, const BigInt& m) {
  BigInt r;
  mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), m.get_mpz_t());
  return r;
}

BigInt py_floordiv(const BigInt& a, const BigInt& m) {
  BigInt q;
  mpz_fdiv_q(q.get_mpz_t(), a.get_mpz_t(), m.get_mpz_t());
  return q;
}

BigInt pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  BigInt result;
  mpz_powm(result.get_mpz_t(), base.get_mpz_t(), exponent.get_mpz_t(), modulus.get_mpz_t());
  return result;
}

BigInt div_mod(const BigInt& n, const BigInt& m, const BigInt& p) {
  BigInt inverse;
  const BigInt reduced = py_mod(m, p);
  if (mpz_invert(inverse.get_mpz_t(), reduced.get_mpz_t(), p.get_mpz_t()) == 0) {
    throw VmError("", "AssertionError");
  }
  return py_mod(n * inverse, p);
}

std::string dec_string(const BigInt& value) {
  return value.get_str(10);
}

Felt memory_felt(const HintContext& ctx, Relocatable address) {
  const auto value = ctx.vm.memory().get(address);
  if (!value) {
    throw VmError("Unknown value for memory cell at address " + address.to_string() + ".",
                  "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError");
  }
  if (!value->is_felt()) {
    throw VmError("Expected an integer at address " + address.to_string() + ", got " +
                      value->to_string() + ".",
                  "TypeError");
  }
  return value->felt();
}

BigInt pack_bigint3(const HintContext& ctx, Relocatable address) {
  BigInt result = 0;
  for (std::uint64_t i = 0; i < 3; ++i) {
    const BigInt limb = as_int(memory_felt(ctx, add(address, static_cast<std::int64_t>(i))));
    BigInt shifted;
    mpz_mul_2exp(shifted.get_mpz_t(), limb.get_mpz_t(), 86 * i);
    result += shifted;
  }
  return result;
}

BigInt scope_int(const HintContext& ctx, std::string_view name) {
  const ScopeDict& scope = ctx.vm.exec_scopes.back();
  const auto it = scope.find(name);
  if (it == scope.end())
    throw VmError("name '" + std::string(name) + "' is not defined", "NameError");
  if (const Felt* felt = std::any_cast<Felt>(&it->second)) return to_bigint(*felt);
  if (const BigInt* big = std::any_cast<BigInt>(&it->second)) return *big;
  throw VmError("'" + std::string(name) + "' is not an int", "TypeError");
}

void set_scope_int(const HintContext& ctx, std::string_view name, const BigInt& value) {
  ScopeDict& scope = ctx.vm.exec_scopes.back();
  if (sgn(value) >= 0 && value < prime_bigint()) {
    assign_scope(scope, std::string(name), felt_mod(value));
  } else {
    assign_scope(scope, std::string(name), value);
  }
}

void require_scope_name(const HintContext& ctx, std::string_view name) {
  if (!ctx.vm.exec_scopes.back().contains(name)) {
    throw VmError("name '" + std::string(name) + "' is not defined", "NameError");
  }
}

void write_int(const HintContext& ctx, Relocatable address, const BigInt& value) {
  ctx.vm.memory().insert(address, felt_mod(value));
}

void set_ids_int(const HintContext& ctx, std::string_view name, const BigInt& value) {
  if (sgn(value) < 0) {
    throw VmError("Memory value must be nonnegative. Got " + dec_string(value) + ".", "ValueError");
  }
  ctx.ids_set(name, felt_mod(value));
}

}  // namespace cairovm
