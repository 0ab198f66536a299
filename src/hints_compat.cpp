// Native hints beyond cairo-lang 0.14's common library that programs still carry: Starknet's
// storage address normalisation (starknet/common/storage.cairo) and hint variants of older
// library versions and widely used libraries (uint128 addition, a felt-typed uint256 root,
// uint256 subtraction, assert_le_felt of cairo-lang 0.8).
#include <array>
#include <string>

#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using namespace hint_support;

constexpr std::int64_t kLow = 0, kHigh = 1;

BigInt uint256_value(PyHint& h, std::string_view name) {
  const BigInt low = h.member_int(name, kLow);
  return (h.member_int(name, kHigh) << 128) + low;
}

// --- starknet/common/storage.cairo (normalize_address)

void is_addr_bounded(PyHint& h) {
  BigInt bound = to_big(h.ctx().ids_constant("ADDR_BOUND"));
  h.keep("ADDR_BOUND", bound);
  const BigInt two250 = BigInt(1) << 250;
  h.at(3).check(
      two250 < bound && bound <= (BigInt(1) << 251) && 2 * two250 < prime() && bound * 2 > prime(),
      "normalize_address() cannot be used with the current constants.");
  h.at(6).set_id("is_small", BigInt(h.id_int("addr", "<") < bound ? 1 : 0));
}

void is_250_bits(PyHint& h) {
  h.set_id("is_250", BigInt(h.id_int("addr", "<") < (BigInt(1) << 250) ? 1 : 0));
}

// --- older and third-party variants

void uint256_add_low(PyHint& h) {
  const BigInt shift = to_big(h.ctx().ids_constant("SHIFT"));
  const BigInt sum_low = h.member_int("a", kLow) + h.member_int("b", kLow);
  h.keep("sum_low", sum_low);
  h.at(2).set_id("carry_low", BigInt(sum_low >= shift ? 1 : 0));
}

void uint128_add(PyHint& h) {
  const BigInt shift = to_big(h.ctx().ids_constant("SHIFT"));
  const BigInt res = h.id_int("a", "+") + h.id_int("b", "+");
  h.keep("res", res);
  h.at(2).set_id("carry", BigInt(res >= shift ? 1 : 0));
}

void uint256_sqrt_felt(PyHint& h) {
  const BigInt n = uint256_value(h.at(2), "n");
  h.keep("n", n);
  BigInt root;
  mpz_sqrt(root.get_mpz_t(), n.get_mpz_t());
  h.keep("root", root);
  h.at(4).check(root < (BigInt(1) << 128));
  h.at(5).set_id("root", root);
}

void uint256_sub(PyHint& h) {
  const BigInt a = uint256_value(h.at(12), "a");
  const BigInt b = uint256_value(h.at(13), "b");
  h.keep("a", a);
  h.keep("b", b);
  const BigInt modulus = BigInt(1) << 256;
  BigInt res = (a - b) % modulus;
  if (res < 0) res += modulus;
  h.keep("res", res);
  h.at(16).write(h.member("res", kLow), BigInt(res & ((BigInt(1) << 128) - 1)));
  h.at(17).write(h.member("res", kHigh), BigInt(res >> 128));
}

void assert_le_felt_v0_8(PyHint& h) {
  const BigInt a = h.at(2).assert_integer("a") % prime();
  const BigInt b = h.at(3).assert_integer("b") % prime();
  h.keep("a", a);
  h.keep("b", b);
  h.at(6).check(a <= b, [&] {
    return "a = " + dec(a) + " is not less than or equal to b = " + dec(b) + ".";
  });
  h.at(8).set_id("small_inputs", BigInt(a < rc_bound() && (b - a) < rc_bound() ? 1 : 0));
}

// cairo_sha256 of cairo-lang 0.10 (sha256_input): whether 4 more bytes remain.
void sha256_input_full_word(PyHint& h) {
  const MaybeRelocatable n_bytes = h.id("n_bytes");
  if (!n_bytes.is_felt()) {
    h.raise("TypeError", "'>=' not supported between instances of 'RelocatableValue' and 'int'");
  }
  h.set_id("full_word", BigInt(to_big(n_bytes.felt()) >= 4 ? 1 : 0));
}

