// Keccak-256 in Cairo (the common library's cairo_keccak with the bitwise builtin): N hashes of
// 4-word inputs chained through their results, then the keccak segment finalized.
// bench: python_n=8
%builtins output range_check bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import cairo_keccak_uint256s, finalize_keccak
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

const N = 600;

func rounds{range_check_ptr, bitwise_ptr: BitwiseBuiltin*, keccak_ptr: felt*}(
    i: felt, seed: Uint256
) -> Uint256 {
    alloc_locals;
    if (i == 0) {
        return seed;
    }
    let (local words: Uint256*) = alloc();
    assert words[0] = seed;
    assert words[1] = Uint256(i, 2 * i);
    assert words[2] = Uint256(3 * i, seed.low);
    assert words[3] = Uint256(seed.high, 0x1234);
    let (hash) = cairo_keccak_uint256s(n_elements=4, elements=words);
    return rounds(i - 1, hash);
}

func main{output_ptr: felt*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    let (local keccak_start: felt*) = alloc();
    let keccak_ptr = keccak_start;
    let hash = rounds{keccak_ptr=keccak_ptr}(N, Uint256(7, 11));
    finalize_keccak(keccak_ptr_start=keccak_start, keccak_ptr_end=keccak_ptr);
    serialize_word(hash.low);
    serialize_word(hash.high);
    return ();
}
