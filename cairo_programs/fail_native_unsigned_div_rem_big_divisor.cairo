// cairovm: native-only
// cairovm: expect=error
// unsigned_div_rem with a divisor above PRIME // 2**128.
%builtins output range_check

from starkware.cairo.common.math import unsigned_div_rem

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (q, r) = unsigned_div_rem(10, 2 ** 130);
    return ();
}
