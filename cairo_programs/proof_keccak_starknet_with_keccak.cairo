// cairovm: proof-mode
// cairovm: layout=starknet_with_keccak
// cairovm: args=--print_output --print_info
// Proof mode on layout starknet_with_keccak: one keccak instance (16 instances per component,
// ratio 2048, so at least 32768 steps) and one poseidon instance.
%builtins output pedersen range_check ecdsa bitwise ec_op keccak poseidon

from starkware.cairo.common.cairo_builtins import KeccakBuiltin, PoseidonBuiltin
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr,
    ec_op_ptr,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    assert keccak_ptr.input = KeccakBuiltinState(1, 2, 3, 4, 5, 6, 7, 8);
    serialize_word(keccak_ptr.output.s0);
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    let (p) = poseidon_hash{poseidon_ptr=poseidon_ptr}(5, 6);
    serialize_word(p);
    return ();
}
