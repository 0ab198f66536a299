// Native hints of math.cairo, math_cmp.cairo, pow.cairo and log2_ceil.cairo. Each follows the
// reference's Python line by line (the comments give the line numbers used in error reports).
#include <array>

#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using namespace hint_support;

BigInt constant(PyHint& h, const char* name) {
  return to_big(h.ctx().ids_constant(name));
}

// Bounds the hints compare with, computed once (a division per run of a hint showed in profiles).
const BigInt& prime_over_rc_bound() {
  static const BigInt value = prime() / rc_bound();
  return value;
}
const BigInt& half_rc_bound() {
  static const BigInt value = rc_bound() / 2;
  return value;
}
const BigInt& low128_mask() {
  static const BigInt value = (BigInt(1) << 128) - 1;
  return value;
}
const BigInt& third_prime() {
  static const BigInt value = prime() / 3;
  return value;
}

// Python's `x % PRIME` of an int.
BigInt mod_p(const BigInt& x) {
  BigInt r = x % prime();
  if (r < 0) r += prime();
  return r;
}

// Python's divmod (floor division); the caller has checked that `d` is not zero.
std::pair<BigInt, BigInt> py_divmod(const BigInt& n, const BigInt& d) {
  BigInt q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  return {q, r};
}

void write_ap(PyHint& h, bool value) {
  h.write(h.vm().ap, value ? Felt::one() : Felt::zero());
}

// --- math.cairo

void assert_not_zero(PyHint& h) {
  const BigInt value = h.at(2).assert_integer("value");
  h.at(3).check(value % prime() != 0,
                [&] { return "assert_not_zero failed: " + dec(value) + " = 0."; });
}

void assert_not_equal(PyHint& h) {
  const MaybeRelocatable a = h.id("a"), b = h.id("b");
  const bool both_ints = a.is_felt() && b.is_felt();
  const bool both_relocatable = a.is_relocatable() && b.is_relocatable() &&
                                a.relocatable().segment == b.relocatable().segment;
  h.at(6).check(both_ints || both_relocatable, [&] {
    return "assert_not_equal failed: non-comparable values: " + py_str(a) + ", " + py_str(b) + ".";
  });
  const bool equal =
      both_ints ? a.felt() == b.felt() : a.relocatable().offset == b.relocatable().offset;
  h.at(8).check(!equal,
                [&] { return "assert_not_equal failed: " + py_str(a) + " = " + py_str(b) + "."; });
}

void assert_nn(PyHint& h) {
  const BigInt a = h.at(2).assert_integer("a");
  h.at(3).check(a < rc_bound(), [&] { return "a = " + dec(a) + " is out of range."; });
}

void assert_250_bit(PyHint& h) {
  const BigInt value = mod_p(h.at(4).as_int("value"));
  h.set_scope_int("value", value);
  h.at(5).check(value < constant(h, "UPPER_BOUND"),
                [&] { return dec(value) + " is outside of the range [0, 2**250)."; });
  const auto [high, low] = py_divmod(h.at(8).id_int("value", "divmod()"), constant(h, "SHIFT"));
  h.set_id("high", high);
  h.set_id("low", low);
}

void split_felt(PyHint& h) {
  const BigInt max_high = constant(h, "MAX_HIGH"), max_low = constant(h, "MAX_LOW");
  const BigInt& two128 = rc_bound();
  h.at(2).check(max_high < two128 && max_low < two128);
  h.at(3).check(prime() - 1 == max_high * two128 + max_low);
  const BigInt value = h.at(4).assert_integer("value");
  h.at(5).set_id("low", BigInt(value & low128_mask()));
  h.at(6).set_id("high", BigInt(value >> 128));
}

void assert_lt_felt(PyHint& h) {
  const BigInt a = h.at(2).assert_integer("a");
  const BigInt b = h.at(3).assert_integer("b");
  h.at(4).check(a < b, [&] { return "a = " + dec(a) + " is not less than b = " + dec(b) + "."; });
}

// `assert_integer(ids.div)` and `assert 0 < ids.div <= PRIME // range_check_builtin.bound`.
BigInt checked_divisor(PyHint& h, int line) {
  const BigInt div = h.at(line).assert_integer("div");
  h.at(line + 1).check(div > 0 && div <= prime_over_rc_bound(),
                       [&] { return "div=" + hex(div) + " is out of the valid range."; });
  return div;
}

