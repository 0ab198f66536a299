// cairovm: native-only
// cairovm: expect=error
// assert_not_equal on equal values.
%builtins output range_check

from starkware.cairo.common.math import assert_not_equal

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_not_equal(7, 7);
    return ();
}
