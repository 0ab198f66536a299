// cairovm: expect=error
// cairovm: args=--print_output
// cairovm: stderr=differs  (the reference ends in an uncaught SecurityError traceback that wraps the builtin's AssertionError; the runner prints "Error: <the same message>")
// Three pedersen instances returned as used, but the second one has no x: the security checks
// after the run report the missing input cell.
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr[0].x = 1;
    assert pedersen_ptr[0].y = 2;
    assert [output_ptr] = pedersen_ptr[0].result;
    assert pedersen_ptr[1].y = 3;
    assert pedersen_ptr[2].x = 4;
    assert pedersen_ptr[2].y = 5;
    let output_ptr = output_ptr + 1;
    let pedersen_ptr = pedersen_ptr + 3 * HashBuiltin.SIZE;
    return ();
}
