// cairovm: expect=error
// cairovm: no-source
// cairovm: args=--print_output
// The same kind of assertion failure, but both VMs run in a directory where the source file
// (recorded by a relative name in the debug info) cannot be found: locations and the traceback
// are printed without the source-line excerpts and ^***^ marks.
%builtins output

func inner(x) {
    assert x = 1;
    return ();
}

func outer(x) {
    inner(x);
    return ();
}

func main{output_ptr: felt*}() {
    outer(1);
    outer(2);
    return ();
}
