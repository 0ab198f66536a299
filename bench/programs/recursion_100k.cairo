// Recursion with a frame per call: sum of 1..n for n = 20,000 (about 100,000 steps).
%builtins output

from starkware.cairo.common.serialize import serialize_word

func sum_to(n: felt) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum_to(n - 1);
    return n + rest;
}

func main{output_ptr: felt*}() {
    let total = sum_to(20000);
    serialize_word(total);
    return ();
}
