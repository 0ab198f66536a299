// cairovm: expect=error
// cairovm: args=--print_output
// A pointer as the message hash of an ecdsa builtin instance.
%builtins output pedersen range_check ecdsa

from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    assert ecdsa_ptr.pub_key = 5;
    assert ecdsa_ptr.message = cast(output_ptr, felt);
    let ecdsa_ptr = ecdsa_ptr + SignatureBuiltin.SIZE;
    return ();
}
