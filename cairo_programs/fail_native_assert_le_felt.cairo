// cairovm: native-only
// cairovm: expect=error
// assert_le_felt(-1, 5).
%builtins output range_check

from starkware.cairo.common.math import assert_le_felt

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_le_felt(-1, 5);
    return ();
}
