// Native hints of cairo_secp (secp256k1: bigint, field, ec, signature) and secp256r1 (field, ec).
// They share scope variables as the reference's do (`value` for nondet_bigint3, `x`, `y`,
// `slope`, `new_x`, ... and the imported constants `SECP_P`, `N`, `SECP256R1_P`), so that the
// hint after each one reads what it left.
#include <array>
#include <string>
#include <vector>

#include "hint_bigint.hpp"
#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

BigInt hex(const char* digits) {
  return BigInt(digits, 16);
}

const BigInt& secp_p() {
  static const BigInt p = hex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F");
  return p;
}
const BigInt& secp_n() {
  static const BigInt n = hex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");
  return n;
}
const BigInt& r1_p() {
  static const BigInt p = hex("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
  return p;
}
const BigInt& r1_alpha() {
  static const BigInt alpha =
      hex("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC");
  return alpha;
}
const BigInt& r1_beta() {
  static const BigInt beta =
      hex("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B");
  return beta;
}

const BigInt& base() {
  static const BigInt b = BigInt(1) << 86;
  return b;
}

// pack(ids.<name>.<member at offset>, PRIME).
BigInt pack_ids(const HintContext& ctx, std::string_view name, std::int64_t offset = 0) {
  return pack_bigint3(ctx, add(ctx.ids_address(name), offset));
}

constexpr std::int64_t kX = 0;  // EcPoint.x
constexpr std::int64_t kY = 3;  // EcPoint.y

void set_value(const HintContext& ctx, const char* also, const BigInt& value) {
  set_scope_int(ctx, "value", value);
  set_scope_int(ctx, also, value);
}

void mark_imported(const HintContext& ctx, const char* name) {
  assign_scope(ctx.vm.exec_scopes.back(), std::string(name), ImportedName{});
}

// math_utils.ec_double_slope.
BigInt ec_double_slope(const BigInt& x, const BigInt& y, const BigInt& alpha, const BigInt& p) {
  if (py_mod(y, p) == 0) throw VmError("", "AssertionError");
  return div_mod(3 * x * x + alpha, 2 * y, p);
}

// math_utils.line_slope.
BigInt line_slope(const BigInt& x0, const BigInt& y0, const BigInt& x1, const BigInt& y1,
                  const BigInt& p) {
  if (py_mod(x0 - x1, p) == 0) throw VmError("", "AssertionError");
  return div_mod(y0 - y1, x0 - x1, p);
}

// ------------------------------------------------------------------------------------------------
// bigint.cairo

void nondet_bigint3(const HintContext& ctx) {
  BigInt num = scope_int(ctx, "value");
  const Relocatable res = ctx.ids_address("res");
  std::vector<BigInt> limbs;
  for (int i = 0; i < 3; ++i) {
    limbs.push_back(py_mod(num, base()));
    num = py_floordiv(num, base());
  }
  if (num != 0) throw VmError("", "AssertionError");
  for (int i = 0; i < 3; ++i) write_int(ctx, add(res, i), limbs[static_cast<std::size_t>(i)]);
}

void bigint_to_uint256_low(const HintContext& ctx) {
  const Relocatable x = ctx.ids_address("x");
  const BigInt d0 = to_bigint(memory_felt(ctx, x));
  const BigInt d1 = to_bigint(memory_felt(ctx, add(x, std::int64_t{1})));
  const BigInt sum = d0 + d1 * to_bigint(ctx.ids_constant("BASE"));
  set_ids_int(ctx, "low", py_mod(sum, BigInt(1) << 128));
}

// ------------------------------------------------------------------------------------------------
// ec.cairo (secp256k1) and secp256r1/ec.cairo

void ec_negate(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  const BigInt y = py_mod(pack_ids(ctx, "point", kY), secp_p());
  set_scope_int(ctx, "y", y);
  set_scope_int(ctx, "value", py_mod(-y, secp_p()));
}

void doubling_slope(const HintContext& ctx, const BigInt& alpha, const BigInt& p,
                    const char* point = "point") {
  const BigInt x = pack_ids(ctx, point, kX);
  set_scope_int(ctx, "x", x);
  const BigInt y = pack_ids(ctx, point, kY);
  set_scope_int(ctx, "y", y);
  set_value(ctx, "slope", ec_double_slope(x, y, alpha, p));
}

void k1_doubling_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  doubling_slope(ctx, 0, secp_p());
}

void r1_doubling_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_ALPHA", r1_alpha());
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  doubling_slope(ctx, r1_alpha(), r1_p());
}

void compute_slope(const HintContext& ctx, const BigInt& p, const char* point0 = "point0",
                   const char* point1 = "point1") {
  const BigInt x0 = pack_ids(ctx, point0, kX);
  set_scope_int(ctx, "x0", x0);
  const BigInt y0 = pack_ids(ctx, point0, kY);
  set_scope_int(ctx, "y0", y0);
  const BigInt x1 = pack_ids(ctx, point1, kX);
  set_scope_int(ctx, "x1", x1);
  const BigInt y1 = pack_ids(ctx, point1, kY);
  set_scope_int(ctx, "y1", y1);
  set_value(ctx, "slope", line_slope(x0, y0, x1, y1, p));
}