// keccak_utils of cairo-lang 0.10 and older (unsafe_keccak's input loop): whether 8 more bytes
// remain.
void keccak_input_full_word(PyHint& h) {
  const MaybeRelocatable n_bytes = h.id("n_bytes");
  if (!n_bytes.is_felt()) {
    h.raise("TypeError", "'>=' not supported between instances of 'RelocatableValue' and 'int'");
  }
  h.set_id("full_word", BigInt(to_big(n_bytes.felt()) >= 8 ? 1 : 0));
}

void assert_le_felt_v0_6(PyHint& h) {
  const BigInt a = h.at(2).assert_integer("a") % prime();
  const BigInt b = h.at(3).assert_integer("b") % prime();
  h.at(4).check(a <= b, [&] {
    return "a = " + dec(a) + " is not less than or equal to b = " + dec(b) + ".";
  });
}

void felt_bit_length(PyHint& h) {
  const MaybeRelocatable x = h.id("x");
  if (!x.is_felt()) {
    h.at(2).raise("AttributeError", "'RelocatableValue' object has no attribute 'bit_length'");
  }
  const BigInt value = to_big(x.felt());
  h.keep("x", value);
  h.at(2).set_id("bit_length", BigInt(value == 0 ? 0 : mpz_sizeinbase(value.get_mpz_t(), 2)));
}

void a_b_lsb(PyHint& h) {
  h.set_id("a_lsb", BigInt(h.id_int("a", "&") & 1));
  h.at(2).set_id("b_lsb", BigInt(h.id_int("b", "&") & 1));
}

// `ids.<low> = ids.<value> & ((1<<128) - 1)` and `ids.<high> = ids.<value> >> 128`.
void split_felt_128(PyHint& h, const std::string& value, const std::string& low,
                    const std::string& high) {
  const BigInt mask = (BigInt(1) << 128) - 1;
  h.set_id(low, BigInt(h.id_int(value, "&") & mask));
  h.at(2).set_id(high, BigInt(h.id_int(value, ">>") >> 128));
}

void uint384_split_128(PyHint& h) {
  split_felt_128(h, "a", "low", "high");
}

void split_output1(PyHint& h) {
  split_felt_128(h, "output1", "output1_low", "output1_high");
}

// uint384's sign test: memory[ap] = 1 if the high limb d2 is below 2**127.
void uint384_signed_nn(PyHint& h) {
  const BigInt d2 = h.member_int("a", 2) % prime();
  h.write(h.vm().ap, BigInt(d2 < (BigInt(1) << 127) ? 1 : 0));
}

template <int Bound>
void nondet_n_at_least(PyHint& h) {
  const MaybeRelocatable n = h.id("n");
  if (!n.is_felt()) {
    h.raise("TypeError", "'>=' not supported between instances of 'RelocatableValue' and 'int'");
  }
  h.write(h.vm().ap, BigInt(to_big(n.felt()) >= Bound ? 1 : 0));
}

void temporary_array(PyHint& h) {
  h.set_id("temporary_array", MaybeRelocatable(h.vm().memory().add_temp_segment()));
}

// uint384's add without the final check: the carry of each 128-bit limb.
void uint384_add_carries(PyHint& h) {
  const BigInt shift = to_big(h.ctx().ids_constant("SHIFT"));
  BigInt carry = 0;
  for (int limb = 0; limb < 3; ++limb) {
    const std::string d = "d" + std::to_string(limb);
    const BigInt sum = h.at(1 + 2 * limb).member_int("a", limb) + h.member_int("b", limb) + carry;
    h.keep("sum_" + d, sum);
    carry = sum >= shift ? 1 : 0;
    h.at(2 + 2 * limb).set_id("carry_" + d, carry);
  }
}

