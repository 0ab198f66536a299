// cairovm: args=--print_output
// Naive doubly recursive Fibonacci for n = 0..14, printing each value.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func fib(n) -> felt {
    alloc_locals;
    if (n == 0) {
        return 0;
    }
    if (n == 1) {
        return 1;
    }
    let a = fib(n - 1);
    local a_saved = a;
    let b = fib(n - 2);
    return a_saved + b;
}

func print_fibs{output_ptr: felt*}(i, n) {
    if (i == n) {
        return ();
    }
    let f = fib(i);
    serialize_word(f);
    return print_fibs(i + 1, n);
}

func main{output_ptr: felt*}() {
    print_fibs(0, 15);
    return ();
}