void k1_compute_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  compute_slope(ctx, secp_p());
}

void r1_compute_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  compute_slope(ctx, r1_p());
}

// ec_double: new_x = slope^2 - 2x.
void double_new_x(const HintContext& ctx, const BigInt& p, const char* point = "point") {
  const BigInt slope = pack_ids(ctx, "slope");
  set_scope_int(ctx, "slope", slope);
  const BigInt x = pack_ids(ctx, point, kX);
  set_scope_int(ctx, "x", x);
  const BigInt y = pack_ids(ctx, point, kY);
  set_scope_int(ctx, "y", y);
  set_value(ctx, "new_x", py_mod(pow_mod(slope, 2, p) - 2 * x, p));
}

void k1_double_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  double_new_x(ctx, secp_p());
}

void r1_double_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  double_new_x(ctx, r1_p());
}

void double_new_y(const HintContext& ctx, const char* prime_name) {
  const BigInt slope = scope_int(ctx, "slope");
  const BigInt x = scope_int(ctx, "x");
  const BigInt new_x = scope_int(ctx, "new_x");
  const BigInt y = scope_int(ctx, "y");
  const BigInt p = scope_int(ctx, prime_name);
  set_value(ctx, "new_y", py_mod(slope * (x - new_x) - y, p));
}

void k1_double_new_y(const HintContext& ctx) {
  double_new_y(ctx, "SECP_P");
}

void r1_double_new_y(const HintContext& ctx) {
  double_new_y(ctx, "SECP256R1_P");
}

// fast_ec_add: new_x = slope^2 - x0 - x1, modulo the scope's SECP_P.
void add_new_x_of(const HintContext& ctx, const char* point0, const char* point1) {
  const BigInt slope = pack_ids(ctx, "slope");
  set_scope_int(ctx, "slope", slope);
  const BigInt x0 = pack_ids(ctx, point0, kX);
  set_scope_int(ctx, "x0", x0);
  const BigInt x1 = pack_ids(ctx, point1, kX);
  set_scope_int(ctx, "x1", x1);
  const BigInt y0 = pack_ids(ctx, point0, kY);
  set_scope_int(ctx, "y0", y0);
  const BigInt p = scope_int(ctx, "SECP_P");
  if (p <= 0) throw VmError("pow() 3rd argument must be positive", "ValueError");
  set_value(ctx, "new_x", py_mod(pow_mod(slope, 2, p) - x0 - x1, p));
}

void add_new_x(const HintContext& ctx) {
  add_new_x_of(ctx, "point0", "point1");
}

void k1_add_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  add_new_x(ctx);
}

void import_r1_p_as_secp_p(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", r1_p());
}

void add_new_y(const HintContext& ctx) {
  const BigInt slope = scope_int(ctx, "slope");
  const BigInt x0 = scope_int(ctx, "x0");
  const BigInt new_x = scope_int(ctx, "new_x");
  const BigInt y0 = scope_int(ctx, "y0");
  const BigInt p = scope_int(ctx, "SECP_P");
  if (p == 0) throw VmError("integer division or modulo by zero", "ZeroDivisionError");
  set_value(ctx, "new_y", py_mod(slope * (x0 - new_x) - y0, p));
}

void scalar_parity(const HintContext& ctx) {
  const Felt scalar = ctx.ids_felt("scalar");
  ctx.vm.memory().insert(ctx.vm.ap, Felt{scalar.limbs()[0] & 1});
}

/// The nibbles of ec_mul_by_uint256's scalar, least significant first, popped from the back.
struct Nibbles {
  std::vector<std::uint8_t> values;
};

void scalar_nibbles(const HintContext& ctx) {
  const Relocatable scalar = ctx.ids_address("scalar");
  const BigInt low = to_bigint(memory_felt(ctx, scalar));
  const BigInt high = to_bigint(memory_felt(ctx, add(scalar, std::int64_t{1})));
  const BigInt num = (high << 128) + low;
  set_scope_int(ctx, "num", num);
  Nibbles nibbles;
  for (unsigned i = 0; i < 256; i += 4) {
    const BigInt nibble = (num >> i) & 0xf;
    nibbles.values.push_back(static_cast<std::uint8_t>(nibble.get_ui()));
  }
  const std::uint8_t first = nibbles.values.back();
  nibbles.values.pop_back();
  ctx.ids_set("first_nibble", Felt{first});
  ctx.ids_set("last_nibble", Felt{nibbles.values.front()});
  assign_scope(ctx.vm.exec_scopes.back(), "nibbles", std::move(nibbles));
}

