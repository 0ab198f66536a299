// Native hints of widely used big-integer libraries beyond cairo-lang's common library: uint384
// and uint768 arithmetic (a Uint384 is {d0, d1, d2} of 128 bits, a Uint768 {d0, ..., d5}), uint512
// division and inverse (a Uint512 is {d0, ..., d3}), uint256 helpers over a field given at run
// time (square roots, inverses; a Uint256Expanded is {B0, b01, b12, b23, b3}), the ec_recover
// helpers over BigInt3 (secp_utils.pack, 86-bit limbs), the scalar bits of double-scalar
// multiplication, and ed25519's square root. Each runs the statements of its Python code in
// order, leaving the same int scope variables, and fails where and as the Python code fails.
#include <array>
#include <string>

#include "hint_bigint.hpp"
#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using hint_support::LibraryFrame;
using hint_support::py;
using hint_support::PyHint;

constexpr LibraryFrame kDivModFrame{"starkware/python/math_utils.py", 37, "div_mod",
                                    "           ^^^^^^"};
constexpr LibraryFrame kSafeDivNonZeroFrame{"starkware/python/math_utils.py", 22, "safe_div"};
constexpr LibraryFrame kSafeDivFrame{"starkware/python/math_utils.py", 23, "safe_div"};

const BigInt& mask128() {
  static const BigInt mask = (BigInt(1) << 128) - 1;
  return mask;
}

// A Python assignment of an int to a scope variable.
void let(PyHint& h, std::string_view name, const BigInt& value) {
  set_scope_int(h.ctx(), name, value);
}

// The names a hint imports or defines as functions, seen by later hints of the scope.
void define(PyHint& h, std::initializer_list<const char*> names) {
  for (const char* name : names) assign_scope(h.scope(), std::string(name), ImportedName{});
}

// `pack(ids.<name>, num_bits_shift=128)` over `n_limbs` members: sum(limb << (128 * i)).
BigInt pack128(PyHint& h, std::string_view name, int n_limbs) {
  BigInt result = 0;
  for (int i = n_limbs - 1; i >= 0; --i) result = (result << 128) + h.member_int(name, i);
  return result;
}

// `ids.<name>.<limb i> = split(value)[i]` for `n_limbs` 128-bit limbs, one line each from `line`.
void write_split128(PyHint& h, std::string_view name, BigInt value, int n_limbs, int line) {
  for (int i = 0; i < n_limbs; ++i) {
    h.at(line + i).write(h.member(name, i), BigInt(value & mask128()));
    value >>= 128;
  }
}

// secp_utils.pack(ids.<name>, PRIME): three 86-bit limbs, each the signed lift.
BigInt pack86(PyHint& h, std::string_view name) {
  return pack_bigint3(h.ctx(), h.ctx().ids_address(name));
}

std::pair<BigInt, BigInt> py_divmod(PyHint& h, const BigInt& n, const BigInt& d) {
  if (d == 0) h.raise("ZeroDivisionError", "integer division or modulo by zero");
  return {py_floordiv(n, d), py_mod(n, d)};
}

BigInt py_modulo(PyHint& h, const BigInt& n, const BigInt& d) {
  if (d == 0) h.raise("ZeroDivisionError", "integer modulo by zero");
  return py_mod(n, d);
}

// math_utils.div_mod(n, m, p): igcdex(m, p) must give gcd 1; then (n * a) % p.
BigInt py_div_mod(PyHint& h, const BigInt& n, const BigInt& m, const BigInt& p) {
  if (p == 0) {
    // igcdex(m, 0) is (sign(m), 0, |m|).
    if (abs(m) != 1) h.raise("AssertionError", "", {kDivModFrame});
    h.raise("ZeroDivisionError", "integer modulo by zero",
            {{"starkware/python/math_utils.py", 38, "div_mod"}});
  }
  BigInt gcd;
  mpz_gcd(gcd.get_mpz_t(), m.get_mpz_t(), p.get_mpz_t());
  if (gcd != 1) h.raise("AssertionError", "", {kDivModFrame});
  return div_mod(n, m, p);
}

// math_utils.safe_div(x, y).
BigInt py_safe_div(PyHint& h, const BigInt& x, const BigInt& y) {
  if (y == 0) h.raise("AssertionError", "", {kSafeDivNonZeroFrame});
  if (py_mod(x, y) != 0) {
    h.raise("AssertionError", dec_string(x) + " is not divisible by " + dec_string(y) + ".",
            {kSafeDivFrame});
  }
  return py_floordiv(x, y);
}

// A scope variable the hint reads (NameError when missing).
BigInt var(PyHint& h, std::string_view name) {
  try {
    return scope_int(h.ctx(), name);
  } catch (const VmError& e) {
    h.raise(e.kind(), e.what());
  }
}

