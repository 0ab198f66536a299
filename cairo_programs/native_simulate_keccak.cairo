// cairovm: native-only
// The hints of simulate_builtin_keccak_with_cairo's keccak_builtin_state_to_felts: a
// KeccakBuiltinState (eight 200-bit words) unpacked into 25 lanes of 64 bits, and the splits of
// the lanes that straddle two words. The library file imports `src.starkware...` and does not
// compile as shipped, so the hints are written here with the same code.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.serialize import serialize_word

func unpack_state{output_ptr: felt*}(state: KeccakBuiltinState, felt_array: felt*) {
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
    local high3;
    local low3;
    %{ ids.high3, ids.low3 = divmod(memory[ids.felt_array + 3], 256) %}
    assert felt_array[3] = low3 + high3 * 256;
    local high6;
    local low6;
    %{ ids.high6, ids.low6 = divmod(memory[ids.felt_array + 6], 256 ** 2) %}
    assert felt_array[6] = low6 + high6 * 256 ** 2;
    local high9;
    local low9;
    %{ ids.high9, ids.low9 = divmod(memory[ids.felt_array + 9], 256 ** 3) %}
    assert felt_array[9] = low9 + high9 * 256 ** 3;
    local high12;
    local low12;
    %{ ids.high12, ids.low12 = divmod(memory[ids.felt_array + 12], 256 ** 4) %}
    assert felt_array[12] = low12 + high12 * 256 ** 4;
    local high15;
    local low15;
    %{ ids.high15, ids.low15 = divmod(memory[ids.felt_array + 15], 256 ** 5) %}
    assert felt_array[15] = low15 + high15 * 256 ** 5;
    local high18;
    local low18;
    %{ ids.high18, ids.low18 = divmod(memory[ids.felt_array + 18], 256 ** 6) %}
    assert felt_array[18] = low18 + high18 * 256 ** 6;
    local high21;
    local low21;
    %{ ids.high21, ids.low21 = divmod(memory[ids.felt_array + 21], 256 ** 7) %}
    assert felt_array[21] = low21 + high21 * 256 ** 7;
    // The words are rebuilt from the lanes and the splits.
    assert state.s0 = felt_array[0] + felt_array[1] * 256 ** 8 + felt_array[2] * 256 ** 16 +
        low3 * 256 ** 24;
    assert state.s7 = high21 + felt_array[22] * 256 + felt_array[23] * 256 ** 9 + felt_array[
        24] * 256 ** 17;
    serialize_word(high3);
    serialize_word(low3);
    serialize_word(high12);
    serialize_word(low12);
    serialize_word(high21);
    serialize_word(low21);
    return ();
}

func output_lanes{output_ptr: felt*}(felt_array: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    serialize_word(felt_array[0]);
    return output_lanes(felt_array + 1, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (lanes: felt*) = alloc();
    unpack_state(
        KeccakBuiltinState(
            s0=0x0123456789abcdeffedcba9876543210aabbccddeeff001122,
            s1=0xfedcba98765432100123456789abcdef1122334455667788aa,
            s2=2 ** 200 - 1,
            s3=0,
            s4=1,
            s5=0x8000000000000000000000000000000000000000000000000,
            s6=0x5555555555555555555555555555555555555555555555555,
            s7=0xabcdef0123456789abcdef0123456789abcdef0123456789ab,
        ),
        lanes,
    );
    output_lanes(lanes, 25);
    let (zero_lanes: felt*) = alloc();
    unpack_state(KeccakBuiltinState(0, 0, 0, 0, 0, 0, 0, 0), zero_lanes);
    output_lanes(zero_lanes, 25);
    return ();
}
