// cairovm: native-only
// cairovm: expect=error
// verify_zero over ed25519's field (SECP_P = 2**255-19 assigned in the hint) of a non-multiple.
%builtins output

from starkware.cairo.common.cairo_secp.bigint import BigInt3

func verify_zero(val: BigInt3) {
    alloc_locals;
    local q: felt;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19
        to_assert = pack(ids.val, PRIME)
        q, r = divmod(pack(ids.val, PRIME), SECP_P)
        assert r == 0, f"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}."
        ids.q = q % PRIME
    %}
    return ();
}

func main{output_ptr: felt*}() {
    verify_zero(BigInt3(d0=1, d1=2, d2=3));
    return ();
}
