// cairovm: native-only
// cairovm: layout=starknet
// The public functions of uint256.cairo whose hints are native (carries, 64-bit splits, square
// roots, signed tests, divisions with large quotients), with Python hints disabled in cairovm.
%builtins output range_check bitwise

from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import (
    Uint256,
    split_64,
    uint256_add,
    uint256_check,
    uint256_eq,
    uint256_le,
    uint256_lt,
    uint256_mul,
    uint256_mul_div_mod,
    uint256_neg,
    uint256_pow2,
    uint256_shl,
    uint256_shr,
    uint256_signed_div_rem,
    uint256_signed_le,
    uint256_signed_lt,
    uint256_signed_nn,
    uint256_sqrt,
    uint256_sub,
    uint256_unsigned_div_rem,
)

func out{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let max = Uint256(2 ** 128 - 1, 2 ** 128 - 1);
    let one = Uint256(1, 0);
    let big = Uint256(0x1234567890abcdef1234567890abcdef, 0xfedcba0987654321fedcba0987654321);
    uint256_check(big);

    let (s, carry) = uint256_add(max, one);
    out(s);
    serialize_word(carry);
    let (s, carry) = uint256_add(big, big);
    out(s);
    serialize_word(carry);
    let (s, carry) = uint256_add(Uint256(2 ** 128 - 1, 0), one);
    out(s);
    serialize_word(carry);

    let (lo, hi) = split_64(0x1234567890abcdef1234567890abcdef);
    serialize_word(lo);
    serialize_word(hi);

    let (low, high) = uint256_mul(big, max);
    out(low);
    out(high);

    let (r) = uint256_sqrt(max);
    out(r);
    let (r) = uint256_sqrt(Uint256(0, 0));
    out(r);
    let (r) = uint256_sqrt(big);
    out(r);

    let (n1) = uint256_signed_nn(big);
    serialize_word(n1);
    let (n2) = uint256_signed_nn(one);
    serialize_word(n2);
    let (lt) = uint256_lt(one, big);
    serialize_word(lt);
    let (le) = uint256_le(big, one);
    serialize_word(le);
    let (slt) = uint256_signed_lt(big, one);
    serialize_word(slt);
    let (sle) = uint256_signed_le(one, one);
    serialize_word(sle);

    let (q, rem) = uint256_unsigned_div_rem(big, Uint256(12345, 0));
    out(q);
    out(rem);
    let (q, rem) = uint256_unsigned_div_rem(max, big);
    out(q);
    out(rem);
    let (q, rem) = uint256_unsigned_div_rem(one, max);
    out(q);
    out(rem);

    let (ql, qh, rem) = uint256_mul_div_mod(max, max, Uint256(7, 0));
    out(ql);
    out(qh);
    out(rem);
    let (ql, qh, rem) = uint256_mul_div_mod(big, Uint256(3, 0), big);
    out(ql);
    out(qh);
    out(rem);

    let (neg) = uint256_neg(big);
    let (q, rem) = uint256_signed_div_rem(neg, Uint256(1000, 0));
    out(q);
    out(rem);
    let (q, rem) = uint256_signed_div_rem(big, neg);
    out(q);
    out(rem);

    let (d) = uint256_sub(one, big);
    out(d);
    let (e) = uint256_eq(big, big);
    serialize_word(e);
    let (p) = uint256_pow2(Uint256(200, 0));
    out(p);
    let (sh) = uint256_shl(big, Uint256(77, 0));
    out(sh);
    let (sr) = uint256_shr(big, Uint256(131, 0));
    out(sr);
    return ();
}
