// cairovm: layout=starknet
// cairovm: args=--print_output
// Bitwise and Poseidon builtins on layout starknet, used directly and through the hint-free
// library helpers (bitwise_and/xor/or, poseidon_hash, poseidon_hash_single).
%builtins output pedersen range_check ecdsa bitwise ec_op poseidon

from starkware.cairo.common.bitwise import bitwise_and, bitwise_or, bitwise_xor
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash, poseidon_hash_single
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, PoseidonBuiltin
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    alloc_locals;
    let (local a) = bitwise_and(0xff00ff, 0x0ff0f0);
    let (local x) = bitwise_xor(0xff00ff, 0x0ff0f0);
    let (local o) = bitwise_or(2 ** 200, 12345);
    // Direct use: write x and y, read all three results.
    assert bitwise_ptr.x = 2 ** 251 - 1;
    assert bitwise_ptr.y = 0x123456789abcdef;
    local d_and = bitwise_ptr.x_and_y;
    local d_xor = bitwise_ptr.x_xor_y;
    local d_or = bitwise_ptr.x_or_y;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    let (local p1) = poseidon_hash(1, 2);
    let (local p2) = poseidon_hash_single(42);
    serialize_word(a);
    serialize_word(x);
    serialize_word(o);
    serialize_word(d_and);
    serialize_word(d_xor);
    serialize_word(d_or);
    serialize_word(p1);
    serialize_word(p2);
    return ();
}
