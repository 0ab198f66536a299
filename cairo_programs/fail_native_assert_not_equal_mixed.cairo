// cairovm: native-only
// cairovm: expect=error
// assert_not_equal on a pointer and an integer.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import assert_not_equal

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (p: felt*) = alloc();
    assert_not_equal(cast(p, felt), 7);
    return ();
}
