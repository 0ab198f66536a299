// cairovm: expect=error
// cairovm: layout=small
// cairovm: args=--print_output
// A native hint fails (assert_nn's range check hint on a negative value) three calls deep,
// inside nested with_attr blocks: the report names the hint's location ("Error at pc=...",
// "Got an exception while executing a hint"), the source line with its marks, both error-message
// attributes, and the Cairo traceback through every caller.
%builtins range_check

from starkware.cairo.common.math import assert_nn

func check{range_check_ptr}(value: felt) {
    with_attr error_message("outer check of {value}") {
        with_attr error_message("inner: value must be nonnegative") {
            assert_nn(value);
        }
    }
    return ();
}

func middle{range_check_ptr}(value: felt) {
    check(value + 1);
    return ();
}

func main{range_check_ptr}() {
    middle(5);
    middle(-10);
    return ();
}
