// cairovm: native-only
// Every public function of math.cairo, math_cmp.cairo, pow.cairo and log2_ceil.cairo on values
// that exercise each branch of their hints, with Python hints disabled in cairovm.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.log2_ceil import log2_ceil
from starkware.cairo.common.math import (
    abs_value,
    assert_250_bit,
    assert_in_range,
    assert_le,
    assert_le_felt,
    assert_lt,
    assert_lt_felt,
    assert_nn,
    assert_nn_le,
    assert_not_equal,
    assert_not_nullptr,
    assert_not_zero,
    horner_eval,
    is_quad_residue,
    safe_div,
    safe_mult,
    sign,
    signed_div_rem,
    split_felt,
    split_int,
    sqrt,
    unsigned_div_rem,
)
from starkware.cairo.common.math_cmp import (
    is_in_range,
    is_le,
    is_le_felt,
    is_nn,
    is_nn_le,
    is_not_zero,
)
from starkware.cairo.common.pow import pow, signed_pow
from starkware.cairo.common.serialize import serialize_word

func out{output_ptr: felt*}(value) {
    serialize_word(value);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local arr: felt*) = alloc();
    assert arr[0] = 5;
    assert arr[1] = 7;

    assert_not_zero(3);
    assert_not_zero(-1);
    assert_not_nullptr(arr);
    assert_not_equal(1, 2);
    assert_not_equal(cast(arr, felt), cast(arr + 1, felt));
    assert_nn(0);
    assert_nn(2 ** 128 - 1);
    assert_le(3, 3);
    assert_le(-5, 0 - 4);
    assert_lt(2, 3);
    assert_nn_le(4, 10);
    assert_in_range(5, 5, 6);
    assert_250_bit(2 ** 250 - 1);
    assert_250_bit(0);
    // assert_le_felt's three arcs: each one excluded in turn.
    assert_le_felt(1, 2);
    assert_le_felt(10, -10);
    assert_le_felt(-10, -5);
    assert_le_felt(2 ** 200, 2 ** 250);
    assert_le_felt(7, 7);
    assert_lt_felt(0, -1);
    assert_lt_felt(2 ** 130, 2 ** 131);

    let (high, low) = split_felt(-1);
    out(high);
    out(low);
    let (high, low) = split_felt(2 ** 128 + 5);
    out(high);
    out(low);

    let a1 = abs_value(-12345);
    out(a1);
    let a2 = abs_value(678);
    out(a2);
    let a3 = abs_value(0);
    out(a3);
    let s1 = sign(-3);
    out(s1);
    let s2 = sign(0);
    out(s2);
    let s3 = sign(2 ** 127);
    out(s3);

    let (q, r) = unsigned_div_rem(1000, 7);
    out(q);
    out(r);
    let (q, r) = unsigned_div_rem(2 ** 128 - 3, 2 ** 120 + 1);
    out(q);
    out(r);
    let (q, r) = signed_div_rem(-1000, 7, 2 ** 64);
    out(q);
    out(r);
    let (q, r) = signed_div_rem(1000, 3, 1000);
    out(q);
    out(r);
    let sd = safe_div(91, 7);
    out(sd);
    let sm = safe_mult(91, 7);
    out(sm);

    let (local limbs: felt*) = alloc();
    split_int(0x123456789abcdef, 4, 2 ** 16, 2 ** 16, limbs);
    out(limbs[0]);
    out(limbs[3]);

    let r1 = sqrt(0);
    out(r1);
    let r2 = sqrt(99);
    out(r2);
    let r3 = sqrt(2 ** 250 - 1);
    out(r3);

    let (h) = horner_eval(2, arr, 3);
    out(h);

    let qr1 = is_quad_residue(0);
    out(qr1);
    let qr2 = is_quad_residue(4);
    out(qr2);
    let qr3 = is_quad_residue(3);
    out(qr3);
    let qr4 = is_quad_residue(-1);
    out(qr4);
    let qr5 = is_quad_residue(123456789);
    out(qr5);

    let c1 = is_not_zero(0);
    out(c1);
    let c2 = is_nn(-1);
    out(c2);
    let c3 = is_nn(2 ** 128);
    out(c3);
    let c4 = is_nn(5);
    out(c4);
    let c5 = is_le(4, 5);
    out(c5);
    let c6 = is_le(5, 4);
    out(c6);
    let c7 = is_nn_le(3, 2);
    out(c7);
    let c8 = is_in_range(5, 1, 10);
    out(c8);
    let c9 = is_le_felt(-1, 3);
    out(c9);
    let c10 = is_le_felt(3, -1);
    out(c10);
    let c11 = is_in_range(0, 1, 10);
    out(c11);

    let (p1) = pow(3, 0);
    out(p1);
    let (p2) = pow(3, 77);
    out(p2);
    let (p3) = pow(-2, 250);
    out(p3);
    let p4 = signed_pow(2, -3);
    out(p4);
    let p5 = signed_pow(5, 4);
    out(p5);

    let l1 = log2_ceil(1);
    out(l1);
    let l2 = log2_ceil(1025);
    out(l2);
    let l3 = log2_ceil(2 ** 100);
    out(l3);
    return ();
}
