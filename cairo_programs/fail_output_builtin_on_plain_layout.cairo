// cairovm: expect=error
// cairovm: layout=plain
// A program declaring `%builtins output` run on layout plain, which has no builtins: the
// runner rejects it before executing anything (an "Error: ..." assertion message, no location).
%builtins output

func main{output_ptr: felt*}() {
    assert [output_ptr] = 1;
    let output_ptr = output_ptr + 1;
    return ();
}
