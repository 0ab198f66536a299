// cairovm: native-only
// cairovm: expect=error
// signed_div_rem with a bound above 2**127.
%builtins output range_check

from starkware.cairo.common.math import signed_div_rem

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (q, r) = signed_div_rem(5, 7, 2 ** 127 + 1);
    return ();
}
