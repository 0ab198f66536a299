// cairovm: native-only
// cairovm: expect=error
// sqrt of a value >= 2**250.
%builtins output range_check

from starkware.cairo.common.math import sqrt

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let r = sqrt(-1);
    return ();
}
