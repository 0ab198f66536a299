// cairovm: layout=small
// cairovm: native-only
// The common library's hint-computed keccak (unsafe_keccak, the KeccakState accumulator,
// keccak_felts and truncated_keccak2), on inputs with partial last words.
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.keccak import (
    keccak_felts,
    truncated_keccak2,
    unsafe_keccak,
    unsafe_keccak_add_felt,
    unsafe_keccak_add_felts,
    unsafe_keccak_add_uint256,
    unsafe_keccak_finalize,
    unsafe_keccak_init,
)
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    alloc_locals;
    tempvar data: felt* = new (0x0102030405060708090a0b0c0d0e0f10, 0xffeeddccbbaa99887766554433221100, 0xabcdef);
    let (low, high) = unsafe_keccak(data=data, length=0);
    serialize_word(low);
    serialize_word(high);
    let (low, high) = unsafe_keccak(data=data, length=16);
    serialize_word(low);
    serialize_word(high);
    let (low, high) = unsafe_keccak(data=data, length=35);
    serialize_word(low);
    serialize_word(high);
    let (keccak_state) = unsafe_keccak_init();
    with keccak_state {
        unsafe_keccak_add_felt(12345);
        unsafe_keccak_add_uint256(Uint256(low=7, high=2 ** 128 - 1));
        unsafe_keccak_add_felts(n_elements=3, elements=data);
    }
    let (res) = unsafe_keccak_finalize(keccak_state);
    serialize_word(res.low);
    serialize_word(res.high);
    let (res) = keccak_felts(n_elements=3, elements=data);
    serialize_word(res.low);
    serialize_word(res.high);
    let (t) = truncated_keccak2(x=1, y=12345);
    serialize_word(t);
    return ();
}
