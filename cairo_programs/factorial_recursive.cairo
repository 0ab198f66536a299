// cairovm: args=--print_output
// Recursive factorial: small values, then 40! and 60! which exceed the field and wrap modulo P.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func factorial(n) -> felt {
    if (n == 0) {
        return 1;
    }
    let r = factorial(n - 1);
    return n * r;
}

func print_factorials{output_ptr: felt*}(ns: felt*, len) {
    if (len == 0) {
        return ();
    }
    let f = factorial([ns]);
    serialize_word(f);
    return print_factorials(ns + 1, len - 1);
}

func main{output_ptr: felt*}() {
    tempvar ns: felt* = new (0, 1, 5, 20, 40, 60);
    print_factorials(ns, 6);
    return ();
}
