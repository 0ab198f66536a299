// cairovm: native-only
// cairovm: args=--print_output
// assert_le_felt on the ends of the field and on ties between the hint's arcs (equal lengths sort
// by their index, as Python sorts the tuples), then is_le_felt both ways.
%builtins output range_check

from starkware.cairo.common.math import assert_le_felt
from starkware.cairo.common.math_cmp import is_le_felt
from starkware.cairo.common.serialize import serialize_word

const P_MINUS_1 = -1;
const THIRD = 0x2aaaaaaaaaaaab05555555555555555555555555555555555555555555555;
const HALF = 0x400000000000008800000000000000000000000000000000000000000000000;

func main{output_ptr: felt*, range_check_ptr}() {
    assert_le_felt(0, 0);
    assert_le_felt(P_MINUS_1, P_MINUS_1);
    assert_le_felt(0, P_MINUS_1);
    assert_le_felt(THIRD, THIRD);
    assert_le_felt(THIRD, 2 * THIRD);
    assert_le_felt(HALF, HALF + 1);
    assert_le_felt(1, HALF);
    assert_le_felt(12345, 12345 + 2 ** 200);
    let x = is_le_felt(HALF + 5, 3);
    serialize_word(x);
    let y = is_le_felt(3, HALF + 5);
    serialize_word(y);
    let z = is_le_felt(THIRD, THIRD);
    serialize_word(z);
    return ();
}
