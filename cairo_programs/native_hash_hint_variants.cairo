// cairovm: native-only
// Hint strings of older versions of the sha256, blake2s and keccak libraries (one compression
// from the IV or from a given state, the padding of the last batch by BLOCK_SIZE or with another
// constant's name or order, the block permutation of the 0.10.3 whitelist, a small-value test
// without to_felt_or_relocatable), which cairovm runs natively.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

const N_PACKED_INSTANCES = 3;
const BLAKE2S_INPUT_CHUNK_SIZE_FELTS = 16;
const SHA256_INPUT_CHUNK_SIZE_FELTS = 16;
const SHA256_STATE_SIZE_FELTS = 8;
const KECCAK_STATE_SIZE_FELTS = 25;
const BLOCK_SIZE = 3;

func output_range{output_ptr: felt*}(ptr: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    serialize_word(ptr[0]);
    return output_range(ptr + 1, n - 1);
}

// ptr[i] = start + i * step for i < n.
func fill(ptr: felt*, n: felt, start: felt, step: felt) {
    if (n == 0) {
        return ();
    }
    assert ptr[0] = start;
    return fill(ptr + 1, n - 1, start + step, step);
}

func blake2s_finalize_v2{output_ptr: felt*}() {
    alloc_locals;
    let (blake2s_ptr_end: felt*) = alloc();
    %{
        # Add dummy pairs of input and output.
        from starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, blake2s_compress

        _n_packed_instances = int(ids.N_PACKED_INSTANCES)
        assert 0 <= _n_packed_instances < 20
        _blake2s_input_chunk_size_felts = int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _blake2s_input_chunk_size_felts < 100

        message = [0] * _blake2s_input_chunk_size_felts
        modified_iv = [IV[0] ^ 0x01010020] + IV[1:]
        output = blake2s_compress(
            message=message,
            h=modified_iv,
            t0=0,
            t1=0,
            f0=0xffffffff,
            f1=0,
        )
        padding = (modified_iv + message + [0, 0xffffffff] + output) * (_n_packed_instances - 1)
        segments.write_arg(ids.blake2s_ptr_end, padding)
    %}
    output_range(blake2s_ptr_end, 34);
    return ();
}

func blake2s_finalize_v3{output_ptr: felt*}() {
    alloc_locals;
    let (blake2s_ptr_end: felt*) = alloc();
    %{
        # Add dummy pairs of input and output.
        from starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, blake2s_compress

        _n_packed_instances = int(ids.N_PACKED_INSTANCES)
        assert 0 <= _n_packed_instances < 20
        _blake2s_input_chunk_size_felts = int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _blake2s_input_chunk_size_felts < 100

        message = [0] * _blake2s_input_chunk_size_felts
        modified_iv = [IV[0] ^ 0x01010020] + IV[1:]
        output = blake2s_compress(
            message=message,
            h=modified_iv,
            t0=0,
            t1=0,
            f0=0xffffffff,
            f1=0,
        )
        padding = (message + modified_iv + [0, 0xffffffff] + output) * (_n_packed_instances - 1)
        segments.write_arg(ids.blake2s_ptr_end, padding)
    %}
    output_range(blake2s_ptr_end, 34);
    return ();
}

func blake2s_compress{output_ptr: felt*}(blake2s_start: felt*, n_bytes: felt) {
    alloc_locals;
    let (output: felt*) = alloc();
    %{
        from starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, blake2s_compress

        _blake2s_input_chunk_size_felts = int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _blake2s_input_chunk_size_felts < 100

        new_state = blake2s_compress(
            message=memory.get_range(ids.blake2s_start, _blake2s_input_chunk_size_felts),
            h=[IV[0] ^ 0x01010020] + IV[1:],
            t0=ids.n_bytes,
            t1=0,
            f0=0xffffffff,
            f1=0,
        )

        segments.write_arg(ids.output, new_state)
    %}
    output_range(output, 8);
    return ();
}

func sha256_block{output_ptr: felt*}(sha256_start: felt*) {
    alloc_locals;
    let (output: felt*) = alloc();
    %{
        from starkware.cairo.common.cairo_sha256.sha256_utils import (
            IV, compute_message_schedule, sha2_compress_function)

        _sha256_input_chunk_size_felts = int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _sha256_input_chunk_size_felts < 100

        w = compute_message_schedule(memory.get_range(
            ids.sha256_start, _sha256_input_chunk_size_felts))
        new_state = sha2_compress_function(IV, w)
        segments.write_arg(ids.output, new_state)
    %}
    output_range(output, 8);
    return ();
}

