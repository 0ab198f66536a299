// Deep recursion with a frame per call: the sum of 1..N, the call depth reaching N.
// bench: python_n=12000
%builtins output

from starkware.cairo.common.serialize import serialize_word

const N = 300000;

func sum_to(n: felt) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum_to(n - 1);
    return n + rest;
}

func main{output_ptr: felt*}() {
    let total = sum_to(N);
    serialize_word(total);
    return ();
}
