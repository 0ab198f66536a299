// cairovm: native-only
// cairovm: expect=error
// assert_lt_felt on equal values.
%builtins output range_check

from starkware.cairo.common.math import assert_lt_felt

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_lt_felt(9, 9);
    return ();
}
