// cairovm: native-only
// cairovm: expect=error
// assert_nn on a pointer: assert_integer fails in math_utils.py.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import assert_nn

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (p: felt*) = alloc();
    assert_nn(cast(p, felt));
    return ();
}
