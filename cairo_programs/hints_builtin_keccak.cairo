// cairovm: layout=starknet_with_keccak
// cairovm: native-only
// builtin_keccak (keccak through the keccak builtin): byte strings around the word and rate
// boundaries, little- and big-endian results, felts, uint256s and the padded-input variant.
%builtins output pedersen range_check ecdsa bitwise ec_op keccak

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.builtin_keccak.keccak import (
    keccak,
    keccak_bigend,
    keccak_felts,
    keccak_felts_bigend,
    keccak_padded_input,
    keccak_uint256s,
    keccak_uint256s_bigend,
)
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, KeccakBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func fill_words(words: felt*, n: felt, seed: felt) {
    if (n == 0) {
        return ();
    }
    assert words[0] = seed * 0x01010101 + n * 0x01020304050607;
    return fill_words(words + 1, n - 1, seed + 5);
}

func print_uint256{output_ptr: felt*}(value: Uint256) {
    serialize_word(value.low);
    serialize_word(value.high);
    return ();
}

func hash_lengths{
    output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*, keccak_ptr: KeccakBuiltin*
}(words: felt*, lengths: felt*, n: felt) {
    alloc_locals;
    if (n == 0) {
        return ();
    }
    let (local res) = keccak(inputs=words, n_bytes=lengths[0]);
    let (res_be) = keccak_bigend(inputs=words, n_bytes=lengths[0]);
    print_uint256(res);
    print_uint256(res_be);
    return hash_lengths(words, lengths + 1, n - 1);
}

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr,
    keccak_ptr: KeccakBuiltin*,
}() {
    alloc_locals;
    let (words: felt*) = alloc();
    fill_words(words, 40, 11);
    tempvar lengths: felt* = new (0, 1, 7, 8, 9, 31, 32, 135, 136, 137, 200, 272, 300);
    hash_lengths(words, lengths, 13);
    tempvar felts: felt* = new (1, 2, 3, -1, 0x800000000000011000000000000000000000000000000000000000000000000);
    let (res) = keccak_felts(n_elements=5, elements=felts);
    print_uint256(res);
    let (res) = keccak_felts_bigend(n_elements=5, elements=felts);
    print_uint256(res);
    let (nums: Uint256*) = alloc();
    assert nums[0] = Uint256(low=5, high=6);
    assert nums[1] = Uint256(low=2 ** 128 - 1, high=2 ** 127);
    let (res) = keccak_uint256s(n_elements=2, elements=nums);
    print_uint256(res);
    let (res) = keccak_uint256s_bigend(n_elements=2, elements=nums);
    print_uint256(res);
    let (padded: felt*) = alloc();
    fill_words(padded, 17, 2);
    let (res) = keccak_padded_input(inputs=padded, n_blocks=1);
    print_uint256(res);
    return ();
}
