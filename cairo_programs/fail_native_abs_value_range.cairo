// cairovm: native-only
// cairovm: expect=error
// abs_value outside (-2**128, 2**128): is_positive fails in math_utils.py.
%builtins output range_check

from starkware.cairo.common.math import abs_value

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let a = abs_value(2 ** 200);
    return ();
}