void pop_nibble(const HintContext& ctx) {
  ScopeDict& scope = ctx.vm.exec_scopes.back();
  const auto it = scope.find("nibbles");
  if (it == scope.end()) throw VmError("name 'nibbles' is not defined", "NameError");
  Nibbles* nibbles = std::any_cast<Nibbles>(&it->second);
  if (nibbles == nullptr) throw VmError("'nibbles' is not a list of nibbles", "TypeError");
  if (nibbles->values.empty()) throw VmError("pop from empty list", "IndexError");
  const std::uint8_t nibble = nibbles->values.back();
  nibbles->values.pop_back();
  // `local nibble = nondet %{ ... %}`: the local is the frame's first cell.
  ctx.vm.memory().insert(ctx.vm.fp, Felt{nibble});
}

// ------------------------------------------------------------------------------------------------
// field.cairo (secp256k1) and secp256r1/field.cairo

std::string limbs_tuple(const HintContext& ctx, Relocatable val) {
  std::string text = "(";
  for (int i = 0; i < 3; ++i) {
    if (i > 0) text += ", ";
    text += memory_felt(ctx, add(val, i)).to_dec_string();
  }
  return text + ")";
}

void verify_zero(const HintContext& ctx, const BigInt& p) {
  const Relocatable val = ctx.ids_address("val");
  const BigInt packed = pack_bigint3(ctx, val);
  const BigInt q = py_floordiv(packed, p);
  const BigInt r = py_mod(packed, p);
  set_scope_int(ctx, "q", q);
  set_scope_int(ctx, "r", r);
  if (r != 0) {
    throw VmError("verify_zero: Invalid input " + limbs_tuple(ctx, val) + ".", "AssertionError");
  }
  ctx.ids_set("q", felt_mod(q));
}

void k1_verify_zero(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  verify_zero(ctx, secp_p());
}

void r1_verify_zero(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  verify_zero(ctx, r1_p());
}

void k1_is_zero_pack(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  set_scope_int(ctx, "x", py_mod(pack_ids(ctx, "x"), secp_p()));
}

void r1_is_zero_pack(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  set_scope_int(ctx, "x", py_mod(pack_ids(ctx, "x"), r1_p()));
}

void nondet_x_is_zero(const HintContext& ctx) {
  const bool zero = scope_int(ctx, "x") == 0;
  ctx.vm.memory().insert(ctx.vm.ap, zero ? Felt::one() : Felt::zero());
}

void k1_is_zero_inverse(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  mark_imported(ctx, "div_mod");
  set_value(ctx, "x_inv", div_mod(1, scope_int(ctx, "x"), secp_p()));
}

void r1_is_zero_inverse(const HintContext& ctx) {
  mark_imported(ctx, "div_mod");
  const BigInt x = scope_int(ctx, "x");
  const BigInt p = scope_int(ctx, "SECP256R1_P");
  set_scope_int(ctx, "value", div_mod(1, x, p));
}

void k1_reduce(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  set_scope_int(ctx, "value", py_mod(pack_ids(ctx, "x"), secp_p()));
}

void r1_reduce(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  set_scope_int(ctx, "value", py_mod(pack_ids(ctx, "x"), r1_p()));
}

void assert_165_bit(const HintContext& ctx) {
  const Felt value = ctx.ids_felt("value");
  const BigInt as_value = to_bigint(value);  // as_int(v, PRIME) % PRIME == v
  set_scope_int(ctx, "value", as_value);
  if (as_value >= to_bigint(ctx.ids_constant("UPPER_BOUND"))) {
    throw VmError(dec_string(as_value) + " is outside of the range [0, 2**165).", "AssertionError");
  }
  const BigInt shift = to_bigint(ctx.ids_constant("SHIFT"));
  if (shift == 0) throw VmError("integer division or modulo by zero", "ZeroDivisionError");
  set_ids_int(ctx, "high", py_floordiv(as_value, shift));
  set_ids_int(ctx, "low", py_mod(as_value, shift));
}

// ------------------------------------------------------------------------------------------------
// signature.cairo (secp256k1) and secp256r1's try_get_point_from_x

void div_mod_n(const HintContext& ctx) {
  set_scope_int(ctx, "N", secp_n());
  mark_imported(ctx, "safe_div");
  const BigInt a = pack_ids(ctx, "a");
  set_scope_int(ctx, "a", a);
  const BigInt b = pack_ids(ctx, "b");
  set_scope_int(ctx, "b", b);
  set_value(ctx, "res", div_mod(a, b, secp_n()));
}

void div_mod_n_quotient(const HintContext& ctx) {
  require_scope_name(ctx, "safe_div");
  const BigInt numerator = scope_int(ctx, "res") * scope_int(ctx, "b") - scope_int(ctx, "a");
  const BigInt n = scope_int(ctx, "N");
  if (n == 0) throw VmError("", "AssertionError");
  if (py_mod(numerator, n) != 0) {
    throw VmError(dec_string(numerator) + " is not divisible by " + dec_string(n) + ".",
                  "AssertionError");
  }
  set_value(ctx, "k", py_floordiv(numerator, n));
}