func sha256_block_from_state{output_ptr: felt*}(sha256_start: felt*, state: felt*) {
    alloc_locals;
    let (output: felt*) = alloc();
    %{
        from starkware.cairo.common.cairo_sha256.sha256_utils import (
            compute_message_schedule, sha2_compress_function)

        _sha256_input_chunk_size_felts = int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _sha256_input_chunk_size_felts < 100
        _sha256_state_size_felts = int(ids.SHA256_STATE_SIZE_FELTS)
        assert 0 <= _sha256_state_size_felts < 100
        w = compute_message_schedule(memory.get_range(
            ids.sha256_start, _sha256_input_chunk_size_felts))
        new_state = sha2_compress_function(memory.get_range(ids.state, _sha256_state_size_felts), w)
        segments.write_arg(ids.output, new_state)
    %}
    output_range(output, 8);
    return ();
}

func sha256_finalize{output_ptr: felt*}() {
    alloc_locals;
    let (sha256_ptr_end: felt*) = alloc();
    %{
        # Add dummy pairs of input and output.
        from starkware.cairo.common.cairo_sha256.sha256_utils import (
            IV, compute_message_schedule, sha2_compress_function)

        _block_size = int(ids.BLOCK_SIZE)
        assert 0 <= _block_size < 20
        _sha256_input_chunk_size_felts = int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)
        assert 0 <= _sha256_input_chunk_size_felts < 100

        message = [0] * _sha256_input_chunk_size_felts
        w = compute_message_schedule(message)
        output = sha2_compress_function(IV, w)
        padding = (message + IV + output) * (_block_size - 1)
        segments.write_arg(ids.sha256_ptr_end, padding)
    %}
    output_range(sha256_ptr_end + 16, 16);
    output_range(sha256_ptr_end + 32 + 16, 16);
    return ();
}

func keccak_permutation_v1{output_ptr: felt*}(keccak_ptr: felt*) {
    %{
        from starkware.cairo.common.cairo_keccak.keccak_utils import keccak_func
        _keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
        assert 0 <= _keccak_state_size_felts < 100

        output_values = keccak_func(memory.get_range(
            ids.keccak_ptr - _keccak_state_size_felts, _keccak_state_size_felts))
        segments.write_arg(ids.keccak_ptr, output_values)
    %}
    output_range(keccak_ptr, 25);
    return ();
}

func keccak_permutation_v2{output_ptr: felt*}(keccak_ptr_start: felt*) {
    alloc_locals;
    let (output: felt*) = alloc();
    %{
        from starkware.cairo.common.cairo_keccak.keccak_utils import keccak_func
        _keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
        assert 0 <= _keccak_state_size_felts < 100
        output_values = keccak_func(memory.get_range(
            ids.keccak_ptr_start, _keccak_state_size_felts))
        segments.write_arg(ids.output, output_values)
    %}
    output_range(output, 25);
    return ();
}

func keccak_finalize_v2{output_ptr: felt*}() {
    alloc_locals;
    let (keccak_ptr_end: felt*) = alloc();
    %{
        # Add dummy pairs of input and output.
        _keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)
        _block_size = int(ids.BLOCK_SIZE)
        assert 0 <= _keccak_state_size_felts < 100
        assert 0 <= _block_size < 1000
        inp = [0] * _keccak_state_size_felts
        padding = (inp + keccak_func(inp)) * _block_size
        segments.write_arg(ids.keccak_ptr_end, padding)
    %}
    output_range(keccak_ptr_end + 25, 25);
    output_range(keccak_ptr_end + 100, 50);
    return ();
}

func is_small_or_end(packed_values: felt*, end: felt*) -> felt {
    %{
        memory[ap] = (ids.end != ids.packed_values) and (memory[ids.packed_values] < 2**63)
    %}
    jmp small if [ap] != 0, ap++;
    return 0;

    small:
    return 1;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    blake2s_finalize_v2();
    blake2s_finalize_v3();
    let (message: felt*) = alloc();
    fill(message, 16, 0x01020304, 0x0f0f0f0f);
    blake2s_compress(message, 64);
    blake2s_compress(message, 3);
    sha256_block(message);
    let (state: felt*) = alloc();
    fill(state, 8, 0xdeadbeef, 0x01010101);
    sha256_block_from_state(message, state);
    sha256_finalize();
    let (lanes: felt*) = alloc();
    fill(lanes, 25, 0x0102030405060708, 0x0101010101010101);
    keccak_permutation_v1(lanes + 25);
    keccak_permutation_v2(lanes);
    keccak_finalize_v2();
    let (packed: felt*) = alloc();
    assert packed[0] = 2 ** 63 - 1;
    assert packed[1] = 2 ** 63;
    let r = is_small_or_end(packed, packed + 2);
    serialize_word(r);
    let r = is_small_or_end(packed + 1, packed + 2);
    serialize_word(r);
    let r = is_small_or_end(packed + 2, packed + 2);
    serialize_word(r);
    return ();
}