void unsigned_div_rem(PyHint& h) {
  // The common case on limbs, without mpz: div and value field elements, div one word (below
  // 2^64, so within the bound P // 2^128) and not zero. Anything else takes the general way
  // from the start (nothing was written yet), which raises what the reference raises.
  if (const MaybeRelocatable div = h.at(2).id("div"); div.is_felt()) {
    const Felt::Limbs d = div.felt().limbs();
    if (d[0] != 0 && (d[1] | d[2] | d[3]) == 0) {
      if (const MaybeRelocatable value = h.at(5).id("value"); value.is_felt()) {
        const auto [q, r] = value.felt().divmod_word(d[0]);
        h.set_id("q", MaybeRelocatable{q});
        h.set_id("r", MaybeRelocatable{Felt{r}});
        return;
      }
    }
  }
  const BigInt div = checked_divisor(h, 2);
  const auto [q, r] = py_divmod(h.at(5).id_int("value", "divmod()"), div);
  h.set_id("q", q);
  h.set_id("r", r);
}

void signed_div_rem(PyHint& h) {
  const BigInt div = checked_divisor(h, 3);
  const BigInt bound = h.at(7).assert_integer("bound");
  h.at(8).check(bound <= half_rc_bound(),
                [&] { return "bound=" + hex(bound) + " is out of the valid range."; });
  const BigInt int_value = h.at(11).as_int("value");
  const auto [quotient, r] = py_divmod(int_value, div);
  const BigInt& q = quotient;  // a plain reference: clang 14 cannot capture a structured binding
  h.at(12).set_id("r", r);
  h.at(14).check(-bound <= q && q < bound, [&] {
    return dec(int_value) + " / " + dec(div) + " = " + dec(q) + " is out of the range [" +
           dec(-bound) + ", " + dec(bound) + ").";
  });
  h.at(17).set_id("biased_q", BigInt(q + bound));
}

void is_positive(PyHint& h) {
  h.at(2);
  const MaybeRelocatable value = h.id("value");
  if (!value.is_felt()) {
    h.raise("AssertionError", "Expected integer, found: " + py_str(value) + ".",
            {{"starkware/cairo/common/math_utils.py", 23, "is_positive",
              "          ^^^^^^^^^^^^^^^^^^^^"},
             {"starkware/cairo/common/math_utils.py", 13, "as_int"},
             {"starkware/cairo/common/math_utils.py", 5, "assert_integer"}});
  }
  const BigInt val = h.as_int("value");
  if (abs(val) >= rc_bound()) {
    h.raise("AssertionError", "value=" + dec(val) + " is out of the valid range.",
            {{"starkware/cairo/common/math_utils.py", 24, "is_positive",
              "           ^^^^^^^^^^^^^^^^^^^"}});
  }
  h.set_id("is_positive", BigInt(val > 0 ? 1 : 0));
}

void sqrt_hint(PyHint& h) {
  const BigInt value = mod_p(h.at(2).id_int("value"));
  h.set_scope_int("value", value);
  h.at(3).check(value < (BigInt(1) << 250),
                [&] { return "value=" + dec(value) + " is outside of the range [0, 2**250)."; });
  BigInt root;
  mpz_sqrt(root.get_mpz_t(), value.get_mpz_t());
  h.at(5).set_id("root", root);
}

void is_quad_residue(PyHint& h) {
  const BigInt x = h.at(4).id_int("x");
  h.set_scope_int("x", x);
  if (auto root = least_sqrt_mod(x, prime())) {
    h.at(6).set_id("y", *root);
    return;
  }
  // 3 is not a square modulo P, so x / 3 is one.
  BigInt inv3;
  const BigInt three = 3;
  mpz_invert(inv3.get_mpz_t(), three.get_mpz_t(), prime().get_mpz_t());
  h.at(8).set_id("y", *least_sqrt_mod(mod_p(x * inv3), prime()));
}

// divmod(n, d) for d > 0 with mpn's division on the caller's limbs (no allocation); both fit in
// 256 bits.
std::pair<Felt, Felt> divmod_limbs(const Felt::Limbs& n, const Felt::Limbs& d) {
  static_assert(sizeof(mp_limb_t) == sizeof(std::uint64_t));
  const auto significant = [](const Felt::Limbs& x) {
    mp_size_t size = static_cast<mp_size_t>(x.size());
    while (size > 0 && x[static_cast<std::size_t>(size) - 1] == 0) --size;
    return size;
  };
  const mp_size_t nn = significant(n), dn = significant(d);
  Felt::Limbs q{}, r{};
  if (nn < dn) return {Felt::zero(), Felt::from_canonical_limbs_unchecked(n)};
  mpn_tdiv_qr(reinterpret_cast<mp_limb_t*>(q.data()), reinterpret_cast<mp_limb_t*>(r.data()), 0,
              reinterpret_cast<const mp_limb_t*>(n.data()), nn,
              reinterpret_cast<const mp_limb_t*>(d.data()), dn);
  // q <= n and r < d, both below P.
  return {Felt::from_canonical_limbs_unchecked(q), Felt::from_canonical_limbs_unchecked(r)};
}

