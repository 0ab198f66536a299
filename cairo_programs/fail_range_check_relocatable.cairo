// cairovm: expect=error
// cairovm: args=--print_output
// A pointer written into the range_check builtin segment: the builtin's validation rule wants an
// integer.
%builtins output range_check

func main{output_ptr: felt*, range_check_ptr}() {
    assert [range_check_ptr] = 5;
    assert [range_check_ptr + 1] = cast(output_ptr, felt);
    let range_check_ptr = range_check_ptr + 2;
    return ();
}
