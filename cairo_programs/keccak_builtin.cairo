// cairovm: layout=starknet_with_keccak
// cairovm: args=--print_output
// The keccak builtin used directly: Keccak-f[1600] of the zero state, of a state with every cell
// at 2^200 - 1, and three chained permutations (each output state is the next input).
%builtins output pedersen range_check ecdsa bitwise ec_op keccak poseidon

from starkware.cairo.common.cairo_builtins import KeccakBuiltin
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.serialize import serialize_word

func permute{keccak_ptr: KeccakBuiltin*}(state: KeccakBuiltinState*) -> KeccakBuiltinState* {
    assert keccak_ptr.input = [state];
    let output = &keccak_ptr.output;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    return output;
}

func output_state{output_ptr: felt*}(state: KeccakBuiltinState*) {
    serialize_word(state.s0);
    serialize_word(state.s3);
    serialize_word(state.s7);
    return ();
}

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr,
    ec_op_ptr,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr,
}() {
    alloc_locals;
    local zero: KeccakBuiltinState = KeccakBuiltinState(0, 0, 0, 0, 0, 0, 0, 0);
    let (__fp__, _) = get_fp_and_pc();
    local a: KeccakBuiltinState* = permute(&zero);
    const M = 2 ** 200 - 1;
    local full: KeccakBuiltinState = KeccakBuiltinState(M, M, M, M, M, M, M, M);
    local b: KeccakBuiltinState* = permute(&full);
    local c1: KeccakBuiltinState* = permute(a);
    local c2: KeccakBuiltinState* = permute(c1);
    local c3: KeccakBuiltinState* = permute(c2);
    output_state(a);
    output_state(b);
    output_state(c3);
    serialize_word(c3.s5);
    return ();
}

from starkware.cairo.common.registers import get_fp_and_pc
