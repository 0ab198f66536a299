// cairovm: layout=all_solidity
// cairovm: native-only
// cairo_keccak (the Cairo implementation of keccak, no builtin): byte strings of lengths around
// the word (8 bytes) and rate (136 bytes) boundaries, big-endian variants, felts and uint256s,
// then finalize_keccak, which pads the batch with dummy instances.
%builtins output pedersen range_check ecdsa bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import (
    cairo_keccak,
    cairo_keccak_bigend,
    cairo_keccak_felts,
    cairo_keccak_felts_bigend,
    cairo_keccak_uint256s,
    cairo_keccak_uint256s_bigend,
    finalize_keccak,
)
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func fill_words(words: felt*, n: felt, seed: felt) {
    if (n == 0) {
        return ();
    }
    // Little-endian 8-byte words with varied bytes.
    assert words[0] = seed * 0x01010101 + n * 0x01020304050607;
    return fill_words(words + 1, n - 1, seed + 7);
}

func print_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func hash_lengths{
    output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*, keccak_ptr: felt*
}(words: felt*, lengths: felt*, n: felt) {
    alloc_locals;
    if (n == 0) {
        return ();
    }
    let (local res) = cairo_keccak(inputs=words, n_bytes=lengths[0]);
    let (res_be) = cairo_keccak_bigend(inputs=words, n_bytes=lengths[0]);
    print_uint256(res);
    print_uint256(res_be);
    return hash_lengths(words, lengths + 1, n - 1);
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr: BitwiseBuiltin*}(
    ) {
    alloc_locals;
    let (local keccak_ptr_start: felt*) = alloc();
    let keccak_ptr = keccak_ptr_start;
    let (words: felt*) = alloc();
    fill_words(words, 40, 3);
    tempvar lengths: felt* = new (0, 9, 136, 137);
    with keccak_ptr {
        hash_lengths(words, lengths, 4);
        tempvar felts: felt* = new (1, 2, 3, -1, 0x800000000000011000000000000000000000000000000000000000000000000);
        let (res) = cairo_keccak_felts(n_elements=5, elements=felts);
        print_uint256(res);
        let (res) = cairo_keccak_felts_bigend(n_elements=5, elements=felts);
        print_uint256(res);
        let (nums: Uint256*) = alloc();
        assert nums[0] = Uint256(low=5, high=6);
        assert nums[1] = Uint256(low=2 ** 128 - 1, high=2 ** 127);
        let (res) = cairo_keccak_uint256s(n_elements=2, elements=nums);
        print_uint256(res);
        let (res) = cairo_keccak_uint256s_bigend(n_elements=2, elements=nums);
        print_uint256(res);
    }
    finalize_keccak(keccak_ptr_start=keccak_ptr_start, keccak_ptr_end=keccak_ptr);
    return ();
}
