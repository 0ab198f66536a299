// cairovm: layout=small
// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// cairo_secp's verify_zero on a value that is not a multiple of SECP_P: its hint's assertion
// names the limbs.
%builtins output pedersen range_check

from starkware.cairo.common.cairo_secp.bigint3 import UnreducedBigInt3
from starkware.cairo.common.cairo_secp.field import verify_zero

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    verify_zero(UnreducedBigInt3(d0=5, d1=-1, d2=7));
    return ();
}
