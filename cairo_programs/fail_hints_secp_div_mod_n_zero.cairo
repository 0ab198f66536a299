// cairovm: layout=small
// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// cairo_secp's div_mod_n by zero: div_mod's `assert c == 1` fails, an AssertionError without a
// message.
%builtins output pedersen range_check

from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.signature import div_mod_n

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    let (res) = div_mod_n(BigInt3(1, 2, 3), BigInt3(0, 0, 0));
    return ();
}