// assert_le_felt when a and b are field elements and every check passes, on limbs; false, having
// only set scope variables that the general way sets again, otherwise.
bool assert_le_felt_on_limbs(PyHint& h) {
  const MaybeRelocatable a_value = h.at(4).id("a");
  if (!a_value.is_felt()) return false;
  const MaybeRelocatable b_value = h.at(5).id("b");
  if (!b_value.is_felt()) return false;
  const Felt a = a_value.felt(), b = b_value.felt();  // canonical: `% PRIME` changes nothing
  if (limbs::less(b.limbs(), a.limbs())) return false;
  assign_scope(h.scope(), "a", a);
  assign_scope(h.scope(), "b", b);
  // (value, index) sorted as Python sorts the tuples; the three arcs add up to P - 1.
  std::array<std::pair<Felt, int>, 3> arcs = {
      {{a, 0}, {b - a, 1}, {Felt::prime_minus_one() - b, 2}}};
  std::sort(arcs.begin(), arcs.end(), [](const auto& x, const auto& y) {
    if (x.first != y.first) return limbs::less(x.first.limbs(), y.first.limbs());
    return x.second < y.second;
  });
  static const Felt third = to_felt(third_prime()), half = to_felt(half_prime());
  if (limbs::less(third.limbs(), arcs[0].first.limbs()) ||
      limbs::less(half.limbs(), arcs[1].first.limbs())) {
    return false;
  }
  assign_scope(h.scope(), "excluded", Felt{static_cast<std::uint64_t>(arcs[2].second)});
  // From here in the general way's order, with its errors: no starting over once written.
  const Relocatable rc = h.ctx().ids_pointer("range_check_ptr");
  const Felt over_3_high = h.ctx().ids_constant("PRIME_OVER_3_HIGH");
  if (over_3_high.is_zero())
    h.at(16).raise("ZeroDivisionError", "integer division or modulo by zero");
  const auto [q0, r0] = divmod_limbs(arcs[0].first.limbs(), over_3_high.limbs());
  h.at(16).write(add(rc, 1), q0);
  h.write(rc, r0);
  const Felt over_2_high = h.ctx().ids_constant("PRIME_OVER_2_HIGH");
  if (over_2_high.is_zero())
    h.at(18).raise("ZeroDivisionError", "integer division or modulo by zero");
  const auto [q1, r1] = divmod_limbs(arcs[1].first.limbs(), over_2_high.limbs());
  h.at(18).write(add(rc, 3), q1);
  h.write(add(rc, 2), r1);
  return true;
}

void assert_le_felt(PyHint& h) {
  if (assert_le_felt_on_limbs(h)) return;
  const BigInt a = mod_p(h.at(4).assert_integer("a"));
  const BigInt b = mod_p(h.at(5).assert_integer("b"));
  h.set_scope_int("a", a);
  h.set_scope_int("b", b);
  h.at(8).check(a <= b, [&] {
    return "a = " + dec(a) + " is not less than or equal to b = " + dec(b) + ".";
  });
  std::array<std::pair<BigInt, int>, 3> arcs = {
      {{a, 0}, {BigInt(b - a), 1}, {BigInt(prime() - 1 - b), 2}}};
  std::sort(arcs.begin(), arcs.end());
  h.at(13).check(arcs[0].first <= third_prime() && arcs[1].first <= half_prime());
  h.set_scope_int("excluded", arcs[2].second);
  const Relocatable rc = h.ctx().ids_pointer("range_check_ptr");
  const auto [q0, r0] = py_divmod(arcs[0].first, constant(h, "PRIME_OVER_3_HIGH"));
  h.at(16).write(add(rc, 1), q0);
  h.write(rc, r0);
  const auto [q1, r1] = py_divmod(arcs[1].first, constant(h, "PRIME_OVER_2_HIGH"));
  h.at(18).write(add(rc, 3), q1);
  h.write(add(rc, 2), r1);
}

void excluded_is_not_0(PyHint& h) {
  write_ap(h, h.scope_int("excluded") != 0);
}
void excluded_is_not_1(PyHint& h) {
  write_ap(h, h.scope_int("excluded") != 1);
}
void excluded_is_2(PyHint& h) {
  h.check(h.scope_int("excluded") == 2);
}

