// cairovm: proof-mode
// cairovm: layout=recursive_large_output
// cairovm: args=--print_output --print_info --print_segments --secure_run
// Proof mode on layout recursive_large_output, with --secure_run on (off by default in proof
// mode): pedersen and poseidon instances.
%builtins output pedersen range_check bitwise poseidon

from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash
from starkware.cairo.common.cairo_builtins import HashBuiltin, PoseidonBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    bitwise_ptr,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    let (h) = hash2{hash_ptr=pedersen_ptr}(10, 20);
    serialize_word(h);
    let (p) = poseidon_hash{poseidon_ptr=poseidon_ptr}(h, 30);
    serialize_word(p);
    return ();
}
