// cairovm: layout=dynamic
// cairovm: layout_params=dynamic_layout_builtins.layout.json
// cairovm: args=--print_output --print_segments
// The dynamic layout from a --cairo_layout_params_file (some builtins unused, range_check96 at a
// ratio below one): output, pedersen, range_check, bitwise, poseidon and range_check96 in one run.
%builtins output pedersen range_check bitwise poseidon range_check96

from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, HashBuiltin, PoseidonBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash
from starkware.cairo.common.bitwise import bitwise_xor
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
    range_check96_ptr: felt*,
}() {
    let (h) = hash2{hash_ptr=pedersen_ptr}(1, 2);
    serialize_word(h);
    let (p) = poseidon_hash(3, 4);
    serialize_word(p);
    let (x) = bitwise_xor(0xf0f0, 0x0ff0);
    serialize_word(x);
    assert [range_check_ptr] = 2 ** 128 - 1;
    let range_check_ptr = range_check_ptr + 1;
    assert [range_check96_ptr] = 2 ** 96 - 1;
    assert [range_check96_ptr + 1] = 12345;
    let range_check96_ptr = range_check96_ptr + 2;
    return ();
}