void split_int_limb(PyHint& h) {
  const BigInt value = mod_p(h.id_int("value", "int()"));
  const BigInt base = h.id_int("base");
  if (base == 0) h.raise("ZeroDivisionError", "integer modulo by zero");
  BigInt res = value % base;
  if (res < 0) res += base;
  const MaybeRelocatable output = h.id("output");
  if (!output.is_relocatable()) h.raise("KeyError", "Memory address must be a relocatable value.");
  h.write(output.relocatable(), res);
  h.set_scope_int("res", res);
  h.at(2).check(res < h.id_int("bound", "<"),
                [&] { return "split_int(): Limb " + dec(res) + " is out of range."; });
}

void split_int_done(PyHint& h) {
  const MaybeRelocatable value = h.id("value");
  h.check(value.is_felt() && value.felt().is_zero(), "split_int(): value is out of range.");
}

// --- math_cmp.cairo

void is_le_felt(PyHint& h) {
  write_ap(h, !(h.id_int("a") <= h.id_int("b")));
}

void is_nn_out_of_range(PyHint& h) {
  const BigInt a = h.id_int("a", "unary -");
  write_ap(h, !(mod_p(-a - 1) < rc_bound()));
}

void is_nn(PyHint& h) {
  write_ap(h, !(h.id_int("a") < rc_bound()));
}

// --- pow.cairo

void signed_pow_nonzero_base(PyHint& h) {
  const MaybeRelocatable base = h.id("base");
  h.check(!(base.is_felt() && base.felt().is_zero()), "Cannot raise 0 to a negative power.");
}

// LoopLocals of pow(): bit, temp0, res, base, exp.
constexpr std::int64_t kLoopLocalsBit = 0, kLoopLocalsExp = 4;

void pow_bit(PyHint& h) {
  const Relocatable prev = h.ctx().ids_pointer("prev_locs");
  const MaybeRelocatable exp = h.read(add(prev, kLoopLocalsExp));
  if (!exp.is_felt()) {
    h.raise("TypeError", "unsupported operand type(s) for %: 'RelocatableValue' and 'int'");
  }
  const Relocatable locs = h.ctx().ids_pointer("locs");
  h.write(add(locs, kLoopLocalsBit), BigInt(to_big(exp.felt()) & 1));
}

// --- log2_ceil.cairo

void log2_ceil(PyHint& h) {
  const BigInt value = h.at(2).id_int("value", ">");
  if (value <= 0) {
    h.raise("AssertionError", "", {{"starkware/python/math_utils.py", 75, "log2_ceil"}});
  }
  const BigInt below = value - 1;
  h.set_id("res", BigInt(below == 0 ? 0 : mpz_sizeinbase(below.get_mpz_t(), 2)));
}

constexpr std::array kMathHints = {
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.value)
assert ids.value % PRIME != 0, f'assert_not_zero failed: {ids.value} = 0.')PY",
               py<assert_not_zero>},
    NativeHint{R"PY(from starkware.cairo.lang.vm.relocatable import RelocatableValue
both_ints = isinstance(ids.a, int) and isinstance(ids.b, int)
both_relocatable = (
    isinstance(ids.a, RelocatableValue) and isinstance(ids.b, RelocatableValue) and
    ids.a.segment_index == ids.b.segment_index)
assert both_ints or both_relocatable, \
    f'assert_not_equal failed: non-comparable values: {ids.a}, {ids.b}.'
assert (ids.a - ids.b) % PRIME != 0, f'assert_not_equal failed: {ids.a} = {ids.b}.')PY",
               py<assert_not_equal>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert 0 <= ids.a % PRIME < range_check_builtin.bound, f'a = {ids.a} is out of range.')PY",
               py<assert_nn>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import as_int

# Correctness check.
value = as_int(ids.value, PRIME) % PRIME
assert value < ids.UPPER_BOUND, f'{value} is outside of the range [0, 2**250).'

# Calculation for the assertion.
ids.high, ids.low = divmod(ids.value, ids.SHIFT))PY",
               py<assert_250_bit>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert ids.MAX_HIGH < 2**128 and ids.MAX_LOW < 2**128
assert PRIME - 1 == ids.MAX_HIGH * 2**128 + ids.MAX_LOW
assert_integer(ids.value)
ids.low = ids.value & ((1 << 128) - 1)
ids.high = ids.value >> 128)PY",
               py<split_felt>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
assert (ids.a % PRIME) < (ids.b % PRIME), \
    f'a = {ids.a % PRIME} is not less than b = {ids.b % PRIME}.')PY",
               py<assert_lt_felt>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.div)
