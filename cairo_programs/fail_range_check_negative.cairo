// cairovm: expect=error
// cairovm: args=--print_output
// -1 is P - 1 in the field, far above 2^128: the range_check builtin rejects it (an assert_nn
// written by hand).
%builtins output range_check

func assert_nn{range_check_ptr}(a) {
    a = [range_check_ptr];
    let range_check_ptr = range_check_ptr + 1;
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    assert_nn(10);
    assert_nn(3 - 4);
    return ();
}
