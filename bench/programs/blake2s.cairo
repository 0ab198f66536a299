// Blake2s in Cairo (the common library's cairo_blake2s): N hashes of 100-byte inputs derived from
// the round number, then the blake2s segment finalized with the bitwise builtin.
// bench: python_n=20
%builtins output range_check bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_blake2s.blake2s import blake2s, finalize_blake2s
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

const N = 700;

func fill(data: felt*, seed: felt, i: felt) {
    if (i == 25) {
        return ();
    }
    assert data[i] = seed * 64 + i + 0x01020304;
    return fill(data, seed, i + 1);
}

func rounds{range_check_ptr, blake2s_ptr: felt*}(i: felt, last: Uint256) -> Uint256 {
    alloc_locals;
    if (i == 0) {
        return last;
    }
    let (local data: felt*) = alloc();
    fill(data, i, 0);
    let (hash) = blake2s(data=data, n_bytes=100);
    return rounds(i - 1, hash);
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local blake2s_start: felt*) = alloc();
    let blake2s_ptr = blake2s_start;
    let hash = rounds{blake2s_ptr=blake2s_ptr}(N, Uint256(0, 0));
    finalize_blake2s(blake2s_ptr_start=blake2s_start, blake2s_ptr_end=blake2s_ptr);
    serialize_word(hash.low);
    serialize_word(hash.high);
    return ();
}
