// cairovm: expect=error
// cairovm: layout=small
// A pointer written into the range-check segment by an instruction: the builtin's rule rejects
// it ("Range-check builtin: Expected value at address 2:0 to be an integer. Got: 2:0.").
%builtins range_check

func main{range_check_ptr}() {
    assert [range_check_ptr] = cast(range_check_ptr, felt);
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
