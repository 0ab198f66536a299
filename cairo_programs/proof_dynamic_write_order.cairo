// cairovm: proof-mode
// cairovm: layout=dynamic
// cairovm: layout_params=proof_dynamic_write_order.layout.json
// cairovm: args=--print_output --print_info
// Proof mode on a dynamic layout with pedersen, range_check, ecdsa, bitwise, ec_op and poseidon,
// whose input cells are written out of order: the AIR private input keys each instance's inputs
// in the order they were written (pedersen y before x, ec_op m and q before p, poseidon s2
// first) and lists the range checks by index; the ecdsa instance comes with its signature
// (r and w = s^-1) from the verify_ecdsa_signature hint.
%builtins output pedersen range_check ecdsa bitwise ec_op poseidon

from starkware.cairo.common.cairo_builtins import (
    BitwiseBuiltin,
    EcOpBuiltin,
    HashBuiltin,
    PoseidonBuiltin,
    SignatureBuiltin,
)
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature

const GEN_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GEN_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SHIFT_X = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SHIFT_Y = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;
const PUBLIC_KEY = 0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26;

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    ecdsa_ptr: SignatureBuiltin*,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    // pedersen: y, then x; the second instance in order.
    assert pedersen_ptr.y = 22;
    assert pedersen_ptr.x = 11;
    serialize_word(pedersen_ptr.result);
    assert pedersen_ptr[1].x = 33;
    assert pedersen_ptr[1].y = 44;
    serialize_word(pedersen_ptr[1].result);
    let pedersen_ptr = pedersen_ptr + 2 * HashBuiltin.SIZE;

    // range_check: the cells written backwards.
    assert [range_check_ptr + 2] = 300;
    assert [range_check_ptr + 1] = 2 ** 100;
    assert [range_check_ptr] = 5;
    let range_check_ptr = range_check_ptr + 3;

    verify_ecdsa_signature(
        message=0x7a3b,
        public_key=PUBLIC_KEY,
        signature_r=0x1ab0d7012e6587d26067f2133e568ca563e570865495c8fcbfa4ca317242089,
        signature_s=0x12835881496b68bab09cbdee792b11ab56af385eb40a52ce0b566e55fcbc9e,
    );

    // bitwise: y first.
    assert bitwise_ptr.y = 0xff0;
    assert bitwise_ptr.x = 0x0ff;
    serialize_word(bitwise_ptr.x_xor_y);
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;

    // ec_op: m, then q, then p.
    assert ec_op_ptr.m = 7;
    assert ec_op_ptr.q.y = GEN_Y;
    assert ec_op_ptr.q.x = GEN_X;
    assert ec_op_ptr.p.x = SHIFT_X;
    assert ec_op_ptr.p.y = SHIFT_Y;
    serialize_word(ec_op_ptr.r.x);
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;

    // poseidon: s2, s0, s1.
    assert poseidon_ptr.input.s2 = 3;
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s1 = 2;
    serialize_word(poseidon_ptr.output.s0);
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
