// cairovm: expect=error
// cairovm: args=--print_output --steps 100
// An endless loop stopped by --steps 100: "Error: End of program was not reached" (no Cairo
// traceback is printed for this error).
%builtins output

func spin(n) -> felt {
    if (n == 0) {
        return spin(1);
    }
    return spin(n + 1);
}

func main{output_ptr: felt*}() {
    assert [output_ptr] = 3;
    let output_ptr = output_ptr + 1;
    spin(0);
    return ();
}
