// cairovm: layout=all_solidity
// cairovm: native-only
// ec.cairo on the STARK curve: ec_op (its hint picks a random point from a seed of the inputs),
// ec_mul, recover_y and is_x_on_curve.
%builtins output pedersen range_check ecdsa bitwise ec_op

from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec import ec_mul, ec_op, is_x_on_curve, recover_y
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

const GEN_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GEN_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;

func print_point{output_ptr: felt*}(p: EcPoint) {
    serialize_word(p.x);
    serialize_word(p.y);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr, ec_op_ptr: EcOpBuiltin*}(
    ) {
    alloc_locals;
    let g = EcPoint(GEN_X, GEN_Y);
    let (local p1) = ec_mul(m=5, p=g);
    print_point(p1);
    let (p2) = ec_op(p=p1, m=123456789, q=g);
    print_point(p2);
    let (p3) = ec_op(p=g, m=-1, q=g);
    print_point(p3);
    let (p5) = recover_y(GEN_X);
    print_point(p5);
    let (p6) = recover_y(1);
    print_point(p6);
    let on_curve = is_x_on_curve(GEN_X);
    serialize_word(on_curve);
    let on_curve = is_x_on_curve(2);
    serialize_word(on_curve);
    return ();
}
