// cairovm: args=--print_output
// Field division with `/` on felts: exact divisions, non-exact ones (modular inverses), division
// of negatives, and a check that (a / b) * b == a for run-time values.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func div_check(a, b) -> felt {
    let q = a / b;
    assert q * b = a;
    return q;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let q1 = div_check(100, 4);
    serialize_word(q1);
    let q2 = div_check(1, 2);
    serialize_word(q2);
    let q3 = div_check(1, 3);
    serialize_word(q3);
    let q4 = div_check(-10, 5);
    serialize_word(q4);
    let q5 = div_check(7, -1);
    serialize_word(q5);
    let q6 = div_check(0, 99);
    serialize_word(q6);
    // Compile-time division of constants.
    serialize_word(10 / 3);
    // A run-time inverse: 1 / x, then multiplied back.
    tempvar x = 123456789;
    tempvar inv = 1 / x;
    serialize_word(inv * x);
    return ();
}
