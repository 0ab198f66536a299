// cairovm: args=--print_output
// Conditional jumps (jmp rel if [x] != 0) taken and not taken: on zero, on nonzero, on -1, on a
// relocatable (pointer, always nonzero), with an immediate and a register offset, plus `if`.
%builtins output

func classify(x) -> felt {
    if (x == 0) {
        return 100;
    }
    if (x == 1) {
        return 101;
    }
    return 102;
}

func main{output_ptr: felt*}() {
    // Not taken: value 0.
    [ap] = 0, ap++;
    jmp t1 if [ap - 1] != 0;
    [ap] = 10, ap++;
    jmp n1;
    t1:
    [ap] = 11, ap++;
    n1:
    assert [output_ptr] = [ap - 1];

    // Taken: value -1 (P-1).
    [ap] = -1, ap++;
    jmp t2 if [ap - 1] != 0;
    [ap] = 20, ap++;
    jmp n2;
    t2:
    [ap] = 21, ap++;
    n2:
    assert [output_ptr + 1] = [ap - 1];

    // Taken: a relocatable (the output pointer itself).
    [ap] = output_ptr, ap++;
    jmp t3 if [ap - 1] != 0;
    [ap] = 30, ap++;
    jmp n3;
    t3:
    [ap] = 31, ap++;
    n3:
    assert [output_ptr + 2] = [ap - 1];

    // Register offset, taken: skip 3 words (the jnz and the 2-word instruction after it).
    [ap] = 3, ap++;
    [ap] = 7, ap++;
    jmp rel [ap - 2] if [ap - 1] != 0;
    [ap] = 40, ap++;
    [ap] = 41, ap++;
    assert [output_ptr + 3] = [ap - 1];

    // Register offset, not taken: falls through.
    [ap] = 3, ap++;
    [ap] = 0, ap++;
    jmp rel [ap - 2] if [ap - 1] != 0;
    [ap] = 50, ap++;
    assert [output_ptr + 4] = [ap - 1];

    let r0 = classify(0);
    assert [output_ptr + 5] = r0;
    let r1 = classify(1);
    assert [output_ptr + 6] = r1;
    let r2 = classify(12345);
    assert [output_ptr + 7] = r2;
    let output_ptr = output_ptr + 8;
    return ();
}
