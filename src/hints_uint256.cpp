// Native hints of uint256.cairo. A Uint256 is the struct {low, high} (offsets 0 and 1).
#include <array>

#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using namespace hint_support;

constexpr std::int64_t kLow = 0, kHigh = 1;

const BigInt& mask128() {
  static const BigInt mask = (BigInt(1) << 128) - 1;
  return mask;
}

// `(ids.x.high << 128) + ids.x.low`.
BigInt uint256_value(PyHint& h, std::string_view name) {
  const BigInt high = h.member_int(name, kHigh);
  return (high << 128) + h.member_int(name, kLow);
}

// Python's divmod for non-negative operands; ZeroDivisionError as Python raises it.
std::pair<BigInt, BigInt> divmod_or_raise(PyHint& h, const BigInt& n, const BigInt& d) {
  if (d == 0) h.raise("ZeroDivisionError", "integer division or modulo by zero");
  BigInt q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  return {q, r};
}

// Python ints that are sums of a few field elements, as exact 256-bit values (the canonical values
// are below 2^252, so three of them add up without overflow): the two hints the uint256 library
// runs most stay off mpz, whose allocations cost more than the hints' arithmetic.
Felt::Limbs exact_sum(const Felt& a, const Felt& b) {
  Felt::Limbs sum;
  limbs::Carry carry = 0;
  for (std::size_t i = 0; i < sum.size(); ++i) {
    sum[i] = limbs::add_carry(a.limbs()[i], b.limbs()[i], carry, carry);
  }
  return sum;
}

Felt::Limbs exact_sum(const Felt::Limbs& a, std::uint64_t b) {
  Felt::Limbs sum;
  limbs::Carry carry = 0;
  sum[0] = limbs::add_carry(a[0], b, 0, carry);
  for (std::size_t i = 1; i < sum.size(); ++i) sum[i] = limbs::add_carry(a[i], 0, carry, carry);
  return sum;
}

// keep() for an exact value: kept when below P.
void keep_exact(PyHint& h, std::string_view name, const Felt::Limbs& value) {
  if (limbs::less(value, Felt::kPrimeLimbs)) {
    assign_scope(h.scope(), std::string(name), Felt::from_canonical_limbs_unchecked(value));
  }
}

// `x + y` of the hint's Python: an exact int, or a RelocatableValue (an int added to a pointer),
// which Python finds greater than any int. Two pointers fail in RelocatableValue.__add__.
struct PySum {
  Felt::Limbs exact{};
  bool pointer = false;
};

PySum py_sum(PyHint& h, const MaybeRelocatable& x, const MaybeRelocatable& y) {
  if (x.is_relocatable() && y.is_relocatable()) {
    h.raise("AssertionError",
            "Cannot add two relocatable values: " + py_str(x) + " + " + py_str(y) + ".",
            {{"starkware/cairo/lang/vm/relocatable.py", 26, "__add__"}});
  }
  if (x.is_relocatable() || y.is_relocatable()) return {{}, true};
  return {exact_sum(x.felt(), y.felt()), false};
}

PySum py_sum(const PySum& x, std::uint64_t y) {
  return x.pointer ? x : PySum{exact_sum(x.exact, y), false};
}

// `1 if sum >= ids.SHIFT else 0`.
std::uint64_t carry_of(const PySum& sum, const Felt::Limbs& shift) {
  return sum.pointer || !limbs::less(sum.exact, shift) ? 1 : 0;
}

void uint256_add(PyHint& h) {
  const Felt::Limbs shift = h.ctx().ids_constant("SHIFT").limbs();
  const MaybeRelocatable a_low = h.at(1).read(h.member("a", kLow));
  const MaybeRelocatable b_low = h.read(h.member("b", kLow));
  const PySum sum_low = py_sum(h, a_low, b_low);
  if (!sum_low.pointer) keep_exact(h, "sum_low", sum_low.exact);
  h.at(2).set_id("carry_low", MaybeRelocatable{Felt{carry_of(sum_low, shift)}});
  const MaybeRelocatable a_high = h.at(3).read(h.member("a", kHigh));
  const MaybeRelocatable b_high = h.read(h.member("b", kHigh));
  const PySum high = py_sum(h, a_high, b_high);
  const MaybeRelocatable carry = h.id("carry_low");
  // The carry read back is the 0 or 1 just written (set_id raised on anything else there).
  const PySum sum_high = py_sum(high, carry.felt().limbs()[0]);
  if (!sum_high.pointer) keep_exact(h, "sum_high", sum_high.exact);
  h.at(4).set_id("carry_high", MaybeRelocatable{Felt{carry_of(sum_high, shift)}});
}

void split_64(PyHint& h) {
  const MaybeRelocatable a = h.at(1).id("a");
  if (!a.is_felt()) (void)h.id_int("a", "&");  // raises its TypeError
  // a's int is its canonical value: its low 64 bits and the rest, without mpz.
  const Felt::Limbs words = a.felt().limbs();
  h.set_id("low", MaybeRelocatable{Felt{words[0]}});
  h.at(2).set_id(
      "high",
      MaybeRelocatable{Felt::from_canonical_limbs_unchecked({words[1], words[2], words[3], 0})});
}