// y with the parity of ids.v, from y^2 = y_square_int (p = 3 mod 4).
void choose_y(const HintContext& ctx, const BigInt& y_square, const BigInt& p) {
  set_scope_int(ctx, "y_square_int", y_square);
  const BigInt y = pow_mod(y_square, (p + 1) / 4, p);
  set_scope_int(ctx, "y", y);
  const bool v_odd = (ctx.ids_felt("v").limbs()[0] & 1) != 0;
  const bool y_odd = mpz_odd_p(y.get_mpz_t()) != 0;
  set_scope_int(ctx, "value", v_odd == y_odd ? y : py_mod(-y, p));
}

void k1_get_point_from_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  const BigInt x_cube = py_mod(pack_ids(ctx, "x_cube"), secp_p());
  set_scope_int(ctx, "x_cube_int", x_cube);
  choose_y(ctx, py_mod(x_cube + to_bigint(ctx.ids_constant("BETA")), secp_p()), secp_p());
}

void r1_get_point_from_x(const HintContext& ctx) {
  mark_imported(ctx, "SECP256R1");
  const BigInt x = pack_ids(ctx, "x");
  const BigInt y_square = py_mod(pow_mod(x, 3, r1_p()) + r1_alpha() * x + r1_beta(), r1_p());
  choose_y(ctx, y_square, r1_p());
}

void is_on_curve(const HintContext& ctx, const BigInt& p) {
  const BigInt y = scope_int(ctx, "y");
  const bool on_curve = py_mod(y * y, p) == scope_int(ctx, "y_square_int");
  ctx.ids_set("is_on_curve", on_curve ? Felt::one() : Felt::zero());
}

void k1_is_on_curve(const HintContext& ctx) {
  is_on_curve(ctx, scope_int(ctx, "SECP_P"));
}

void r1_is_on_curve(const HintContext& ctx) {
  require_scope_name(ctx, "SECP256R1");
  is_on_curve(ctx, r1_p());
}

// ------------------------------------------------------------------------------------------------
// Variants of older cairo-lang versions and of libraries built on cairo_secp: the same statements
// with fewer blank lines, or with SECP_P, N and ALPHA taken from the scope (where the program's
// earlier hint or import put them) instead of imported.

void ext_verify_zero(const HintContext& ctx) {
  verify_zero(ctx, scope_int(ctx, "SECP_P"));
}

void ext_reduce(const HintContext& ctx) {
  const BigInt packed = pack_ids(ctx, "x");
  set_scope_int(ctx, "value", py_mod(packed, scope_int(ctx, "SECP_P")));
}

void ext_is_zero_pack(const HintContext& ctx) {
  const BigInt packed = pack_ids(ctx, "x");
  set_scope_int(ctx, "x", py_mod(packed, scope_int(ctx, "SECP_P")));
}

void ext_is_zero_inverse(const HintContext& ctx) {
  mark_imported(ctx, "div_mod");
  set_value(ctx, "x_inv", div_mod(1, scope_int(ctx, "x"), scope_int(ctx, "SECP_P")));
}

void ext_div_mod_n(const HintContext& ctx) {
  mark_imported(ctx, "safe_div");
  const BigInt a = pack_ids(ctx, "a");
  set_scope_int(ctx, "a", a);
  const BigInt b = pack_ids(ctx, "b");
  set_scope_int(ctx, "b", b);
  set_value(ctx, "res", div_mod(a, b, scope_int(ctx, "N")));
}

// `value = k_plus_one = safe_div(res * b - a, N) + 1`.
void div_mod_n_quotient_plus_one(const HintContext& ctx) {
  require_scope_name(ctx, "safe_div");
  const BigInt numerator = scope_int(ctx, "res") * scope_int(ctx, "b") - scope_int(ctx, "a");
  const BigInt n = scope_int(ctx, "N");
  if (n == 0) throw VmError("", "AssertionError");
  if (py_mod(numerator, n) != 0) {
    throw VmError(dec_string(numerator) + " is not divisible by " + dec_string(n) + ".",
                  "AssertionError");
  }
  set_value(ctx, "k_plus_one", py_floordiv(numerator, n) + 1);
}

void ext_doubling_slope(const HintContext& ctx) {
  doubling_slope(ctx, scope_int(ctx, "ALPHA"), scope_int(ctx, "SECP_P"));
}

void ext_compute_slope(const HintContext& ctx) {
  compute_slope(ctx, scope_int(ctx, "SECP_P"));
}

void ext_double_new_x(const HintContext& ctx) {
  double_new_x(ctx, scope_int(ctx, "SECP_P"));
}

// ------------------------------------------------------------------------------------------------
// Variants over the field of ed25519 (`SECP_P = 2**255-19` assigned in the hint) and variants
// whose points are named `pt`, `pt0`, `pt1`.

const BigInt& ed25519_p() {
  static const BigInt p = (BigInt(1) << 255) - 19;
  return p;
}

void ed_reduce(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  set_scope_int(ctx, "value", py_mod(pack_ids(ctx, "x"), ed25519_p()));
}

void ed_is_zero_pack(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  set_scope_int(ctx, "x", py_mod(pack_ids(ctx, "x"), ed25519_p()));
}

