// cairovm: needs-python
// cairovm: args=--print_output
// The hints' `ecdsa_builtin`: a Python hint signs a message with cairo-lang's signature helpers,
// and the library's verify_ecdsa_signature registers the signature with
// ecdsa_builtin.add_signature, which the builtin checks when the instance is written. A second
// hint registers a signature itself and reads the builtin runner's base, signatures (those the
// library's hint registered too) and additional data.
%builtins output ecdsa

from starkware.cairo.common.cairo_builtins import SignatureBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature

func main{output_ptr: felt*, ecdsa_ptr: SignatureBuiltin*}() {
    alloc_locals;
    local public_key;
    local r;
    local s;
    %{
        from starkware.crypto.signature.signature import private_to_stark_key, sign
        private_key = 0x1234567890abcdef
        ids.public_key = private_to_stark_key(private_key)
        ids.r, ids.s = sign(msg_hash=4242, priv_key=private_key)
    %}
    verify_ecdsa_signature(message=4242, public_key=public_key, signature_r=r, signature_s=s);
    %{
        ecdsa_builtin.add_signature(ids.ecdsa_ptr.address_, (ids.r, ids.s))
        print("base", ecdsa_builtin.base, "offset", ids.ecdsa_ptr.address_.offset)
        print("signatures", ecdsa_builtin.signatures)
        print("additional data", ecdsa_builtin.get_additional_data())
    %}
    assert ecdsa_ptr.message = 4242;
    assert ecdsa_ptr.pub_key = public_key;
    let ecdsa_ptr = ecdsa_ptr + SignatureBuiltin.SIZE;
    serialize_word(public_key);
    return ();
}
