// cairovm: args=--print_output
// Output segment edge cases: a cell never written prints `<missing>`, and relocatable values
// written to the output print unrelocated as `segment:offset`.
%builtins output

from starkware.cairo.common.alloc import alloc

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local buf: felt*) = alloc();
    assert buf[0] = 1;
    // output_ptr[0] and output_ptr[3] are holes.
    assert output_ptr[1] = 77;
    assert output_ptr[2] = cast(buf + 5, felt);
    assert output_ptr[4] = cast(output_ptr, felt);
    assert output_ptr[5] = -77;
    let output_ptr = output_ptr + 6;
    return ();
}
