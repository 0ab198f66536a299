// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// keccak_builtin_state_to_felts's unpacking hint writes a lane over a cell that already holds a
// different value.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak_state import KeccakBuiltinState

func unpack_state(state: KeccakBuiltinState, felt_array: felt*) {
    alloc_locals;
    local keccak_builtin_state: KeccakBuiltinState = state;
    %{
        full_num = ids.keccak_builtin_state.s0
        full_num += (2**200) * ids.keccak_builtin_state.s1
        full_num += (2**400) * ids.keccak_builtin_state.s2
        full_num += (2**600) * ids.keccak_builtin_state.s3
        full_num += (2**800) * ids.keccak_builtin_state.s4
        full_num += (2**1000) * ids.keccak_builtin_state.s5
        full_num += (2**1200) * ids.keccak_builtin_state.s6
        full_num += (2**1400) * ids.keccak_builtin_state.s7
        for i in range(25):
            memory[ids.felt_array + i] = full_num % (2**64)
            full_num = full_num >> 64
    %}
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (lanes: felt*) = alloc();
    assert lanes[2] = 7;
    unpack_state(KeccakBuiltinState(1, 2, 3, 4, 5, 6, 7, 8), lanes);
    return ();
}
