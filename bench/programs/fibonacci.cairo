// Long loop: iterative Fibonacci modulo P, N iterations of five instructions, result output.
// bench: python_n=12000
%builtins output

from starkware.cairo.common.serialize import serialize_word

const N = 1000000;

func fib_loop(a: felt, b: felt, n: felt) -> felt {
    tempvar a = a;
    tempvar b = b;
    tempvar n = n;
    loop:
    tempvar c = a + b;
    tempvar a = b;
    tempvar b = c;
    tempvar n = n - 1;
    jmp loop if n != 0;
    return a;
}

func main{output_ptr: felt*}() {
    let result = fib_loop(0, 1, N);
    serialize_word(result);
    return ();
}
