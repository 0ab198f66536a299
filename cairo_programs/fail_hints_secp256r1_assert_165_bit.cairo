// cairovm: layout=small
// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// secp256r1's assert_165_bit on 2**165: the hint's correctness check fails with the value.
%builtins output pedersen range_check

from starkware.cairo.common.secp256r1.field import assert_165_bit

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    assert_165_bit(2 ** 165 + 3);
    return ();
}
