// cairovm: args=--print_output
// Loops three ways: tail recursion, a raw jnz loop with ap-based state, and a loop over an
// array built with `new`; prints sum 1..100, 2^64 by repeated doubling, and a dot product.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func sum_to(n, acc) -> felt {
    if (n == 0) {
        return acc;
    }
    return sum_to(n - 1, acc + n);
}

// 2^k by a raw loop: state (counter, value) lives in the two topmost ap cells.
func pow2(k) -> felt {
    [ap] = k, ap++;
    [ap] = 1, ap++;
    body:
    [ap] = [ap - 2] - 1, ap++;
    [ap] = [ap - 2] * 2, ap++;
    jmp body if [ap - 2] != 0;
    return [ap - 1];
}

func dot(a: felt*, b: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = dot(a + 1, b + 1, n - 1);
    return a[0] * b[0] + rest;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    // pow2 has an unknown ap change, so compute everything into locals before printing.
    let s = sum_to(100, 0);
    local s_saved = s;
    let p = pow2(64);
    local p_saved = p;
    tempvar a: felt* = new (1, 2, 3, 4, 5);
    tempvar b: felt* = new (10, 20, 30, 40, 50);
    let d = dot(a, b, 5);
    serialize_word(s_saved);
    serialize_word(p_saved);
    serialize_word(d);
    return ();
}
