// cairovm: layout=small
// cairovm: needs-python
// Scope variables shared by Python and native hints, as big ints: a Python hint sets `value`
// beyond the field for the native nondet_bigint3; after a native reduce whose result is above
// the field's prime, a Python hint reads back `value` and writes what it saw.
%builtins output pedersen range_check

from starkware.cairo.common.cairo_secp.bigint import nondet_bigint3
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3, UnreducedBigInt3
from starkware.cairo.common.cairo_secp.field import reduce
from starkware.cairo.common.serialize import serialize_word

func print_bigint{output_ptr: felt*}(x: BigInt3) {
    serialize_word(x.d0);
    serialize_word(x.d1);
    serialize_word(x.d2);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    alloc_locals;
    %{ value = 2 ** 255 + 12345 %}
    let (a) = nondet_bigint3();
    print_bigint(a);
    let (r) = reduce(UnreducedBigInt3(d0=-7, d1=3, d2=2 ** 83));
    print_bigint(r);
    local seen_value;
    local seen_above_prime;
    %{
        assert value == (-7 + 3 * 2**86 + 2**255) % SECP_P, value
        ids.seen_value = value % PRIME
        ids.seen_above_prime = 1 if value > PRIME else 0
    %}
    serialize_word(seen_value);
    serialize_word(seen_above_prime);
    return ();
}