assert 0 < ids.div <= PRIME // range_check_builtin.bound, \
    f'div={hex(ids.div)} is out of the valid range.'
ids.q, ids.r = divmod(ids.value, ids.div))PY",
               py<unsigned_div_rem>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import as_int, assert_integer

assert_integer(ids.div)
assert 0 < ids.div <= PRIME // range_check_builtin.bound, \
    f'div={hex(ids.div)} is out of the valid range.'

assert_integer(ids.bound)
assert ids.bound <= range_check_builtin.bound // 2, \
    f'bound={hex(ids.bound)} is out of the valid range.'

int_value = as_int(ids.value, PRIME)
q, ids.r = divmod(int_value, ids.div)

assert -ids.bound <= q < ids.bound, \
    f'{int_value} / {ids.div} = {q} is out of the range [{-ids.bound}, {ids.bound}).'

ids.biased_q = q + ids.bound)PY",
               py<signed_div_rem>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import is_positive
ids.is_positive = 1 if is_positive(
    value=ids.value, prime=PRIME, rc_bound=range_check_builtin.bound) else 0)PY",
               py<is_positive>},
    NativeHint{R"PY(from starkware.python.math_utils import isqrt
value = ids.value % PRIME
assert value < 2 ** 250, f"value={value} is outside of the range [0, 2**250)."
assert 2 ** 250 < PRIME
ids.root = isqrt(value))PY",
               py<sqrt_hint>},
    NativeHint{R"PY(from starkware.crypto.signature.signature import FIELD_PRIME
from starkware.python.math_utils import div_mod, is_quad_residue, sqrt

x = ids.x
if is_quad_residue(x, FIELD_PRIME):
    ids.y = sqrt(x, FIELD_PRIME)
else:
    ids.y = sqrt(div_mod(x, 3, FIELD_PRIME), FIELD_PRIME))PY",
               py<is_quad_residue>},
    NativeHint{R"PY(import itertools

from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
a = ids.a % PRIME
b = ids.b % PRIME
assert a <= b, f'a = {a} is not less than or equal to b = {b}.'

# Find an arc less than PRIME / 3, and another less than PRIME / 2.
lengths_and_indices = [(a, 0), (b - a, 1), (PRIME - 1 - b, 2)]
lengths_and_indices.sort()
assert lengths_and_indices[0][0] <= PRIME // 3 and lengths_and_indices[1][0] <= PRIME // 2
excluded = lengths_and_indices[2][1]

memory[ids.range_check_ptr + 1], memory[ids.range_check_ptr + 0] = (
    divmod(lengths_and_indices[0][0], ids.PRIME_OVER_3_HIGH))
memory[ids.range_check_ptr + 3], memory[ids.range_check_ptr + 2] = (
    divmod(lengths_and_indices[1][0], ids.PRIME_OVER_2_HIGH)))PY",
               py<assert_le_felt>},
    NativeHint{"memory[ap] = 1 if excluded != 0 else 0", py<excluded_is_not_0>},
    NativeHint{"memory[ap] = 1 if excluded != 1 else 0", py<excluded_is_not_1>},
    NativeHint{"assert excluded == 2", py<excluded_is_2>},
    NativeHint{R"PY(memory[ids.output] = res = (int(ids.value) % PRIME) % ids.base
assert res < ids.bound, f'split_int(): Limb {res} is out of range.')PY",
               py<split_int_limb>},
    NativeHint{"assert ids.value == 0, 'split_int(): value is out of range.'", py<split_int_done>},
    NativeHint{"memory[ap] = 0 if (ids.a % PRIME) <= (ids.b % PRIME) else 1", py<is_le_felt>},
    NativeHint{"memory[ap] = 0 if 0 <= ((-ids.a - 1) % PRIME) < range_check_builtin.bound else 1",
               py<is_nn_out_of_range>},
    NativeHint{"memory[ap] = 0 if 0 <= (ids.a % PRIME) < range_check_builtin.bound else 1",
               py<is_nn>},
    NativeHint{R"PY(assert ids.base != 0, "Cannot raise 0 to a negative power.")PY",
               py<signed_pow_nonzero_base>},
    NativeHint{"ids.locs.bit = (ids.prev_locs.exp % PRIME) & 1", py<pow_bit>},
    NativeHint{R"PY(from starkware.python.math_utils import log2_ceil
ids.res = log2_ceil(ids.value))PY",
               py<log2_ceil>},
};

}  // namespace

std::span<const NativeHint> math_hints() {
  return kMathHints;
}

}  // namespace cairovm
