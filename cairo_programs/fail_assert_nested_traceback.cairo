// cairovm: expect=error
// cairovm: args=--print_output
// A failing `assert x = y` three calls deep: the error names the pc and source line, and the
// Cairo traceback lists every caller frame (found through [fp-2] / [fp-1]).
%builtins output

from starkware.cairo.common.serialize import serialize_word

func check_equal(a, b) {
    assert a = b;
    return ();
}

func middle(x) {
    check_equal(x * 2, x + 3);
    return ();
}

func outer(n) {
    middle(3);
    middle(n);
    return ();
}

func main{output_ptr: felt*}() {
    serialize_word(1);
    outer(5);
    serialize_word(2);
    return ();
}