// `safe_div` must have been imported by an earlier hint of the scope.
void require_safe_div(PyHint& h) {
  if (!h.scope().contains("safe_div")) h.raise("NameError", "name 'safe_div' is not defined");
}

// ------------------------------------------------------------------------------------------------
// uint384 / uint768 (128-bit limbs)

void uint384_unsigned_div_rem(PyHint& h) {
  define(h, {"split", "pack"});
  const BigInt a = pack128(h.at(12), "a", 3);
  let(h, "a", a);
  const BigInt div = pack128(h.at(13), "div", 3);
  let(h, "div", div);
  const auto [quotient, remainder] = py_divmod(h.at(14), a, div);
  let(h, "quotient", quotient);
  let(h, "remainder", remainder);
  write_split128(h, "quotient", quotient, 3, 19);
  write_split128(h, "remainder", remainder, 3, 24);
}

void uint384_sqrt(PyHint& h) {
  define(h, {"isqrt", "split", "pack"});
  const BigInt a = pack128(h.at(14), "a", 3);
  let(h, "a", a);
  BigInt root;
  mpz_sqrt(root.get_mpz_t(), a.get_mpz_t());
  let(h, "root", root);
  h.at(16).check(root < (BigInt(1) << 192));
  write_split128(h, "root", root, 3, 18);
}

void uint384_sub_reduced(PyHint& h) {
  define(h, {"split", "pack"});
  const BigInt a = pack128(h.at(12), "a", 3);
  let(h, "a", a);
  const BigInt b = pack128(h.at(13), "b", 3);
  let(h, "b", b);
  const BigInt p = pack128(h.at(14), "p", 3);
  let(h, "p", p);
  const BigInt res = py_modulo(h.at(16), a - b, p);
  let(h, "res", res);
  write_split128(h, "res", res, 3, 21);
}

// Lines of the statements after pack_extended (`a = pack_extended(...)`) in both spellings.
template <int FirstLine>
void uint768_div_rem_by_uint384(PyHint& h) {
  define(h, {"split", "pack", "pack_extended"});
  const BigInt a = pack128(h.at(FirstLine), "a", 6);
  let(h, "a", a);
  const BigInt div = pack128(h.at(FirstLine + 1), "div", 3);
  let(h, "div", div);
  const auto [quotient, remainder] = py_divmod(h.at(FirstLine + 3), a, div);
  let(h, "quotient", quotient);
  let(h, "remainder", remainder);
  write_split128(h, "quotient", quotient, 6, FirstLine + 7);
  write_split128(h, "remainder", remainder, 3, FirstLine + 15);
}

void uint384_div(PyHint& h) {
  define(h, {"div_mod", "split", "pack"});
  const BigInt a = pack128(h.at(14), "a", 3);
  let(h, "a", a);
  const BigInt b = pack128(h.at(15), "b", 3);
  let(h, "b", b);
  const BigInt p = pack128(h.at(16), "p", 3);
  let(h, "p", p);
  const BigInt inverse = py_div_mod(h.at(20), 1, b, p);
  let(h, "b_inverse_mod_p", inverse);
  write_split128(h, "b_inverse_mod_p", inverse, 3, 25);
}

// ------------------------------------------------------------------------------------------------
// Square roots over a prime given at run time: math_utils.is_quad_residue and sqrt (sympy's, the
// least root). For a prime p they are Euler's criterion and Tonelli-Shanks.

// is_quad_residue(n, p) for p = 1, 2 or an odd prime.
bool is_quad_residue(PyHint& h, const BigInt& n_in, const BigInt& p) {
  if (p < 1) {
    h.raise("ValueError", "p must be > 0",
            {{"starkware/python/math_utils.py", 83, "is_quad_residue"}});
  }
  const BigInt n = py_mod(n_in, p);
  if (n < 2 || p < 3) return true;
  return mpz_legendre(n.get_mpz_t(), p.get_mpz_t()) == 1;
}

// sqrt(n, p) for a residue n: the least of the roots.
BigInt least_root(const BigInt& n, const BigInt& p) {
  const BigInt reduced = py_mod(n, p);
  // 0 and 1 are their own least roots for every modulus (is_quad_residue answers them without a
  // primality test).
  if (p < 3 || reduced < 2) return reduced;
  return *hint_support::least_sqrt_mod(reduced, p);
}

// The roots of x and of generator * x and which exist; `ids.success_x`, `ids.success_gx` and the
// roots written as `n_limbs` 128-bit limbs, with the assignments at the given lines.
struct SquareRootLines {
  int generator, x, p, success_x, root_x, success_gx, root_gx, check, ids_success_x, sqrt_x,
      sqrt_gx;
};

