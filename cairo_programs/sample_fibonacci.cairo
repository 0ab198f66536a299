// cairovm: layout=small
// cairovm: args=--print_output
// The sample program of the README: the first Fibonacci numbers, written to the output.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func fib(a: felt, b: felt, n: felt) -> felt {
    if (n == 0) {
        return a;
    }
    return fib(b, a + b, n - 1);
}

func print_fibs{output_ptr: felt*}(i: felt, n: felt) {
    if (i == n) {
        return ();
    }
    let value = fib(0, 1, i);
    serialize_word(value);
    return print_fibs(i + 1, n);
}

func main{output_ptr: felt*}() {
    print_fibs(0, 12);
    return ();
}
