// cairovm: args=--print_output
// The step loop's per-shape handlers on their less usual cases: a call whose frame cell a hint
// wrote first (with the value the call writes), reads through a pointer into a builtin's segment
// and into a far cell, an assert_eq whose dst is known, pointer arithmetic with an immediate,
// products, `ap +=` back and forth, and conditional and plain jumps that also move ap.
%builtins output

func callee(x) -> felt {
    return x + 1;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local out: felt* = output_ptr;
    // The call below writes fp at [ap] and its return pc at [ap + 1]; the hint (on the
    // instruction before it) writes fp first, so the call finds that cell known and equal.
    [ap] = 5, ap++;
    %{ memory[ap] = fp %}
    ap += 0;
    call callee;
    assert [out] = [ap - 1];

    // Reads through a pointer: into the output segment (a builtin's, known cells) and into a
    // far cell of a new segment.
    local far: felt*;
    %{
        ids.far = segments.add() + 100000
        memory[ids.far] = 42
    %}
    [ap] = [out], ap++;
    [ap] = [[fp + 1]], ap++;
    assert [out + 1] = [ap - 2] + [ap - 1];

    // An assert_eq whose dst is already known and equal; pointer plus immediate; products.
    local a = 6;
    assert a = [out] - 0;
    [ap] = [fp + 2] * [fp + 2], ap++;
    tempvar p = out + 2;
    assert [p] = [ap - 2];
    assert [out + 3] = [ap - 2] - a * a + 9;

    // ap moved forward over a hole and back.
    ap += 3;
    [ap] = 11, ap++;
    ap += -2;
    [ap] = 12, ap++;
    ap += 1;
    [ap] = [ap - 2] + [ap - 1], ap++;
    assert [out + 4] = [ap - 1];

    // Jumps that move ap: conditional (taken on a nonzero value, not taken on zero) and plain.
    // The references are gone after them: the output cells are reached through [fp].
    [ap] = 3, ap++;
    jmp skip1 if [ap - 1] != 0, ap++;
    [ap] = 1000, ap++;
    skip1:
    [ap] = 0, ap++;
    jmp skip2 if [ap - 1] != 0, ap++;
    [ap] = 7, ap++;
    skip2:
    [ap - 1] = [[fp] + 5];
    jmp skip3, ap++;
    [ap] = 2000, ap++;
    skip3:
    [ap] = 8, ap++;
    [ap - 1] = [[fp] + 6];
    [ap] = [fp] + 7, ap++;
    ret;
}
