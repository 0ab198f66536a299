// cairovm: native-only
// cairovm: expect=error
// assert_not_zero(0).
%builtins output range_check

from starkware.cairo.common.math import assert_not_zero

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_not_zero(0);
    return ();
}
