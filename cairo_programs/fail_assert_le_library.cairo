// cairovm: native-only
// cairovm: expect=error
// cairovm: args=--print_output
// assert_le(10, 3) from math.cairo calls assert_nn(3 - 10), whose Python hint fails:
// "Got an exception while executing a hint." with the hint's Python traceback ending in
// "AssertionError: a = <P-7> is out of range.".
%builtins output range_check

from starkware.cairo.common.math import assert_le

func check_order{range_check_ptr}(a, b) {
    assert_le(a, b);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    check_order(1, 2);
    check_order(10, 3);
    return ();
}
