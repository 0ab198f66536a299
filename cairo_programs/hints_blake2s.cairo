// cairovm: layout=all_solidity
// cairovm: native-only
// cairo_blake2s: blake2s and blake2s_bigend of byte strings around the block size (64 bytes),
// blake2s_felts with the uint256 and felt adders, encode_felt252_to_u32s (small and large
// felts), then finalize_blake2s, whose hint pads the last batch with dummy instances.
%builtins output pedersen range_check ecdsa bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_blake2s.blake2s import (
    blake2s,
    blake2s_add_uint256,
    blake2s_add_uint256_bigend,
    blake2s_bigend,
    blake2s_felts,
    encode_felt252_to_u32s,
    finalize_blake2s,
)
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func fill(words: felt*, n: felt, seed: felt) {
    if (n == 0) {
        return ();
    }
    assert words[0] = seed * 0x01000193 + n;
    return fill(words + 1, n - 1, seed + 3);
}

func print_words{output_ptr: felt*}(words: felt*, n: felt) {
    if (n == 0) {
        return ();
    }
    serialize_word(words[0]);
    return print_words(words + 1, n - 1);
}

func print_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr: BitwiseBuiltin*}(
    ) {
    alloc_locals;
    let (words: felt*) = alloc();
    fill(words, 40, 7);
    let (local start: felt*) = alloc();
    let blake2s_ptr = start;
    with blake2s_ptr {
        let (res) = blake2s(data=words, n_bytes=0);
        print_uint256(res);
        let (res) = blake2s(data=words, n_bytes=5);
        print_uint256(res);
        let (res) = blake2s(data=words, n_bytes=64);
        print_uint256(res);
        let (res) = blake2s(data=words, n_bytes=150);
        print_uint256(res);
        let (res) = blake2s_bigend(data=words, n_bytes=65);
        print_uint256(res);
        let (data: felt*) = alloc();
        let data_start = data;
        with data {
            blake2s_add_uint256(Uint256(low=0x0102030405060708090a0b0c0d0e0f10, high=77));
            blake2s_add_uint256_bigend(Uint256(low=5, high=2 ** 128 - 1));
        }
        let (res) = blake2s(data=data_start, n_bytes=64);
        print_uint256(res);
        tempvar felts: felt* = new (1, 2 ** 63 - 1, 2 ** 63, -1, 0x1234567890abcdef1234567890abcdef);
        let (res) = blake2s_felts(n_elements=5, elements=felts, bigend=1);
        print_uint256(res);
    }
    let (u32s: felt*) = alloc();
    let n_u32s = encode_felt252_to_u32s(packed_values_len=5, packed_values=felts, unpacked_u32s=u32s);
    serialize_word(n_u32s);
    print_words(u32s, n_u32s);
    finalize_blake2s(blake2s_ptr_start=start, blake2s_ptr_end=blake2s_ptr);
    return ();
}