// sympy answers for composite moduli too (by factoring): such a hint runs its Python code when
// the run has Python hints, and fails naming the reason otherwise.
bool runs_in_python_for_composite(PyHint& h, const BigInt& p) {
  if (p < 3 || mpz_probab_prime_p(p.get_mpz_t(), 40) != 0) return false;
  try {
    h.vm().run_hint_in_python(h.ctx().hint);
    return true;
  } catch (const HintError&) {
    throw;
  } catch (const VmError&) {
    h.raise("NotImplementedError", "the native square root hint needs a prime modulus, got " +
                                       dec_string(p) + ", and Python hints are off");
  }
}

void get_square_root(PyHint& h, int n_limbs, const SquareRootLines& at) {
  if (runs_in_python_for_composite(h, pack128(h, "p", n_limbs))) return;
  define(h, {"is_quad_residue", "sqrt", "split", "pack"});
  const BigInt generator = pack128(h.at(at.generator), "generator", n_limbs);
  let(h, "generator", generator);
  const BigInt x = pack128(h.at(at.x), "x", n_limbs);
  let(h, "x", x);
  const BigInt p = pack128(h.at(at.p), "p", n_limbs);
  let(h, "p", p);
  const bool success_x = is_quad_residue(h.at(at.success_x), x, p);
  const BigInt root_x = success_x ? least_root(x, p) : BigInt(0);
  const bool success_gx = is_quad_residue(h.at(at.success_gx), generator * x, p);
  const BigInt root_gx = success_gx ? least_root(generator * x, p) : BigInt(0);
  if (x != 0) h.at(at.check).check(success_x != success_gx);
  let(h, "success_x", success_x ? 1 : 0);
  let(h, "success_gx", success_gx ? 1 : 0);
  let(h, "root_x", root_x);  // `None` became 0
  let(h, "root_gx", root_gx);
  h.at(at.ids_success_x).set_id("success_x", BigInt(success_x ? 1 : 0));
  h.at(at.ids_success_x + 1).set_id("success_gx", BigInt(success_gx ? 1 : 0));
  write_split128(h, "sqrt_x", root_x, n_limbs, at.sqrt_x);
  write_split128(h, "sqrt_gx", root_gx, n_limbs, at.sqrt_gx);
}

void uint384_get_square_root(PyHint& h) {
  get_square_root(h, 3, {15, 16, 17, 19, 20, 22, 23, 27, 34, 38, 41});
}

void uint256_get_square_root(PyHint& h) {
  get_square_root(h, 2, {9, 10, 11, 13, 14, 15, 16, 20, 27, 32, 34});
}

// ------------------------------------------------------------------------------------------------
// uint256 and uint512 (128-bit limbs)

void uint256_expanded_div_rem(PyHint& h) {
  constexpr std::int64_t kB01 = 1, kB23 = 3;  // Uint256Expanded {B0, b01, b12, b23, b3}
  const BigInt a = pack128(h.at(1), "a", 2);
  let(h, "a", a);
  const BigInt div = (h.at(2).member_int("div", kB23) << 128) + h.member_int("div", kB01);
  let(h, "div", div);
  const auto [quotient, remainder] = py_divmod(h.at(3), a, div);
  let(h, "quotient", quotient);
  let(h, "remainder", remainder);
  h.at(5).write(h.member("quotient", 0), BigInt(quotient & mask128()));
  h.at(6).write(h.member("quotient", 1), BigInt(quotient >> 128));
  h.at(7).write(h.member("remainder", 0), BigInt(remainder & mask128()));
  h.at(8).write(h.member("remainder", 1), BigInt(remainder >> 128));
}

void uint256_inv_mod_p(PyHint& h) {
  define(h, {"div_mod", "split", "pack"});
  const BigInt a = pack128(h.at(10), "a", 2);
  let(h, "a", a);
  const BigInt b = pack128(h.at(11), "b", 2);
  let(h, "b", b);
  const BigInt p = pack128(h.at(12), "p", 2);
  let(h, "p", p);
  const BigInt inverse = py_div_mod(h.at(16), 1, b, p);
  let(h, "b_inverse_mod_p", inverse);
  h.at(20).write(h.member("b_inverse_mod_p", 0), BigInt(inverse & mask128()));
  h.at(21).write(h.member("b_inverse_mod_p", 1), BigInt(inverse >> 128));
}

void uint512_inv_mod_p(PyHint& h) {
  define(h, {"pack_512"});
  const BigInt x = pack128(h.at(5), "x", 4);
  let(h, "x", x);
  const BigInt p = h.at(6).member_int("p", 0) + (h.member_int("p", 1) << 128);
  let(h, "p", p);
  h.at(7);
  if (p == 0) h.raise("ValueError", "pow() 3rd argument cannot be 0");
  BigInt inverse = 0;
  if (p != 1 && mpz_invert(inverse.get_mpz_t(), x.get_mpz_t(), p.get_mpz_t()) == 0) {
    h.raise("ValueError", "base is not invertible for the given modulus");
  }
  let(h, "x_inverse_mod_p", inverse);
  h.at(11).write(h.member("x_inverse_mod_p", 0), BigInt(inverse & mask128()));
  h.at(12).write(h.member("x_inverse_mod_p", 1), BigInt(inverse >> 128));
}

