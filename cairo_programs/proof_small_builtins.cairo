// cairovm: layouts=dex,recursive,starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: proof-mode
// cairovm: layout=small
// cairovm: args=--print_output --print_info
// Proof mode on layout small with output, pedersen and range_check: the range-checked values
// span the whole 16-bit range, so cairo-run warns and adds steps until the range-check units
// suffice; the unused ecdsa builtin still gets its segment.
%builtins output pedersen range_check

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    let (h) = hash2{hash_ptr=pedersen_ptr}(1, 2);
    serialize_word(h);
    let (h2) = hash2{hash_ptr=pedersen_ptr}(h, 3);
    serialize_word(h2);
    assert [range_check_ptr] = 0xffff;
    assert [range_check_ptr + 1] = 0x10000;
    assert [range_check_ptr + 2] = 2 ** 127;
    let range_check_ptr = range_check_ptr + 3;
    serialize_word(7);
    return ();
}
