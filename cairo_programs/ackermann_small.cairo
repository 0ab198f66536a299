// cairovm: args=--print_output
// Ackermann function A(m, n) for small arguments: deep, irregular recursion.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func ackermann(m, n) -> felt {
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ackermann(m - 1, 1);
    }
    let inner = ackermann(m, n - 1);
    return ackermann(m - 1, inner);
}

func print_ackermann{output_ptr: felt*}(m, n) {
    let a = ackermann(m, n);
    serialize_word(a);
    return ();
}

func main{output_ptr: felt*}() {
    print_ackermann(0, 0);
    print_ackermann(1, 2);
    print_ackermann(2, 3);
    print_ackermann(3, 3);
    return ();
}
