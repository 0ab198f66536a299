// cairovm: expect=error
// cairovm: layout=recursive
// cairovm: args=--print_output
// The bitwise builtin only takes operands below 2^251; 2^251 itself fails when x & y is deduced.
%builtins output pedersen range_check bitwise

from starkware.cairo.common.cairo_builtins import BitwiseBuiltin

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = 7;
    assert bitwise_ptr.y = 2 ** 251;
    assert [output_ptr] = bitwise_ptr.x_and_y;
    let output_ptr = output_ptr + 1;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
