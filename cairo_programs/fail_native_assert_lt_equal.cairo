// cairovm: native-only
// cairovm: expect=error
// assert_lt on equal values.
%builtins output range_check

from starkware.cairo.common.math import assert_lt

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_lt(4, 4);
    return ();
}
