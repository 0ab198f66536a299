// Math and comparisons from the common library: divisions, bounds, felt comparisons, square roots
// and signs on N pseudo-random values.
// bench: python_n=180
%builtins output range_check

from starkware.cairo.common.math import (
    abs_value,
    assert_le,
    assert_le_felt,
    assert_lt_felt,
    assert_nn_le,
    sign,
    signed_div_rem,
    split_felt,
    sqrt,
    unsigned_div_rem,
)
from starkware.cairo.common.math_cmp import is_le, is_le_felt, is_nn
from starkware.cairo.common.serialize import serialize_word

const N = 20000;

func rounds{range_check_ptr}(i: felt, x: felt, total: felt) -> felt {
    alloc_locals;
    if (i == 0) {
        return total;
    }
    let (q, r) = unsigned_div_rem(x, 1000003);
    assert_le(r, 1000002);
    assert_nn_le(r, q + 1000003);
    let (high, low) = split_felt(x * 0x100000000000000000001);
    assert_le_felt(low, low + 1);
    assert_lt_felt(high, high + 1);
    let a = is_le(q, r);
    let b = is_le_felt(x, 2 ** 200);
    let c = is_nn(r - q);
    let root = sqrt(r);
    let (sq, sr) = signed_div_rem(r - 500000, 77, 2 ** 64);
    let s = sign(sq);
    let magnitude = abs_value(sq);
    // Next value: a linear congruence that stays below 2^64.
    let (_, next) = unsigned_div_rem(x * 6364136223846793005 + 1442695040888963407, 2 ** 64);
    return rounds(i - 1, next, total + a + b + c + root + sr + s + magnitude);
}

func main{output_ptr: felt*, range_check_ptr}() {
    let total = rounds(N, 12345, 0);
    serialize_word(total);
    return ();
}
