// cairovm: layouts=starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: proof-mode
// cairovm: layout=recursive
// cairovm: args=--print_output --print_info
// Proof mode on layout recursive: bitwise instances (diluted units), pedersen, range_check and
// output, with the builtins' inputs in the AIR private input.
%builtins output pedersen range_check bitwise

from starkware.cairo.common.bitwise import bitwise_and, bitwise_or, bitwise_xor
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr, bitwise_ptr: BitwiseBuiltin*
}() {
    let (a) = bitwise_and{bitwise_ptr=bitwise_ptr}(0xff00ff, 0x0ff0f0);
    serialize_word(a);
    let (b) = bitwise_xor{bitwise_ptr=bitwise_ptr}(12345, 54321);
    serialize_word(b);
    let (c) = bitwise_or{bitwise_ptr=bitwise_ptr}(2 ** 250, 1);
    serialize_word(c);
    let (h) = hash2{hash_ptr=pedersen_ptr}(a, b);
    serialize_word(h);
    assert [range_check_ptr] = 100;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
