// cairovm: native-only
// cairovm: args=--print_output
// The uint256_add and split_64 hints on values off their usual range: sums at and past SHIFT,
// members that are not 128-bit (field elements near P, whose sum leaves the field), a pointer
// member (Python adds an int to it and finds it greater than any int), and split_64 at the ends
// of its range.
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256, split_64
from starkware.cairo.common.alloc import alloc

const SHIFT = 2 ** 128;

// The library's uint256_add hint, without the range checks that follow it there.
func carries(a: Uint256, b: Uint256) -> (carry_low: felt, carry_high: felt) {
    alloc_locals;
    local carry_low: felt;
    local carry_high: felt;
    %{
        sum_low = ids.a.low + ids.b.low
        ids.carry_low = 1 if sum_low >= ids.SHIFT else 0
        sum_high = ids.a.high + ids.b.high + ids.carry_low
        ids.carry_high = 1 if sum_high >= ids.SHIFT else 0
    %}
    return (carry_low=carry_low, carry_high=carry_high);
}

func show{output_ptr: felt*}(a: Uint256, b: Uint256) {
    let (c0, c1) = carries(a, b);
    serialize_word(c0);
    serialize_word(c1);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    show(Uint256(SHIFT - 1, SHIFT - 1), Uint256(0, 0));
    show(Uint256(SHIFT - 1, SHIFT - 2), Uint256(1, 1));
    show(Uint256(SHIFT - 1, SHIFT - 1), Uint256(1, 0));
    show(Uint256(-1, -1), Uint256(-1, -1));
    show(Uint256(-1, 0), Uint256(2, 0));
    let (p: felt*) = alloc();
    show(Uint256(cast(p, felt), 0), Uint256(5, 0));
    show(Uint256(0, 7), Uint256(5, cast(p, felt)));

    let (low, high) = split_64(2 ** 64 - 1);
    serialize_word(low);
    serialize_word(high);
    let (low, high) = split_64(2 ** 128 - 1);
    serialize_word(low);
    serialize_word(high);
    let (low, high) = split_64(2 ** 64);
    serialize_word(low);
    serialize_word(high);
    return ();
}
