// cairovm: expect=error
// cairovm: layout=small
// A value of 2^128 written through the range-check pointer by an instruction (no hint): the
// builtin's rule rejects the write ("Value 2^128, in range check builtin 1, is out of range
// [0, 2^128).").
%builtins range_check

func main{range_check_ptr}() {
    assert [range_check_ptr] = 2 ** 128 - 1;
    assert [range_check_ptr + 1] = 2 ** 128;
    let range_check_ptr = range_check_ptr + 2;
    return ();
}
