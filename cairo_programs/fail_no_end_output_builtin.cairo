// cairovm: expect=error
// cairovm: args=--no_end --steps 10
// --no_end with the output builtin: the run stops after 10 steps, the builtin's stop pointer is
// never read, so the secure-run check fails with "Error: output segment stop ptr is None."
%builtins output

func emit{output_ptr: felt*}(n) {
    if (n == 0) {
        return ();
    }
    assert [output_ptr] = n;
    let output_ptr = output_ptr + 1;
    return emit(n - 1);
}

func main{output_ptr: felt*}() {
    emit(20);
    return ();
}
