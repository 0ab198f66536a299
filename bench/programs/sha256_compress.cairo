// SHA-256 compression in Cairo (the common library's sha256_utils with the bitwise builtin): N
// chained compressions of seven packed instances, each message schedule extended in Cairo.
// bench: python_n=6
%builtins output bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_sha256.sha256_utils import (
    SHIFTS,
    compute_message_schedule,
    get_round_constants,
    sha2_compress,
)
from starkware.cairo.common.serialize import serialize_word

const N = 250;

// Writes a 16-word message whose packed words derive from the state.
func fill_message(message: felt*, state: felt*, i: felt) {
    if (i == 16) {
        return ();
    }
    assert message[i] = (i * 0x01010101 + 0x5a) * SHIFTS;
    return fill_message(message, state, i + 1);
}

func rounds{bitwise_ptr: BitwiseBuiltin*}(i: felt, state: felt*, round_constants: felt*) -> felt* {
    alloc_locals;
    if (i == 0) {
        return state;
    }
    let (local message: felt*) = alloc();
    fill_message(message, state, 0);
    compute_message_schedule(message);
    let (new_state) = sha2_compress(state, message, round_constants);
    return rounds(i - 1, new_state, round_constants);
}

func main{output_ptr: felt*, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local state: felt*) = alloc();
    assert state[0] = 0x6A09E667 * SHIFTS;
    assert state[1] = 0xBB67AE85 * SHIFTS;
    assert state[2] = 0x3C6EF372 * SHIFTS;
    assert state[3] = 0xA54FF53A * SHIFTS;
    assert state[4] = 0x510E527F * SHIFTS;
    assert state[5] = 0x9B05688C * SHIFTS;
    assert state[6] = 0x1F83D9AB * SHIFTS;
    assert state[7] = 0x5BE0CD19 * SHIFTS;
    let round_constants = get_round_constants();
    let final_state = rounds(N, state, round_constants);
    serialize_word(final_state[0]);
    serialize_word(final_state[7]);
    return ();
}
