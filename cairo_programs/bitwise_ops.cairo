// cairovm: layouts=starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: layout=recursive
// cairovm: args=--print_output
// The bitwise builtin used directly: the three results of each instance read in different
// orders, operands at the 2^251 - 1 bound, a byte-parity fold over 16 instances.
%builtins output pedersen range_check bitwise

from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.serialize import serialize_word

func apply{bitwise_ptr: BitwiseBuiltin*}(x, y) -> BitwiseBuiltin* {
    assert bitwise_ptr.x = x;
    assert bitwise_ptr.y = y;
    let instance = bitwise_ptr;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return instance;
}

func fold_xor{bitwise_ptr: BitwiseBuiltin*}(acc, value, i) -> felt {
    if (i == 16) {
        return acc;
    }
    let instance = apply(acc, value * (i + 1));
    return fold_xor(instance.x_xor_y, value, i + 1);
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    alloc_locals;
    local b1: BitwiseBuiltin* = apply(2 ** 251 - 1, 2 ** 250 + 0xabcdef);
    // or first, then and, then xor.
    serialize_word(b1.x_or_y);
    serialize_word(b1.x_and_y);
    serialize_word(b1.x_xor_y);
    local b2: BitwiseBuiltin* = apply(0, 0);
    serialize_word(b2.x_xor_y);
    let f_result = fold_xor(0x5a5a5a5a, 0x123456789, 0);
    local f = f_result;
    serialize_word(f);
    // Only one of the three results used: the other two are never written.
    local b3: BitwiseBuiltin* = apply(12, 10);
    serialize_word(b3.x_and_y);
    return ();
}
