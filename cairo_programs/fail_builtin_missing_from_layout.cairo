// cairovm: expect=error
// cairovm: layout=starknet
// A program builtin the layout lacks (range_check96 on starknet) without --allow_missing_builtins.
%builtins output range_check96

func main{output_ptr: felt*, range_check96_ptr: felt*}() {
    return ();
}
