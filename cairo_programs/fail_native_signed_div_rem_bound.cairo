// cairovm: native-only
// cairovm: expect=error
// signed_div_rem whose quotient is outside [-bound, bound).
%builtins output range_check

from starkware.cairo.common.math import signed_div_rem

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (q, r) = signed_div_rem(-1000, 7, 100);
    return ();
}
