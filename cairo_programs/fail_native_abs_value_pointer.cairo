// cairovm: native-only
// cairovm: expect=error
// abs_value of a pointer: as_int fails in math_utils.py, called from is_positive.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import abs_value

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (p: felt*) = alloc();
    let a = abs_value(cast(p, felt));
    return ();
}
