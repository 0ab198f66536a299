// secp256k1 field and curve operations from the common library's cairo_secp: N rounds of point
// addition and doubling, field products reduced modulo the secp prime, and one scalar product.
// bench: python_n=60
%builtins output range_check

from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.ec import ec_add, ec_double, ec_mul
from starkware.cairo.common.cairo_secp.ec_point import EcPoint
from starkware.cairo.common.cairo_secp.field import reduce, unreduced_mul, validate_reduced_field_element
from starkware.cairo.common.serialize import serialize_word

const N = 3000;

func generator() -> EcPoint {
    let point = EcPoint(
        x=BigInt3(0xe28d959f2815b16f81798, 0xa573a1c2c1c0a6ff36cb7, 0x79be667ef9dcbbac55a06),
        y=BigInt3(0x554199c47d08ffb10d4b8, 0x2ff0384422a3f45ed1229a, 0x483ada7726a3c4655da4f),
    );
    return point;
}

func rounds{range_check_ptr}(i: felt, point: EcPoint, doubled: EcPoint, product: BigInt3) -> (
    point: EcPoint, product: BigInt3
) {
    alloc_locals;
    if (i == 0) {
        return (point=point, product=product);
    }
    let g = generator();
    let (local next_point) = ec_add(point, g);
    let (local next_doubled) = ec_double(doubled);
    let (unreduced) = unreduced_mul(product, next_point.x);
    let (local next_product) = reduce(unreduced);
    validate_reduced_field_element(next_product);
    return rounds(i - 1, next_point, next_doubled, next_product);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let g = generator();
    let (point, product) = rounds(N, g, g, BigInt3(1, 0, 0));
    let (scaled) = ec_mul(point, BigInt3(0x123456789abcdef, 0x2222, 0x333));
    serialize_word(point.x.d0);
    serialize_word(product.d0);
    serialize_word(scaled.x.d0);
    return ();
}
