// cairovm: layout=small
// cairovm: native-only
// secp256r1 (common/secp256r1): ec_double, ec_add, fast_ec_add (the multiplications are in hints_secp256r1_mul),
// try_get_point_from_x on and off the curve, reduce and is_zero; their hints share
// SECP_P-style scope names with cairo_secp's (fast_ec_add imports SECP256R1_P as SECP_P).
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3, SumBigInt3
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.secp256r1.ec import (
    ec_add,
    ec_double,
    fast_ec_add,
    try_get_point_from_x,
)
from starkware.cairo.common.secp256r1.field import is_zero, reduce, unreduced_mul
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
    let (local g2) = ec_double(g);
    print_point(g2);
    let (local g3) = ec_add(g, g2);
    print_point(g3);
    let (g5) = fast_ec_add(g2, g3);
    print_point(g5);
    let (g4) = ec_add(g2, g2);
    print_point(g4);

    let (product) = unreduced_mul(g.x, g.y);
    let (reduced) = reduce(product);
    print_bigint(reduced);
    let (z) = is_zero(SumBigInt3(0, 0, 0));
    serialize_word(z);
    let (z) = is_zero(SumBigInt3(g.y.d0, g.y.d1, g.y.d2));
    serialize_word(z);

    let (result: EcPoint*) = alloc();
    let (ok) = try_get_point_from_x(x=g.x, v=1, result=result);
    serialize_word(ok);
    print_point([result]);
    let (result2: EcPoint*) = alloc();
    let (ok) = try_get_point_from_x(x=g.x, v=0, result=result2);
    serialize_word(ok);
    print_point([result2]);
    let (result3: EcPoint*) = alloc();
    let (ok) = try_get_point_from_x(x=BigInt3(3, 0, 0), v=0, result=result3);
    serialize_word(ok);
    return ();
}
