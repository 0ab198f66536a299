// cairovm: expect=error
// cairovm: args=--print_output
// Writing 2^128 into the range_check builtin segment fails the builtin's validation rule.
%builtins output range_check

func check{range_check_ptr}(value) {
    assert [range_check_ptr] = value;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    check(2 ** 128 - 1);
    check(2 ** 128);
    return ();
}