void ed_is_zero_inverse(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  mark_imported(ctx, "div_mod");
  set_value(ctx, "x_inv", div_mod(1, scope_int(ctx, "x"), ed25519_p()));
}

// Reported at the hint's assert line (5), as the reference's traceback shows it.
void ed_verify_zero(const HintContext& ctx) {
  hint_support::run_as_python(ctx, [&](hint_support::PyHint& hint) {
    set_scope_int(ctx, "SECP_P", ed25519_p());
    set_scope_int(ctx, "to_assert", pack_ids(ctx, "val"));
    hint.at(5);
    verify_zero(ctx, ed25519_p());
  });
}

void ed_ec_negate(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  const BigInt y = py_mod(pack_ids(ctx, "point", kY), ed25519_p());
  set_scope_int(ctx, "y", y);
  set_scope_int(ctx, "value", py_mod(-y, ed25519_p()));
}

void ed_double_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  double_new_x(ctx, ed25519_p());
}

void ed_add_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  add_new_x(ctx);
}

void ed_compute_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  compute_slope(ctx, ed25519_p());
}

// The Weierstrass form of curve25519 has this alpha.
void ed_doubling_slope(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", ed25519_p());
  static const BigInt alpha(
      "42204101795669822316448953119945047945709099015225996174933988943478124189485");
  doubling_slope(ctx, alpha, ed25519_p());
}

// `value = slope = div_mod(3 * x ** 2, 2 * y, SECP_P)`: no line_slope assertion on y.
void pt_doubling_slope_div_mod(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  mark_imported(ctx, "div_mod");
  const BigInt x = pack_ids(ctx, "pt", kX);
  set_scope_int(ctx, "x", x);
  const BigInt y = pack_ids(ctx, "pt", kY);
  set_scope_int(ctx, "y", y);
  set_value(ctx, "slope", div_mod(3 * x * x, 2 * y, secp_p()));
}

// `value = slope = div_mod(y0 - y1, x0 - x1, SECP_P)`.
void pt_compute_slope_div_mod(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  mark_imported(ctx, "div_mod");
  const BigInt x0 = pack_ids(ctx, "pt0", kX);
  set_scope_int(ctx, "x0", x0);
  const BigInt y0 = pack_ids(ctx, "pt0", kY);
  set_scope_int(ctx, "y0", y0);
  const BigInt x1 = pack_ids(ctx, "pt1", kX);
  set_scope_int(ctx, "x1", x1);
  const BigInt y1 = pack_ids(ctx, "pt1", kY);
  set_scope_int(ctx, "y1", y1);
  set_value(ctx, "slope", div_mod(y0 - y1, x0 - x1, secp_p()));
}

void pt_double_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  double_new_x(ctx, secp_p(), "pt");
}

void pt_add_new_x(const HintContext& ctx) {
  set_scope_int(ctx, "SECP_P", secp_p());
  add_new_x_of(ctx, "pt0", "pt1");
}

// pack(ids.point.<member>, SECP256R1_P): as_int against a modulus above every felt leaves each
// limb as it is.
BigInt pack_unsigned(const HintContext& ctx, std::string_view name, std::int64_t offset) {
  const Relocatable start = add(ctx.ids_address(name), offset);
  BigInt packed = 0;
  for (int i = 2; i >= 0; --i)
    packed = packed * base() + to_bigint(memory_felt(ctx, add(start, i)));
  return packed;
}

void r1_doubling_slope_packed_mod_p(const HintContext& ctx) {
  set_scope_int(ctx, "SECP256R1_ALPHA", r1_alpha());
  set_scope_int(ctx, "SECP256R1_P", r1_p());
  const BigInt x = pack_unsigned(ctx, "point", kX);
  set_scope_int(ctx, "x", x);
  const BigInt y = pack_unsigned(ctx, "point", kY);
  set_scope_int(ctx, "y", y);
  set_value(ctx, "slope", ec_double_slope(x, y, r1_alpha(), r1_p()));
}

