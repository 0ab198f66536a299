// cairovm: expect=error
// cairovm: layout=starknet_with_keccak
// cairovm: args=--print_output
// Keccak builtin cells hold 200 bits each; 2^200 in the sixth input cell is rejected when an
// output cell is deduced.
%builtins output pedersen range_check ecdsa bitwise ec_op keccak poseidon

from starkware.cairo.common.cairo_builtins import KeccakBuiltin
from starkware.cairo.common.keccak_state import KeccakBuiltinState

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr,
    ec_op_ptr,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr,
}() {
    assert keccak_ptr.input = KeccakBuiltinState(1, 2, 3, 4, 5, 2 ** 200, 7, 8);
    assert [output_ptr] = keccak_ptr.output.s2;
    let output_ptr = output_ptr + 1;
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;
    return ();
}
