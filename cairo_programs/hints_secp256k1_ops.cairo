// cairovm: layout=small
// cairovm: native-only
// secp256k1 field and curve operations (cairo_secp/bigint, field, ec, signature) on small inputs:
// nondet_bigint3, bigint_to_uint256, reduce, is_zero, verify_zero through unreduced products,
// ec_negate, ec_double, ec_add and fast_ec_add (the multiplications are in
// hints_secp256k1_mul), div_mod_n, get_point_from_x and try_get_point_from_x for both parities
// and for an x off the curve.
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_secp.bigint import bigint_to_uint256, uint256_to_bigint
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3, SumBigInt3
from starkware.cairo.common.cairo_secp.ec import (
    ec_add,
    ec_double,
    ec_negate,
    fast_ec_add,
)
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.cairo_secp.field import is_zero, reduce, unreduced_mul
from starkware.cairo.common.cairo_secp.signature import (
    div_mod_n,
    get_generator_point,
    get_point_from_x,
    try_get_point_from_x,
)
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
    let (local g2) = ec_double(g);
    print_point(g2);
    let (local g3) = ec_add(g, g2);
    print_point(g3);
    let (g5) = fast_ec_add(g2, g3);
    print_point(g5);
    let (g4) = ec_add(g2, g2);
    print_point(g4);
    let (minus_g) = ec_negate(g);
    print_point(minus_g);
    let (zero) = ec_add(g, minus_g);
    print_point(zero);

    let (product) = unreduced_mul(g.x, g.y);
    let (reduced) = reduce(product);
    print_bigint(reduced);
    let (z) = is_zero(SumBigInt3(0, 0, 0));
    serialize_word(z);
    let (z) = is_zero(SumBigInt3(g.x.d0, g.x.d1, g.x.d2));
    serialize_word(z);
    let (u) = bigint_to_uint256(g.y);
    serialize_word(u.low);
    serialize_word(u.high);
    let (b) = uint256_to_bigint(u);
    print_bigint(b);

    let (q) = div_mod_n(BigInt3(5, 6, 7), BigInt3(11, 12, 13));
    print_bigint(q);
    let (p0) = get_point_from_x(x=g.x, v=0);
    print_point(p0);
    let (p1) = get_point_from_x(x=g.x, v=1);
    print_point(p1);
    let (result: EcPoint*) = alloc();
    let (ok) = try_get_point_from_x(x=BigInt3(5, 0, 0), v=0, result=result);
    serialize_word(ok);
    let (result2: EcPoint*) = alloc();
    let (ok) = try_get_point_from_x(x=BigInt3(1, 0, 0), v=1, result=result2);
    serialize_word(ok);
    return ();
}
