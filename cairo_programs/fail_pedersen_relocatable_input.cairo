// cairovm: expect=error
// cairovm: args=--print_output
// A pointer as the x input of the pedersen builtin: reading the hash makes the builtin deduce it,
// which fails.
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = cast(output_ptr, felt);
    assert pedersen_ptr.y = 1;
    assert [output_ptr] = pedersen_ptr.result;
    let output_ptr = output_ptr + 1;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
