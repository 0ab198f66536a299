// cairovm: layout=small
// cairovm: native-only
// cairovm: slow
// secp256r1 scalar multiplication: ec_mul by a BigInt3 (bit by bit) and ec_mul_by_uint256 (a table
// of 16 multiples and the scalar's nibbles, popped by a nondet local).
%builtins output pedersen range_check

from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.secp256r1.ec import ec_mul, ec_mul_by_uint256
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func print_bigint{output_ptr: felt*}(x: BigInt3) {
    serialize_word(x.d0);
    serialize_word(x.d1);
    serialize_word(x.d2);
    return ();
}

func print_point{output_ptr: felt*}(p: EcPoint) {
    print_bigint(p.x);
    print_bigint(p.y);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    alloc_locals;
    local g: EcPoint = EcPoint(BigInt3(52227620040540588600771222, 33347259622618539004134583, 8091721874918813684698062), BigInt3(59685082318776612195095029, 54599710628478995760242092, 6036146923926000695307902));
    let (g9) = ec_mul(g, BigInt3(9, 0, 0));
    print_point(g9);
    let (gu) = ec_mul_by_uint256(g, Uint256(low=0xabcdef, high=3));
    print_point(gu);
    return ();
}
