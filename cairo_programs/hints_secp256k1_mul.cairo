// cairovm: layout=small
// cairovm: native-only
// cairovm: slow
// secp256k1 scalar multiplication: ec_mul by a BigInt3 (bit by bit) and ec_mul_by_uint256 (a table
// of 16 multiples and the scalar's nibbles, popped by a nondet local).
%builtins output pedersen range_check

from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.ec import ec_mul, ec_mul_by_uint256
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.cairo_secp.signature import get_generator_point
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
    let (local g) = get_generator_point();
    let (g7) = ec_mul(g, BigInt3(7, 0, 0));
    print_point(g7);
    let (gu) = ec_mul_by_uint256(g, Uint256(low=0x1234567, high=1));
    print_point(gu);
    return ();
}
