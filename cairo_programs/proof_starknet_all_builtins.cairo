// cairovm: proof-mode
// cairovm: layout=starknet
// cairovm: args=--print_output --print_info
// Proof mode on layout starknet with every builtin of the layout used except ecdsa: poseidon,
// bitwise, ec_op, pedersen and range_check; the ecdsa and ec_op ratios make cairo-run pad to
// at least 2048 steps.
%builtins output pedersen range_check ecdsa bitwise ec_op poseidon

from starkware.cairo.common.bitwise import bitwise_xor
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, EcOpBuiltin, HashBuiltin, PoseidonBuiltin
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

const GX = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GY = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SX = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SY = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    let (p) = poseidon_hash{poseidon_ptr=poseidon_ptr}(1, 2);
    serialize_word(p);
    let (x) = bitwise_xor{bitwise_ptr=bitwise_ptr}(0xf0f0, 0x0ff0);
    serialize_word(x);
    let (h) = hash2{hash_ptr=pedersen_ptr}(3, 4);
    serialize_word(h);
    // r = p + m * q with p the pedersen shift point, q = G and m = 3.
    assert ec_op_ptr.p = EcPoint(SX, SY);
    assert ec_op_ptr.q = EcPoint(GX, GY);
    assert ec_op_ptr.m = 3;
    serialize_word(ec_op_ptr.r.x);
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    assert [range_check_ptr] = 12;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
