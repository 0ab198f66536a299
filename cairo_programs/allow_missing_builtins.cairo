// cairovm: layout=small
// cairovm: args=--print_output --print_segments --allow_missing_builtins
// A builtin the layout lacks (range_check96 on small) with --allow_missing_builtins: main gets 0
// for its pointer and must return 0 as its stop pointer; no segment is created for it.
%builtins output range_check96

func main{output_ptr: felt*, range_check96_ptr: felt*}() {
    assert [output_ptr] = cast(range_check96_ptr, felt) + 11;
    let output_ptr = output_ptr + 1;
    return ();
}