constexpr std::array kCompatHints = {
    NativeHint{
        R"PY(# Verify the assumptions on the relationship between 2**250, ADDR_BOUND and PRIME.
ADDR_BOUND = ids.ADDR_BOUND % PRIME
assert (2**250 < ADDR_BOUND <= 2**251) and (2 * 2**250 < PRIME) and (
        ADDR_BOUND * 2 > PRIME), \
    'normalize_address() cannot be used with the current constants.'
ids.is_small = 1 if ids.addr < ADDR_BOUND else 0)PY",
        py<is_addr_bounded>},
    NativeHint{"ids.is_250 = 1 if ids.addr < 2**250 else 0", py<is_250_bits>},
    NativeHint{R"PY(sum_low = ids.a.low + ids.b.low
ids.carry_low = 1 if sum_low >= ids.SHIFT else 0)PY",
               py<uint256_add_low>},
    NativeHint{R"PY(res = ids.a + ids.b
ids.carry = 1 if res >= ids.SHIFT else 0)PY",
               py<uint128_add>},
    NativeHint{R"PY(from starkware.python.math_utils import isqrt
n = (ids.n.high << 128) + ids.n.low
root = isqrt(n)
assert 0 <= root < 2 ** 128
ids.root = root)PY",
               py<uint256_sqrt_felt>},
    NativeHint{R"PY(def split(num: int, num_bits_shift: int = 128, length: int = 2):
    a = []
    for _ in range(length):
        a.append( num & ((1 << num_bits_shift) - 1) )
        num = num >> num_bits_shift
    return tuple(a)

def pack(z, num_bits_shift: int = 128) -> int:
    limbs = (z.low, z.high)
    return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

a = pack(ids.a)
b = pack(ids.b)
res = (a - b)%2**256
res_split = split(res)
ids.res.low = res_split[0]
ids.res.high = res_split[1])PY",
               py<uint256_sub>},
    NativeHint{R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
a = ids.a % PRIME
b = ids.b % PRIME
assert a <= b, f'a = {a} is not less than or equal to b = {b}.'

ids.small_inputs = int(
    a < range_check_builtin.bound and (b - a) < range_check_builtin.bound))PY",
               py<assert_le_felt_v0_8>},
    NativeHint{"ids.full_word = int(ids.n_bytes >= 4)", py<sha256_input_full_word>},
    NativeHint{"ids.full_word = int(ids.n_bytes >= 8)", py<keccak_input_full_word>},
    NativeHint{"from starkware.cairo.common.math_utils import "
               "assert_integer\nassert_integer(ids.a)\nassert_integer(ids.b)\nassert (ids.a % "
               "PRIME) <= (ids.b % PRIME), \\\n    f'a = {ids.a % PRIME} is not less than or equal "
               "to b = {ids.b % PRIME}.'",
               py<assert_le_felt_v0_6>},
    NativeHint{"x = ids.x\nids.bit_length = x.bit_length()", py<felt_bit_length>},
    NativeHint{"ids.a_lsb = ids.a & 1\nids.b_lsb = ids.b & 1", py<a_b_lsb>},
    NativeHint{"ids.low = ids.a & ((1<<128) - 1)\nids.high = ids.a >> 128", py<uint384_split_128>},
    NativeHint{
        "ids.output1_low = ids.output1 & ((1 << 128) - 1)\nids.output1_high = ids.output1 >> 128",
        py<split_output1>},
    NativeHint{"memory[ap] = 1 if 0 <= (ids.a.d2 % PRIME) < 2 ** 127 else 0",
               py<uint384_signed_nn>},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.n >= 2)", py<nondet_n_at_least<2>>},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.n >= 10)", py<nondet_n_at_least<10>>},
    NativeHint{"ids.temporary_array = segments.add_temp_segment()", py<temporary_array>},
    NativeHint{"sum_d0 = ids.a.d0 + ids.b.d0\nids.carry_d0 = 1 if sum_d0 >= ids.SHIFT else "
               "0\nsum_d1 = ids.a.d1 + ids.b.d1 + ids.carry_d0\nids.carry_d1 = 1 if sum_d1 >= "
               "ids.SHIFT else 0\nsum_d2 = ids.a.d2 + ids.b.d2 + ids.carry_d1\nids.carry_d2 = 1 if "
               "sum_d2 >= ids.SHIFT else 0",
               py<uint384_add_carries>},
};

}  // namespace

std::span<const NativeHint> compat_hints() {
  return kCompatHints;
}

}  // namespace cairovm
