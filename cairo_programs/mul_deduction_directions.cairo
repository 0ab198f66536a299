// cairovm: args=--print_output
// `mul` instructions where the unknown cell is dst, op0 or op1 (the VM divides in the field),
// including a deduction whose result is a non-integer field element.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    ap += 2;
    [fp] = 6;
    [fp + 1] = 7;
    // Deduce dst.
    [ap] = [fp] * [fp + 1], ap++;
    // Deduce dst with an immediate.
    [ap] = [ap - 1] * 3, ap++;
    // Deduce op1: 126 = [fp] * [ap]  =>  [ap] = 21.
    [ap - 1] = [fp] * [ap], ap++;
    // Deduce op0: 126 = [ap] * [fp+1]  =>  [ap] = 18.
    [ap - 2] = [ap] * [fp + 1], ap++;
    // Deduce op0 with an immediate: 7 = [ap] * 2  =>  [ap] = 7/2 in the field.
    [fp + 1] = [ap] * 2, ap++;
    // Check it: 2 * (7/2) = 7.
    [ap] = [ap - 1] * 2, ap++;
    // Negative times negative.
    [ap] = -5, ap++;
    [ap] = [ap - 1] * [ap - 1], ap++;
    // Pure check: 42 = 6 * 7.
    [ap] = 42, ap++;
    [ap - 1] = [fp] * [fp + 1];
    // Zero product: 0 = [ap] * 0 cannot be deduced, so write it first and check.
    [ap] = 123, ap++;
    [ap] = 0, ap++;
    [ap] = [ap - 2] * [ap - 1], ap++;
    assert [output_ptr] = [ap - 12];
    assert [output_ptr + 1] = [ap - 11];
    assert [output_ptr + 2] = [ap - 10];
    assert [output_ptr + 3] = [ap - 9];
    assert [output_ptr + 4] = [ap - 8];
    assert [output_ptr + 5] = [ap - 7];
    assert [output_ptr + 6] = [ap - 5];
    assert [output_ptr + 7] = [ap - 1];
    let output_ptr = output_ptr + 8;
    return ();
}