constexpr std::array kSecpHints = {
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import "
               "split\n\nsegments.write_arg(ids.res.address_, split(value))",
               nondet_bigint3},
    NativeHint{"ids.low = (ids.x.d0 + ids.x.d1 * ids.BASE) & ((1 << 128) - 1)",
               bigint_to_uint256_low},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\ny = "
               "pack(ids.point.y, PRIME) % SECP_P\n# The modulo operation in python always returns "
               "a nonnegative number.\nvalue = (-y) % SECP_P",
               ec_negate},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom "
               "starkware.python.math_utils import ec_double_slope\n\n# Compute the slope.\nx = "
               "pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\nvalue = slope = "
               "ec_double_slope(point=(x, y), alpha=0, p=SECP_P)",
               k1_doubling_slope},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom "
               "starkware.python.math_utils import line_slope\n\n# Compute the slope.\nx0 = "
               "pack(ids.point0.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\nx1 = pack(ids.point1.x, "
               "PRIME)\ny1 = pack(ids.point1.y, PRIME)\nvalue = slope = line_slope(point1=(x0, "
               "y0), point2=(x1, y1), p=SECP_P)",
               k1_compute_slope},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = "
               "pack(ids.slope, PRIME)\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, "
               "PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P",
               k1_double_new_x},
    NativeHint{"value = new_y = (slope * (x - new_x) - y) % SECP_P", k1_double_new_y},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = "
               "pack(ids.slope, PRIME)\nx0 = pack(ids.point0.x, PRIME)\nx1 = pack(ids.point1.x, "
               "PRIME)\ny0 = pack(ids.point0.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - "
               "x0 - x1) % SECP_P",
               k1_add_new_x},
    NativeHint{"value = new_y = (slope * (x0 - new_x) - y0) % SECP_P", add_new_y},
    NativeHint{"memory[ap] = (ids.scalar % PRIME) % 2", scalar_parity},
    NativeHint{
        "num = (ids.scalar.high << 128) + ids.scalar.low\nnibbles = [(num >> i) & 0xf for i in "
        "range(0, 256, 4)]\nids.first_nibble = nibbles.pop()\nids.last_nibble = nibbles[0]",
        scalar_nibbles},
    NativeHint{"memory[fp + 0] = to_felt_or_relocatable(nibbles.pop())", pop_nibble},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nq, r = "
               "divmod(pack(ids.val, PRIME), SECP_P)\nassert r == 0, f\"verify_zero: Invalid input "
               "{ids.val.d0, ids.val.d1, ids.val.d2}.\"\nids.q = q % PRIME",
               k1_verify_zero},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nx = "
               "pack(ids.x, PRIME) % SECP_P",
               k1_is_zero_pack},
    NativeHint{"memory[ap] = to_felt_or_relocatable(x == 0)", nondet_x_is_zero},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P\nfrom "
        "starkware.python.math_utils import div_mod\n\nvalue = x_inv = div_mod(1, x, SECP_P)",
        k1_is_zero_inverse},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nvalue = "
               "pack(ids.x, PRIME) % SECP_P",
               k1_reduce},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import N, pack\nfrom "
               "starkware.python.math_utils import div_mod, safe_div\n\na = pack(ids.a, PRIME)\nb "
               "= pack(ids.b, PRIME)\nvalue = res = div_mod(a, b, N)",
               div_mod_n},
    NativeHint{"value = k = safe_div(res * b - a, N)", div_mod_n_quotient},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nx_cube_int = "
        "pack(ids.x_cube, PRIME) % SECP_P\ny_square_int = (x_cube_int + ids.BETA) % SECP_P\ny = "
        "pow(y_square_int, (SECP_P + 1) // 4, SECP_P)\n\n# We need to decide whether to take y or "
        "SECP_P - y.\nif ids.v % 2 == y % 2:\n    value = y\nelse:\n    value = (-y) % SECP_P",
        k1_get_point_from_x},
    NativeHint{"ids.is_on_curve = (y * y) % SECP_P == y_square_int", k1_is_on_curve},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA, "
               "SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\nfrom "
               "starkware.python.math_utils import ec_double_slope\n\n# Compute the slope.\nx = "
               "pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\nvalue = slope = "
               "ec_double_slope(point=(x, y), alpha=SECP256R1_ALPHA, p=SECP256R1_P)",
               r1_doubling_slope},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\nfrom "
               "starkware.python.math_utils import line_slope\n\n# Compute the slope.\nx0 = "
               "pack(ids.point0.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\nx1 = pack(ids.point1.x, "
               "PRIME)\ny1 = pack(ids.point1.y, PRIME)\nvalue = slope = line_slope(point1=(x0, "
               "y0), point2=(x1, y1), p=SECP256R1_P)",
               r1_compute_slope},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\n\nslope = "
               "pack(ids.slope, PRIME)\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, "
               "PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP256R1_P) - 2 * x) % SECP256R1_P",
               r1_double_new_x},
    NativeHint{"value = new_y = (slope * (x - new_x) - y) % SECP256R1_P", r1_double_new_y},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P as SECP_P",
        import_r1_p_as_secp_p},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import pack\n\nslope = pack(ids.slope, "
        "PRIME)\nx0 = pack(ids.point0.x, PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny0 = "
        "pack(ids.point0.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P",
        add_new_x},
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP256R1, pack\nfrom "
        "starkware.python.math_utils import y_squared_from_x\n\ny_square_int = y_squared_from_x(\n "
        "   x=pack(ids.x, PRIME),\n    alpha=SECP256R1.alpha,\n    beta=SECP256R1.beta,\n    "
        "field_prime=SECP256R1.prime,\n)\n\n# Note that (y_square_int ** ((SECP256R1.prime + 1) / "
        "4)) ** 2 =\n#   = y_square_int ** ((SECP256R1.prime + 1) / 2) =\n#   = y_square_int ** "
        "((SECP256R1.prime - 1) / 2 + 1) =\n#   = y_square_int * y_square_int ** ((SECP256R1.prime "
        "- 1) / 2) = y_square_int * {+/-}1.\ny = pow(y_square_int, (SECP256R1.prime + 1) // 4, "
        "SECP256R1.prime)\n\n# We need to decide whether to take y or prime - y.\nif ids.v % 2 == "
        "y % 2:\n    value = y\nelse:\n    value = (-y) % SECP256R1.prime",
        r1_get_point_from_x},
    NativeHint{"ids.is_on_curve = (y * y) % SECP256R1.prime == y_square_int", r1_is_on_curve},
    NativeHint{"from starkware.cairo.common.math_utils import as_int\n\n# Correctness "
               "check.\nvalue = as_int(ids.value, PRIME) % PRIME\nassert value < ids.UPPER_BOUND, "
               "f'{value} is outside of the range [0, 2**165).'\n\n# Calculation for the "
               "assertion.\nids.high, ids.low = divmod(ids.value, ids.SHIFT)",
               assert_165_bit},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\n\nq, r = "
               "divmod(pack(ids.val, PRIME), SECP256R1_P)\nassert r == 0, f\"verify_zero: Invalid "
               "input {ids.val.d0, ids.val.d1, ids.val.d2}.\"\nids.q = q % PRIME",
               r1_verify_zero},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\n\nx = pack(ids.x, PRIME) "
               "% SECP256R1_P",
               r1_is_zero_pack},
    NativeHint{
        "from starkware.python.math_utils import div_mod\n\nvalue = div_mod(1, x, SECP256R1_P)",
        r1_is_zero_inverse},
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\nvalue = pack(ids.x, "
               "PRIME) % SECP256R1_P",
               r1_reduce},
    // Older and third-party variants.
    // NONDET_V2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import split\n"
               "segments.write_arg(ids.res.address_, split(value))",
               nondet_bigint3},
    // VZ_V2
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P\n"
        "q, r = divmod(pack(ids.val, PRIME), SECP_P)\n"
        "assert r == 0, f\"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}.\"\n"
        "ids.q = q % PRIME",
        k1_verify_zero},
    // IZP_V2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n"
               "x = pack(ids.x, PRIME) % SECP_P",
               k1_is_zero_pack},
    // IZ_INT
    NativeHint{"memory[ap] = int(x == 0)", nondet_x_is_zero},
    // VZ_EXT
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
        "\n"
        "q, r = divmod(pack(ids.val, PRIME), SECP_P)\n"
        "assert r == 0, f\"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}.\"\n"
        "ids.q = q % PRIME",
        ext_verify_zero},
    // RED_V2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "value = pack(ids.x, PRIME) % SECP_P",
               ext_reduce},
    // IZP_EXT1
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "\n"
               "x = pack(ids.x, PRIME) % SECP_P",
               ext_is_zero_pack},
    // IZP_EXT2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "x = pack(ids.x, PRIME) % SECP_P",
               ext_is_zero_pack},
    // IZ_ASSIGN_EXT
    NativeHint{"from starkware.python.math_utils import div_mod\n"
               "\n"
               "value = x_inv = div_mod(1, x, SECP_P)",
               ext_is_zero_inverse},
    // DIVN_EXT
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import div_mod, safe_div\n"
               "\n"
               "a = pack(ids.a, PRIME)\n"
               "b = pack(ids.b, PRIME)\n"
               "value = res = div_mod(a, b, N)",
               ext_div_mod_n},
    // SAFE_DIV_P1
    NativeHint{"value = k_plus_one = safe_div(res * b - a, N) + 1", div_mod_n_quotient_plus_one},
    // DSLOPE_EXT
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import ec_double_slope\n"
               "\n"
               "# Compute the slope.\n"
               "x = pack(ids.point.x, PRIME)\n"
               "y = pack(ids.point.y, PRIME)\n"
               "value = slope = ec_double_slope(point=(x, y), alpha=ALPHA, p=SECP_P)",
               ext_doubling_slope},
    // SLOPE_R1V1
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "from starkware.python.math_utils import line_slope\n"
               "\n"
               "# Compute the slope.\n"
               "x0 = pack(ids.point0.x, PRIME)\n"
               "y0 = pack(ids.point0.y, PRIME)\n"
               "x1 = pack(ids.point1.x, PRIME)\n"
               "y1 = pack(ids.point1.y, PRIME)\n"
               "value = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P)",
               ext_compute_slope},
    // NEWX_V2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
               "\n"
               "slope = pack(ids.slope, PRIME)\n"
               "x = pack(ids.point.x, PRIME)\n"
               "y = pack(ids.point.y, PRIME)\n"
               "\n"
               "value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P",
               ext_double_new_x},
    // REDUCE_ED25519
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import "
               "pack\nSECP_P=2**255-19\n\nvalue = pack(ids.x, PRIME) % SECP_P",
               ed_reduce},
    // IS_ZERO_PACK_ED25519
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import "
               "pack\nSECP_P=2**255-19\n\nx = pack(ids.x, PRIME) % SECP_P",
               ed_is_zero_pack},
    // IS_ZERO_ASSIGN_SCOPE_VARS_ED25519
    NativeHint{"SECP_P=2**255-19\nfrom starkware.python.math_utils import div_mod\n\nvalue = x_inv "
               "= div_mod(1, x, SECP_P)",
               ed_is_zero_inverse},
    // VERIFY_ZERO_V3
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = "
               "2**255-19\nto_assert = pack(ids.val, PRIME)\nq, r = divmod(pack(ids.val, PRIME), "
               "SECP_P)\nassert r == 0, f\"verify_zero: Invalid input {ids.val.d0, ids.val.d1, "
               "ids.val.d2}.\"\nids.q = q % PRIME",
               ed_verify_zero},
    // EC_NEGATE_EMBEDDED_SECP
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = "
               "2**255-19\n\ny = pack(ids.point.y, PRIME) % SECP_P\n# The modulo operation in "
               "python always returns a nonnegative number.\nvalue = (-y) % SECP_P",
               ed_ec_negate},
    // EC_DOUBLE_ASSIGN_NEW_X_V3
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = "
        "2**255-19\n\nslope = pack(ids.slope, PRIME)\nx = pack(ids.point.x, PRIME)\ny = "
        "pack(ids.point.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P",
        ed_double_new_x},
    // FAST_EC_ADD_ASSIGN_NEW_X_V2
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = "
               "2**255-19\n\nslope = pack(ids.slope, PRIME)\nx0 = pack(ids.point0.x, PRIME)\nx1 = "
               "pack(ids.point1.x, PRIME)\ny0 = pack(ids.point0.y, PRIME)\n\nvalue = new_x = "
               "(pow(slope, 2, SECP_P) - x0 - x1) % SECP_P",
               ed_add_new_x},
    // COMPUTE_SLOPE_V2
    NativeHint{"from starkware.python.math_utils import line_slope\nfrom "
               "starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = 2**255-19\n# "
               "Compute the slope.\nx0 = pack(ids.point0.x, PRIME)\ny0 = pack(ids.point0.y, "
               "PRIME)\nx1 = pack(ids.point1.x, PRIME)\ny1 = pack(ids.point1.y, PRIME)\nvalue = "
               "slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P)",
               ed_compute_slope},
    // EC_DOUBLE_SLOPE_V2
    NativeHint{
        "from starkware.python.math_utils import ec_double_slope\nfrom "
        "starkware.cairo.common.cairo_secp.secp_utils import pack\nSECP_P = 2**255-19\n\n# Compute "
        "the slope.\nx = pack(ids.point.x, PRIME)\ny = pack(ids.point.y, PRIME)\nvalue = slope = "
        "ec_double_slope(point=(x, y), "
        "alpha=42204101795669822316448953119945047945709099015225996174933988943478124189485, "
        "p=SECP_P)",
        ed_doubling_slope},
    // EC_DOUBLE_SLOPE_V3
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom "
        "starkware.python.math_utils import div_mod\n\n# Compute the slope.\nx = pack(ids.pt.x, "
        "PRIME)\ny = pack(ids.pt.y, PRIME)\nvalue = slope = div_mod(3 * x ** 2, 2 * y, SECP_P)",
        pt_doubling_slope_div_mod},
    // COMPUTE_SLOPE_WHITELIST
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\nfrom "
        "starkware.python.math_utils import div_mod\n\n# Compute the slope.\nx0 = pack(ids.pt0.x, "
        "PRIME)\ny0 = pack(ids.pt0.y, PRIME)\nx1 = pack(ids.pt1.x, PRIME)\ny1 = pack(ids.pt1.y, "
        "PRIME)\nvalue = slope = div_mod(y0 - y1, x0 - x1, SECP_P)",
        pt_compute_slope_div_mod},
    // EC_DOUBLE_ASSIGN_NEW_X_V4
    NativeHint{"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = "
               "pack(ids.slope, PRIME)\nx = pack(ids.pt.x, PRIME)\ny = pack(ids.pt.y, "
               "PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P",
               pt_double_new_x},
    // FAST_EC_ADD_ASSIGN_NEW_X_V3
    NativeHint{
        "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\nslope = "
        "pack(ids.slope, PRIME)\nx0 = pack(ids.pt0.x, PRIME)\nx1 = pack(ids.pt1.x, PRIME)\ny0 = "
        "pack(ids.pt0.y, PRIME)\n\nvalue = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P",
        pt_add_new_x},
    // EC_DOUBLE_SLOPE_V4
    NativeHint{"from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA, "
               "SECP256R1_P\nfrom starkware.cairo.common.cairo_secp.secp_utils import pack\nfrom "
               "starkware.python.math_utils import ec_double_slope\n\n# Compute the slope.\nx = "
               "pack(ids.point.x, SECP256R1_P)\ny = pack(ids.point.y, SECP256R1_P)\nvalue = slope "
               "= ec_double_slope(point=(x, y), alpha=SECP256R1_ALPHA, p=SECP256R1_P)",
               r1_doubling_slope_packed_mod_p},
};

}  // namespace

std::span<const NativeHint> secp_hints() {
  return kSecpHints;
}

}  // namespace cairovm
