// cairovm: expect=error
// cairovm: layout=small
// cairovm: args=--print_output --allow_missing_builtins True
// A missing builtin (range_check96 on small, allowed) whose returned stop pointer is not 0.
%builtins output range_check96

func main{output_ptr: felt*, range_check96_ptr: felt*}() {
    let range_check96_ptr = range_check96_ptr + 3;
    return ();
}
