// cairovm: native-only
// cairovm: expect=error
// assert_250_bit on 2**250.
%builtins output range_check

from starkware.cairo.common.math import assert_250_bit

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    assert_250_bit(2 ** 250);
    return ();
}
