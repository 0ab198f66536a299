// cairovm: args=--print_output
// tempvar (ap-based), local (fp-based, alloc_locals), let (aliases and expressions), typed
// references, rebinding, `local` with tuple-returning calls, and compound expressions.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func divmod_small(a, b) -> (q: felt, r: felt) {
    // Repeated subtraction, valid for small non-negative integers.
    if (a == 0) {
        return (q=0, r=0);
    }
    let (q, r) = divmod_small(a - 1, b);
    if (r + 1 == b) {
        return (q=q + 1, r=0);
    }
    return (q=q, r=r + 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    tempvar t = 5;
    tempvar u = t * t + 3;
    let v = u - t;
    local l1 = v * 2;
    local l2: felt;
    l2 = l1 + 1;
    let (local q, local r) = divmod_small(47, 5);
    // Rebinding `t` as an alias of an expression: evaluated when used.
    let t = l2 + q;
    serialize_word(u);
    serialize_word(v);
    serialize_word(l1);
    serialize_word(l2);
    serialize_word(q);
    serialize_word(r);
    serialize_word(t);
    // A tempvar holding a compound expression.
    tempvar w = (l1 + l2) * (q - r) + 7 * 7;
    serialize_word(w);
    return ();
}
