// cairovm: expect=error
// cairovm: layout=recursive_with_poseidon
// cairovm: args=--print_output
// A pointer as the third element of a poseidon input state.
%builtins output pedersen range_check bitwise poseidon

from starkware.cairo.common.cairo_builtins import PoseidonBuiltin

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, bitwise_ptr, poseidon_ptr: PoseidonBuiltin*}() {
    assert poseidon_ptr.input.s0 = 1;
    assert poseidon_ptr.input.s1 = 2;
    assert poseidon_ptr.input.s2 = cast(pedersen_ptr, felt);
    assert [output_ptr] = poseidon_ptr.output.s1;
    let output_ptr = output_ptr + 1;
    let poseidon_ptr = poseidon_ptr + PoseidonBuiltin.SIZE;
    return ();
}
