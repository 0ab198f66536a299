// cairovm: layouts=starknet,starknet_with_keccak
// cairovm: layout=all_solidity
// cairovm: args=--print_output
// The ec_op builtin used directly: r = p + m * q on the STARK curve with the generator G and the
// Pedersen shift point S, for small, large and extreme scalars (0, 1, -1 = P - 1), and a chain
// where each result feeds the next instance.
%builtins output pedersen range_check ecdsa bitwise ec_op

from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

const GEN_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GEN_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SHIFT_X = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SHIFT_Y = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;

func ec_op{ec_op_ptr: EcOpBuiltin*}(p: EcPoint, m, q: EcPoint) -> EcPoint* {
    assert ec_op_ptr.p = p;
    assert ec_op_ptr.q = q;
    assert ec_op_ptr.m = m;
    let r = &ec_op_ptr.r;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    return r;
}

func chain{ec_op_ptr: EcOpBuiltin*}(p: EcPoint, i, n) -> EcPoint {
    if (i == n) {
        return p;
    }
    let r = ec_op(p, i * 1000003 + 7, EcPoint(GEN_X, GEN_Y));
    return chain([r], i + 1, n);
}

func output_point{output_ptr: felt*}(p: EcPoint*) {
    serialize_word(p.x);
    serialize_word(p.y);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr, ec_op_ptr: EcOpBuiltin*}() {
    alloc_locals;
    let g = EcPoint(GEN_X, GEN_Y);
    let s = EcPoint(SHIFT_X, SHIFT_Y);
    local r1: EcPoint* = ec_op(g, 3, s);
    local r2: EcPoint* = ec_op(s, -1, g);
    local r3: EcPoint* = ec_op(s, 0, g);
    local r4: EcPoint* = ec_op(g, 2 ** 251 + 12345, s);
    // Only r.y read: r.x is deduced as well but never written.
    local r5: EcPoint* = ec_op(s, 1, g);
    output_point(r1);
    output_point(r2);
    output_point(r3);
    output_point(r4);
    serialize_word(r5.y);
    let c = chain(s, 0, 5);
    serialize_word(c.x);
    serialize_word(c.y);
    return ();
}
