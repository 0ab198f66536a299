// cairovm: expect=error
// cairovm: args=--print_output
// A failure inside nested `with_attr error_message(...)` scopes, one of them in a caller frame
// and one with a {reference} substituted from the failing frame; the messages are printed
// before the error location and also inside the traceback.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func check_positive_small(value) {
    with_attr error_message("Value {value} is not one of 1, 2, 3.") {
        tempvar t = (value - 1) * (value - 2);
        assert t * (value - 3) = 0;
    }
    return ();
}

func validate_all(values: felt*, n) {
    if (n == 0) {
        return ();
    }
    with_attr error_message("While validating element at index from end {n}.") {
        check_positive_small([values]);
    }
    return validate_all(values + 1, n - 1);
}

func main{output_ptr: felt*}() {
    tempvar values: felt* = new (1, 3, 2, 7, 1);
    with_attr error_message("Outer scope: validating the input list.") {
        validate_all(values, 5);
    }
    serialize_word(1);
    return ();
}
