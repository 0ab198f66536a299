// cairovm: expect=error
// cairovm: args=--print_output --debug_error
// --debug_error: the VM error goes to stdout as "Got an error:" followed by the usual error text
// (location, excerpt, Cairo traceback), then reading the return values fails and stderr gets
// "Error: Run must be ended before calling read_return_values."; exit status 1.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func check(x) {
    assert x * x = 49;
    return ();
}

func main{output_ptr: felt*}() {
    serialize_word(7);
    check(7);
    check(-7);
    check(8);
    return ();
}
