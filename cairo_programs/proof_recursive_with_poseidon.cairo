// cairovm: proof-mode
// cairovm: layout=recursive_with_poseidon
// cairovm: args=--print_output --print_info
// Proof mode on layout recursive_with_poseidon: poseidon and bitwise instances; the diluted pool
// (8 units per step) decides how far cairo-run pads.
%builtins output pedersen range_check bitwise poseidon

from starkware.cairo.common.bitwise import bitwise_and
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash_single
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin, PoseidonBuiltin
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    bitwise_ptr: BitwiseBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    let (a) = bitwise_and{bitwise_ptr=bitwise_ptr}(0xabcdef, 0xff0ff0);
    serialize_word(a);
    let (p) = poseidon_hash_single{poseidon_ptr=poseidon_ptr}(a);
    serialize_word(p);
    return ();
}