void uint256_sqrt(PyHint& h) {
  const BigInt n = uint256_value(h.at(2), "n");
  h.keep("n", n);
  BigInt root;
  mpz_sqrt(root.get_mpz_t(), n.get_mpz_t());
  h.keep("root", root);
  h.at(4).check(root < (BigInt(1) << 128));
  h.at(5).write(h.member("root", kLow), root);
  h.at(6).write(h.member("root", kHigh), BigInt(0));
}

void uint256_signed_nn(PyHint& h) {
  const BigInt high = h.member_int("a", kHigh);
  h.write(h.vm().ap, high < (BigInt(1) << 127) ? Felt::one() : Felt::zero());
}

void uint256_unsigned_div_rem(PyHint& h) {
  const BigInt a = uint256_value(h.at(1), "a");
  const BigInt div = uint256_value(h.at(2), "div");
  h.keep("a", a);
  h.keep("div", div);
  const auto [quotient, remainder] = divmod_or_raise(h.at(3), a, div);
  h.keep("quotient", quotient);
  h.keep("remainder", remainder);
  h.at(5).write(h.member("quotient", kLow), BigInt(quotient & mask128()));
  h.at(6).write(h.member("quotient", kHigh), BigInt(quotient >> 128));
  h.at(7).write(h.member("remainder", kLow), BigInt(remainder & mask128()));
  h.at(8).write(h.member("remainder", kHigh), BigInt(remainder >> 128));
}

void uint256_mul_div_mod(PyHint& h) {
  const BigInt a = uint256_value(h.at(1), "a");
  const BigInt b = uint256_value(h.at(2), "b");
  const BigInt div = uint256_value(h.at(3), "div");
  h.keep("a", a);
  h.keep("b", b);
  h.keep("div", div);
  const auto [quotient, remainder] = divmod_or_raise(h.at(4), BigInt(a * b), div);
  h.keep("quotient", quotient);
  h.keep("remainder", remainder);
  h.at(6).write(h.member("quotient_low", kLow), BigInt(quotient & mask128()));
  h.at(7).write(h.member("quotient_low", kHigh), BigInt((quotient >> 128) & mask128()));
  h.at(8).write(h.member("quotient_high", kLow), BigInt((quotient >> 256) & mask128()));
  h.at(9).write(h.member("quotient_high", kHigh), BigInt(quotient >> 384));
  h.at(10).write(h.member("remainder", kLow), BigInt(remainder & mask128()));
  h.at(11).write(h.member("remainder", kHigh), BigInt(remainder >> 128));
}

constexpr std::array kUint256Hints = {
    NativeHint{R"PY(sum_low = ids.a.low + ids.b.low
ids.carry_low = 1 if sum_low >= ids.SHIFT else 0
sum_high = ids.a.high + ids.b.high + ids.carry_low
ids.carry_high = 1 if sum_high >= ids.SHIFT else 0)PY",
               py<uint256_add>},
    NativeHint{R"PY(ids.low = ids.a & ((1<<64) - 1)
ids.high = ids.a >> 64)PY",
               py<split_64>},
    NativeHint{R"PY(from starkware.python.math_utils import isqrt
n = (ids.n.high << 128) + ids.n.low
root = isqrt(n)
assert 0 <= root < 2 ** 128
ids.root.low = root
ids.root.high = 0)PY",
               py<uint256_sqrt>},
    NativeHint{"memory[ap] = 1 if 0 <= (ids.a.high % PRIME) < 2 ** 127 else 0",
               py<uint256_signed_nn>},
    NativeHint{R"PY(a = (ids.a.high << 128) + ids.a.low
div = (ids.div.high << 128) + ids.div.low
quotient, remainder = divmod(a, div)

ids.quotient.low = quotient & ((1 << 128) - 1)
ids.quotient.high = quotient >> 128
ids.remainder.low = remainder & ((1 << 128) - 1)
ids.remainder.high = remainder >> 128)PY",
               py<uint256_unsigned_div_rem>},
    NativeHint{R"PY(a = (ids.a.high << 128) + ids.a.low
b = (ids.b.high << 128) + ids.b.low
div = (ids.div.high << 128) + ids.div.low
quotient, remainder = divmod(a * b, div)

ids.quotient_low.low = quotient & ((1 << 128) - 1)
ids.quotient_low.high = (quotient >> 128) & ((1 << 128) - 1)
ids.quotient_high.low = (quotient >> 256) & ((1 << 128) - 1)
ids.quotient_high.high = quotient >> 384
ids.remainder.low = remainder & ((1 << 128) - 1)
ids.remainder.high = remainder >> 128)PY",
               py<uint256_mul_div_mod>},
};

}  // namespace

std::span<const NativeHint> uint256_hints() {
  return kUint256Hints;
}

}  // namespace cairovm
