// cairovm: expect=error
// cairovm: layout=starknet
// cairovm: args=--print_output
// p + m * q with p = q: the builtin's first double-and-add step meets two points with the same
// x coordinate, which its AIR cannot add.
%builtins output pedersen range_check ecdsa bitwise ec_op poseidon

from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec_point import EcPoint

const GEN_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GEN_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr, ec_op_ptr: EcOpBuiltin*, poseidon_ptr}() {
    assert ec_op_ptr.p = EcPoint(GEN_X, GEN_Y);
    assert ec_op_ptr.q = EcPoint(GEN_X, -GEN_Y);
    assert ec_op_ptr.m = 12345;
    assert [output_ptr] = ec_op_ptr.r.y;
    let output_ptr = output_ptr + 1;
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    return ();
}
