// cairovm: native-only
// cairovm: args=--print_output
// Library functions with native hints (math.cairo): assert_nn, assert_le,
// unsigned_div_rem, split_felt, assert_not_equal, sqrt; plus math_cmp.is_le.
%builtins output range_check

from starkware.cairo.common.math import (
    assert_le,
    assert_nn,
    assert_not_equal,
    split_felt,
    sqrt,
    unsigned_div_rem,
)
from starkware.cairo.common.math_cmp import is_le
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_nn(5);
    assert_le(3, 3);
    assert_not_equal(1, 2);
    let (local q, local r) = unsigned_div_rem(1000, 7);
    let (local high, local low) = split_felt(-1);
    local s = sqrt(1000000);
    local le1 = is_le(5, 4);
    local le2 = is_le(4, 5);
    serialize_word(q);
    serialize_word(r);
    serialize_word(high);
    serialize_word(low);
    serialize_word(s);
    serialize_word(le1);
    serialize_word(le2);
    return ();
}
