// cairovm: native-only
// cairovm: expect=error
// log2_ceil(0): assert_not_zero fails first.
%builtins output range_check

from starkware.cairo.common.log2_ceil import log2_ceil

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let l = log2_ceil(0);
    return ();
}
