// cairovm: expect=error
// cairovm: layout=recursive
// cairovm: stderr=differs  (the reference ends in an uncaught SecurityError traceback that wraps the builtin's AssertionError; the runner prints "Error: <the same message>")
// cairovm: args=--print_output
// A pointer as a bitwise operand whose results are never read: the run completes, then the
// security checks deduce the unwritten result cells and the builtin rejects the operand.
%builtins output pedersen range_check bitwise

from starkware.cairo.common.cairo_builtins import BitwiseBuiltin

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, bitwise_ptr: BitwiseBuiltin*}() {
    assert bitwise_ptr.x = cast(output_ptr, felt);
    assert bitwise_ptr.y = 1;
    let bitwise_ptr = bitwise_ptr + BitwiseBuiltin.SIZE;
    return ();
}