void uint512_unsigned_div_rem(PyHint& h) {
  define(h, {"split", "pack", "pack_extended"});
  const BigInt x = pack128(h.at(16), "x", 4);
  let(h, "x", x);
  const BigInt div = pack128(h.at(17), "div", 2);
  let(h, "div", div);
  const auto [quotient, remainder] = py_divmod(h.at(19), x, div);
  let(h, "quotient", quotient);
  let(h, "remainder", remainder);
  write_split128(h, "quotient", quotient, 4, 23);
  write_split128(h, "remainder", remainder, 2, 29);
}

// ------------------------------------------------------------------------------------------------
// ec_recover and bigint helpers (BigInt3 of 86-bit limbs)

void ec_recover_div_mod_n_packed(PyHint& h) {
  define(h, {"pack", "div_mod", "safe_div"});
  const BigInt n = pack86(h.at(4), "n");
  let(h, "N", n);
  const BigInt x = py_modulo(h.at(5), pack86(h, "x"), n);
  let(h, "x", x);
  const BigInt s = py_modulo(h.at(6), pack86(h, "s"), n);
  let(h, "s", s);
  const BigInt res = py_div_mod(h.at(7), x, s, n);
  let(h, "value", res);
  let(h, "res", res);
}

void ec_recover_sub_a_b(PyHint& h) {
  define(h, {"pack", "div_mod", "safe_div"});
  const BigInt a = pack86(h.at(4), "a");
  let(h, "a", a);
  const BigInt b = pack86(h.at(5), "b");
  let(h, "b", b);
  let(h, "value", a - b);
  let(h, "res", a - b);
}

void ec_recover_product_mod(PyHint& h) {
  define(h, {"pack", "div_mod", "safe_div"});
  const BigInt a = pack86(h.at(4), "a");
  let(h, "a", a);
  const BigInt b = pack86(h.at(5), "b");
  let(h, "b", b);
  const BigInt product = a * b;
  let(h, "product", product);
  const BigInt m = pack86(h.at(7), "m");
  let(h, "m", m);
  const BigInt res = py_modulo(h.at(9), product, m);
  let(h, "value", res);
  let(h, "res", res);
}

void ec_recover_product_div_m(PyHint& h) {
  const BigInt product = var(h, "product");
  const BigInt m = var(h, "m");
  const BigInt k = py_divmod(h, product, m).first;
  let(h, "value", k);
  let(h, "k", k);
}

