// cairovm: layouts=starknet,recursive_large_output,starknet_with_keccak
// cairovm: layout=recursive_with_poseidon
// cairovm: args=--print_output
// The poseidon builtin used directly: a full permutation read in reverse order, a sponge over 10
// elements (absorbing two at a time, as poseidon_hash_many does for whole blocks) and the
// hint-free library helpers poseidon_hash and poseidon_hash_single.
%builtins output pedersen range_check bitwise poseidon

from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash, poseidon_hash_single
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.poseidon_state import PoseidonBuiltinState
from starkware.cairo.common.serialize import serialize_word

func permute{poseidon_ptr: PoseidonBuiltin*}(s0, s1, s2) -> PoseidonBuiltinState* {
    assert poseidon_ptr.input = PoseidonBuiltinState(s0=s0, s1=s1, s2=s2);
    let output = &poseidon_ptr.output;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return output;
}

func sponge{poseidon_ptr: PoseidonBuiltin*}(state: PoseidonBuiltinState*, i, n) -> felt {
    if (i == n) {
        return state.s0;
    }
    let next = permute(state.s0 + i, state.s1 + i * i, state.s2);
    return sponge(next, i + 2, n);
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, bitwise_ptr, poseidon_ptr: PoseidonBuiltin*}() {
    alloc_locals;
    local out: PoseidonBuiltinState* = permute(1, 2, 3);
    serialize_word(out.s2);
    serialize_word(out.s1);
    serialize_word(out.s0);
    local zero: PoseidonBuiltinState* = permute(0, 0, 0);
    let s_result = sponge(zero, 0, 10);
    local s = s_result;
    serialize_word(s);
    let (local h) = poseidon_hash(-1, 2 ** 251);
    let (local h1) = poseidon_hash_single(7);
    serialize_word(h);
    serialize_word(h1);
    return ();
}
