// cairovm: native-only
// cairovm: expect=error
// assert_nn on a negative value.
%builtins output range_check

from starkware.cairo.common.math import assert_nn

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_nn(-5);
    return ();
}
