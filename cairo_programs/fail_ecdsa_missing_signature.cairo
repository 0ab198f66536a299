// cairovm: expect=error
// cairovm: args=--print_output
// A public key and a message written into the ecdsa builtin without a signature registered by a
// hint: the builtin's validation rule fails once both cells are written.
%builtins output pedersen range_check ecdsa

from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    assert ecdsa_ptr.message = 0x51234;
    assert ecdsa_ptr.pub_key = 0x2202275e27873286b71dae62930bbf6420d2e933bbc7cb08e09019e7218ad9c;
    let ecdsa_ptr = ecdsa_ptr + SignatureBuiltin.SIZE;
    return ();
}