// The quotient of x by s modulo secp256k1's order N, N assigned in the hint.
void pack_mod_n_div_mod_n(PyHint& h) {
  define(h, {"pack", "div_mod", "safe_div"});
  static const BigInt kN("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
  let(h, "N", kN);
  const BigInt x = py_mod(pack86(h.at(5), "x"), kN);
  let(h, "x", x);
  const BigInt s = py_mod(pack86(h.at(6), "s"), kN);
  let(h, "s", s);
  const BigInt res = py_div_mod(h.at(7), x, s, kN);
  let(h, "value", res);
  let(h, "res", res);
}

void xs_safe_div(PyHint& h) {
  require_safe_div(h);  // Python looks the function up before its arguments
  const BigInt numerator = var(h, "res") * var(h, "s") - var(h, "x");
  const BigInt n = var(h, "N");
  const BigInt k = py_safe_div(h, numerator, n);
  let(h, "value", k);
  let(h, "k", k);
}

// x is a BigInt5 {d0, ..., d4}: pack of its first three limbs plus d3 * BASE**3 + d4 * BASE**4.
void bigint_pack_div_mod(PyHint& h) {
  define(h, {"pack", "as_int", "div_mod", "safe_div"});
  const BigInt p = pack86(h.at(5), "P");
  let(h, "p", p);
  const BigInt base = to_bigint(h.ctx().ids_constant("BASE"));
  const Relocatable x_address = h.ctx().ids_address("x");
  BigInt x = pack86(h.at(6), "x");
  x += as_int(memory_felt(h.ctx(), add(x_address, std::int64_t{3}))) * base * base * base;
  x += as_int(memory_felt(h.ctx(), add(x_address, std::int64_t{4}))) * base * base * base * base;
  let(h, "x", x);
  const BigInt y = pack86(h.at(7), "y");
  let(h, "y", y);
  const BigInt res = py_div_mod(h.at(9), x, y, p);
  let(h, "value", res);
  let(h, "res", res);
}

void bigint_safe_div(PyHint& h) {
  require_safe_div(h);
  const BigInt numerator = var(h, "res") * var(h, "y") - var(h, "x");
  const BigInt p = var(h, "p");
  const BigInt k = py_safe_div(h, numerator, p);
  let(h, "k", k);
  let(h.at(2), "value", k > 0 ? k : BigInt(-k));
  h.at(3).set_id("flag", BigInt(k > 0 ? 1 : 0));
}

void import_secp256r1_alpha(PyHint& h) {
  static const BigInt kAlpha("ffffffff00000001000000000000000000000000fffffffffffffffffffffffc",
                             16);
  let(h, "ALPHA", kAlpha);
}

void import_secp256r1_n(PyHint& h) {
  static const BigInt kN("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
  let(h, "N", kN);
}

// ------------------------------------------------------------------------------------------------
// Bits of the two scalars of a double-scalar multiplication

BigInt bit_length(const BigInt& value) {
  return value == 0 ? BigInt(0) : BigInt(mpz_sizeinbase(value.get_mpz_t(), 2));
}

void hi_max_bitlen(PyHint& h) {
  constexpr std::int64_t kD2 = 2;
  const BigInt u = h.member_int("scalar_u", kD2);
  const BigInt v = h.member_int("scalar_v", kD2);
  const BigInt u_length = bit_length(u), v_length = bit_length(v);
  h.set_id("len_hi", BigInt((u_length > v_length ? u_length : v_length) - 1));
}

// `(value >> shift) & 1` for a shift of the hint's ints (>= 0; a huge shift leaves 0).
BigInt bit_at(PyHint& h, const BigInt& value, const BigInt& shift) {
  if (shift < 0) h.raise("ValueError", "negative shift count");
  if (!shift.fits_ulong_p()) return 0;
  return (value >> shift.get_ui()) & 1;
}

void di_bit(PyHint& h) {
  const BigInt u = h.id_int("scalar_u", ">>");
  const BigInt v = h.id_int("scalar_v", ">>");
  const BigInt m = h.id_int("m", ">>");
  h.set_id("dibit", BigInt(bit_at(h, u, m) + 2 * bit_at(h, v, m)));
}

void quad_bit(PyHint& h) {
  const BigInt u = h.at(3).id_int("scalar_u", ">>");
  const BigInt v = h.at(2).id_int("scalar_v", ">>");
  const BigInt m = h.id_int("m", ">>");
  const BigInt high = 8 * bit_at(h.at(2), v, m) + 4 * bit_at(h.at(3), u, m);
  const BigInt low = 2 * bit_at(h.at(4), v, m - 1) + bit_at(h.at(5), u, m - 1);
  h.at(1).set_id("quad_bit", BigInt(high + low));
}

// ------------------------------------------------------------------------------------------------
// ed25519: x from x^2 (the square root with (p + 3) / 8 and the fix by sqrt(-1)), even.

void ed25519_split_xx(PyHint& h) {
  static const BigInt p = (BigInt(1) << 255) - 19;
  static const BigInt ii = pow_mod(2, (p - 1) / 4, p);
  let(h, "II", ii);
  const BigInt xx = h.at(4).member_int("xx", 0) + (h.member_int("xx", 1) << 128);
  let(h, "xx", xx);
  BigInt x = pow_mod(xx, (p + 3) / 8, p);
  if (py_mod(x * x - xx, p) != 0) x = py_mod(x * ii, p);
  if (mpz_odd_p(x.get_mpz_t()) != 0) x = p - x;
  let(h, "x", x);
  h.at(10).write(h.member("x", 0), BigInt(x & mask128()));
  h.at(11).write(h.member("x", 1), BigInt(x >> 128));
}

constexpr std::array kBiglibHints = {
    NativeHint{"def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack(ids.a, num_bits_shift = 128)\n"
               "div = pack(ids.div, num_bits_shift = 128)\n"
               "quotient, remainder = divmod(a, div)\n"
               "\n"
               "quotient_split = split(quotient, num_bits_shift=128, length=3)\n"
               "assert len(quotient_split) == 3\n"
               "\n"
               "ids.quotient.d0 = quotient_split[0]\n"
               "ids.quotient.d1 = quotient_split[1]\n"
               "ids.quotient.d2 = quotient_split[2]\n"
               "\n"
               "remainder_split = split(remainder, num_bits_shift=128, length=3)\n"
               "ids.remainder.d0 = remainder_split[0]\n"
               "ids.remainder.d1 = remainder_split[1]\n"
               "ids.remainder.d2 = remainder_split[2]",
               py<uint384_unsigned_div_rem>},
    NativeHint{"from starkware.python.math_utils import isqrt\n"
               "\n"
               "def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack(ids.a, num_bits_shift=128)\n"
               "root = isqrt(a)\n"
               "assert 0 <= root < 2 ** 192\n"
               "root_split = split(root, num_bits_shift=128, length=3)\n"
               "ids.root.d0 = root_split[0]\n"
               "ids.root.d1 = root_split[1]\n"
               "ids.root.d2 = root_split[2]",
               py<uint384_sqrt>},
    NativeHint{"def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack(ids.a, num_bits_shift = 128)\n"
               "b = pack(ids.b, num_bits_shift = 128)\n"
               "p = pack(ids.p, num_bits_shift = 128)\n"
               "\n"
               "res = (a - b) % p\n"
               "\n"
               "\n"
               "res_split = split(res, num_bits_shift=128, length=3)\n"
               "\n"
               "ids.res.d0 = res_split[0]\n"
               "ids.res.d1 = res_split[1]\n"
               "ids.res.d2 = res_split[2]",
               py<uint384_sub_reduced>},
    NativeHint{"def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift \n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "    \n"
               "def pack_extended(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2, z.d3, z.d4, z.d5)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack_extended(ids.a, num_bits_shift = 128)\n"
               "div = pack(ids.div, num_bits_shift = 128)\n"
               "\n"
               "quotient, remainder = divmod(a, div)\n"
               "\n"
               "quotient_split = split(quotient, num_bits_shift=128, length=6)\n"
               "\n"
               "ids.quotient.d0 = quotient_split[0]\n"
               "ids.quotient.d1 = quotient_split[1]\n"
               "ids.quotient.d2 = quotient_split[2]\n"
               "ids.quotient.d3 = quotient_split[3]\n"
               "ids.quotient.d4 = quotient_split[4]\n"
               "ids.quotient.d5 = quotient_split[5]\n"
               "\n"
               "remainder_split = split(remainder, num_bits_shift=128, length=3)\n"
               "ids.remainder.d0 = remainder_split[0]\n"
               "ids.remainder.d1 = remainder_split[1]\n"
               "ids.remainder.d2 = remainder_split[2]",
               py<uint768_div_rem_by_uint384<20>>},
    NativeHint{"def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "def pack_extended(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2, z.d3, z.d4, z.d5)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack_extended(ids.a, num_bits_shift = 128)\n"
               "div = pack(ids.div, num_bits_shift = 128)\n"
               "\n"
               "quotient, remainder = divmod(a, div)\n"
               "\n"
               "quotient_split = split(quotient, num_bits_shift=128, length=6)\n"
               "\n"
               "ids.quotient.d0 = quotient_split[0]\n"
               "ids.quotient.d1 = quotient_split[1]\n"
               "ids.quotient.d2 = quotient_split[2]\n"
               "ids.quotient.d3 = quotient_split[3]\n"
               "ids.quotient.d4 = quotient_split[4]\n"
               "ids.quotient.d5 = quotient_split[5]\n"
               "\n"
               "remainder_split = split(remainder, num_bits_shift=128, length=3)\n"
               "ids.remainder.d0 = remainder_split[0]\n"
               "ids.remainder.d1 = remainder_split[1]\n"
               "ids.remainder.d2 = remainder_split[2]",
               py<uint768_div_rem_by_uint384<20>>},
    NativeHint{"from starkware.python.math_utils import div_mod\n"
               "\n"
               "def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack(ids.a, num_bits_shift = 128)\n"
               "b = pack(ids.b, num_bits_shift = 128)\n"
               "p = pack(ids.p, num_bits_shift = 128)\n"
               "# For python3.8 and above the modular inverse can be computed as follows:\n"
               "# b_inverse_mod_p = pow(b, -1, p)\n"
               "# Instead we use the python3.7-friendly function div_mod from "
               "starkware.python.math_utils\n"
               "b_inverse_mod_p = div_mod(1, b, p)\n"
               "\n"
               "\n"
               "b_inverse_mod_p_split = split(b_inverse_mod_p, num_bits_shift=128, length=3)\n"
               "\n"
               "ids.b_inverse_mod_p.d0 = b_inverse_mod_p_split[0]\n"
               "ids.b_inverse_mod_p.d1 = b_inverse_mod_p_split[1]\n"
               "ids.b_inverse_mod_p.d2 = b_inverse_mod_p_split[2]",
               py<uint384_div>},
    NativeHint{"from starkware.python.math_utils import is_quad_residue, sqrt\n"
               "\n"
               "def split(num: int, num_bits_shift: int = 128, length: int = 3):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int = 128) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "\n"
               "generator = pack(ids.generator)\n"
               "x = pack(ids.x)\n"
               "p = pack(ids.p)\n"
               "\n"
               "success_x = is_quad_residue(x, p)\n"
               "root_x = sqrt(x, p) if success_x else None\n"
               "\n"
               "success_gx = is_quad_residue(generator*x, p)\n"
               "root_gx = sqrt(generator*x, p) if success_gx else None\n"
               "\n"
               "# Check that one is 0 and the other is 1\n"
               "if x != 0:\n"
               "    assert success_x + success_gx ==1\n"
               "\n"
               "# `None` means that no root was found, but we need to transform these into a felt "
               "no matter what\n"
               "if root_x == None:\n"
               "    root_x = 0\n"
               "if root_gx == None:\n"
               "    root_gx = 0\n"
               "ids.success_x = int(success_x)\n"
               "ids.success_gx = int(success_gx)\n"
               "split_root_x = split(root_x)\n"
               "split_root_gx = split(root_gx)\n"
               "ids.sqrt_x.d0 = split_root_x[0]\n"
               "ids.sqrt_x.d1 = split_root_x[1]\n"
               "ids.sqrt_x.d2 = split_root_x[2]\n"
               "ids.sqrt_gx.d0 = split_root_gx[0]\n"
               "ids.sqrt_gx.d1 = split_root_gx[1]\n"
               "ids.sqrt_gx.d2 = split_root_gx[2]",
               py<uint384_get_square_root>},
    NativeHint{"from starkware.python.math_utils import is_quad_residue, sqrt\n"
               "\n"
               "def split(a: int):\n"
               "    return (a & ((1 << 128) - 1), a >> 128)\n"
               "\n"
               "def pack(z) -> int:\n"
               "    return z.low + (z.high << 128)\n"
               "\n"
               "generator = pack(ids.generator)\n"
               "x = pack(ids.x)\n"
               "p = pack(ids.p)\n"
               "\n"
               "success_x = is_quad_residue(x, p)\n"
               "root_x = sqrt(x, p) if success_x else None\n"
               "success_gx = is_quad_residue(generator*x, p)\n"
               "root_gx = sqrt(generator*x, p) if success_gx else None\n"
               "\n"
               "# Check that one is 0 and the other is 1\n"
               "if x != 0:\n"
               "    assert success_x + success_gx == 1\n"
               "\n"
               "# `None` means that no root was found, but we need to transform these into a felt "
               "no matter what\n"
               "if root_x == None:\n"
               "    root_x = 0\n"
               "if root_gx == None:\n"
               "    root_gx = 0\n"
               "ids.success_x = int(success_x)\n"
               "ids.success_gx = int(success_gx)\n"
               "split_root_x = split(root_x)\n"
               "# print('split root x', split_root_x)\n"
               "split_root_gx = split(root_gx)\n"
               "ids.sqrt_x.low = split_root_x[0]\n"
               "ids.sqrt_x.high = split_root_x[1]\n"
               "ids.sqrt_gx.low = split_root_gx[0]\n"
               "ids.sqrt_gx.high = split_root_gx[1]",
               py<uint256_get_square_root>},
    NativeHint{"a = (ids.a.high << 128) + ids.a.low\n"
               "div = (ids.div.b23 << 128) + ids.div.b01\n"
               "quotient, remainder = divmod(a, div)\n"
               "\n"
               "ids.quotient.low = quotient & ((1 << 128) - 1)\n"
               "ids.quotient.high = quotient >> 128\n"
               "ids.remainder.low = remainder & ((1 << 128) - 1)\n"
               "ids.remainder.high = remainder >> 128",
               py<uint256_expanded_div_rem>},
    NativeHint{"from starkware.python.math_utils import div_mod\n"
               "\n"
               "def split(a: int):\n"
               "    return (a & ((1 << 128) - 1), a >> 128)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.low, z.high)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "a = pack(ids.a, 128)\n"
               "b = pack(ids.b, 128)\n"
               "p = pack(ids.p, 128)\n"
               "# For python3.8 and above the modular inverse can be computed as follows:\n"
               "# b_inverse_mod_p = pow(b, -1, p)\n"
               "# Instead we use the python3.7-friendly function div_mod from "
               "starkware.python.math_utils\n"
               "b_inverse_mod_p = div_mod(1, b, p)\n"
               "\n"
               "b_inverse_mod_p_split = split(b_inverse_mod_p)\n"
               "\n"
               "ids.b_inverse_mod_p.low = b_inverse_mod_p_split[0]\n"
               "ids.b_inverse_mod_p.high = b_inverse_mod_p_split[1]",
               py<uint256_inv_mod_p>},
    NativeHint{
        "def pack_512(u, num_bits_shift: int) -> int:\n"
        "    limbs = (u.d0, u.d1, u.d2, u.d3)\n"
        "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
        "\n"
        "x = pack_512(ids.x, num_bits_shift = 128)\n"
        "p = ids.p.low + (ids.p.high << 128)\n"
        "x_inverse_mod_p = pow(x,-1, p)\n"
        "\n"
        "x_inverse_mod_p_split = (x_inverse_mod_p & ((1 << 128) - 1), x_inverse_mod_p >> 128)\n"
        "\n"
        "ids.x_inverse_mod_p.low = x_inverse_mod_p_split[0]\n"
        "ids.x_inverse_mod_p.high = x_inverse_mod_p_split[1]",
        py<uint512_inv_mod_p>},
    NativeHint{"def split(num: int, num_bits_shift: int, length: int):\n"
               "    a = []\n"
               "    for _ in range(length):\n"
               "        a.append( num & ((1 << num_bits_shift) - 1) )\n"
               "        num = num >> num_bits_shift\n"
               "    return tuple(a)\n"
               "\n"
               "def pack(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.low, z.high)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "def pack_extended(z, num_bits_shift: int) -> int:\n"
               "    limbs = (z.d0, z.d1, z.d2, z.d3)\n"
               "    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))\n"
               "\n"
               "x = pack_extended(ids.x, num_bits_shift = 128)\n"
               "div = pack(ids.div, num_bits_shift = 128)\n"
               "\n"
               "quotient, remainder = divmod(x, div)\n"
               "\n"
               "quotient_split = split(quotient, num_bits_shift=128, length=4)\n"
               "\n"
               "ids.quotient.d0 = quotient_split[0]\n"
               "ids.quotient.d1 = quotient_split[1]\n"
               "ids.quotient.d2 = quotient_split[2]\n"
               "ids.quotient.d3 = quotient_split[3]\n"
               "\n"
               "remainder_split = split(remainder, num_bits_shift=128, length=2)\n"
               "ids.remainder.low = remainder_split[0]\n"
               "ids.remainder.high = remainder_split[1]",
               py<uint512_unsigned_div_rem>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "N = pack(ids.n, PRIME)\n"
               "x = pack(ids.x, PRIME) % N\n"
               "s = pack(ids.s, PRIME) % N\n"
               "value = res = div_mod(x, s, N)",
               py<ec_recover_div_mod_n_packed>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "a = pack(ids.a, PRIME)\n"
               "b = pack(ids.b, PRIME)\n"
               "\n"
               "value = res = a - b",
               py<ec_recover_sub_a_b>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "a = pack(ids.a, PRIME)\n"
               "b = pack(ids.b, PRIME)\n"
               "product = a * b\n"
               "m = pack(ids.m, PRIME)\n"
               "\n"
               "value = res = product % m",
               py<ec_recover_product_mod>},
    NativeHint{"value = k = product // m", py<ec_recover_product_div_m>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141\n"
               "x = pack(ids.x, PRIME) % N\n"
               "s = pack(ids.s, PRIME) % N\n"
               "value = res = div_mod(x, s, N)",
               py<pack_mod_n_div_mod_n>},
    NativeHint{"value = k = safe_div(res * s - x, N)", py<xs_safe_div>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.cairo.common.math_utils import as_int\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "p = pack(ids.P, PRIME)\n"
               "x = pack(ids.x, PRIME) + as_int(ids.x.d3, PRIME) * ids.BASE ** 3 + "
               "as_int(ids.x.d4, PRIME) * ids.BASE ** 4\n"
               "y = pack(ids.y, PRIME)\n"
               "\n"
               "value = res = div_mod(x, y, p)",
               py<bigint_pack_div_mod>},
    NativeHint{"k = safe_div(res * y - x, p)\n"
               "value = k if k > 0 else 0 - k\n"
               "ids.flag = 1 if k > 0 else 0",
               py<bigint_safe_div>},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA as ALPHA",
        py<import_secp256r1_alpha>},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_N as N",
               py<import_secp256r1_n>},
    NativeHint{"ids.len_hi = max(ids.scalar_u.d2.bit_length(), ids.scalar_v.d2.bit_length())-1",
               py<hi_max_bitlen>},
    NativeHint{"ids.dibit = ((ids.scalar_u >> ids.m) & 1) + 2 * ((ids.scalar_v >> ids.m) & 1)",
               py<di_bit>},
    NativeHint{"ids.quad_bit = (\n"
               "    8 * ((ids.scalar_v >> ids.m) & 1)\n"
               "    + 4 * ((ids.scalar_u >> ids.m) & 1)\n"
               "    + 2 * ((ids.scalar_v >> (ids.m - 1)) & 1)\n"
               "    + ((ids.scalar_u >> (ids.m - 1)) & 1)\n"
               ")",
               py<quad_bit>},
    NativeHint{"PRIME = 2**255 - 19\n"
               "II = pow(2, (PRIME - 1) // 4, PRIME)\n"
               "\n"
               "xx = ids.xx.low + (ids.xx.high<<128)\n"
               "x = pow(xx, (PRIME + 3) // 8, PRIME)\n"
               "if (x * x - xx) % PRIME != 0:\n"
               "    x = (x * II) % PRIME\n"
               "if x % 2 != 0:\n"
               "    x = PRIME - x\n"
               "ids.x.low = x & ((1<<128)-1)\n"
               "ids.x.high = x >> 128",
               py<ed25519_split_xx>},
};

}  // namespace

std::span<const NativeHint> biglib_hints() {
  return kBiglibHints;
}

}  // namespace cairovm
