// cairovm: args=--print_output
// `add` instructions where the unknown cell is dst, op0 or op1 in turn, with ap- and fp-based
// operands, an immediate op1, and a pure check where all three are known.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    ap += 3;
    [fp] = 10;
    [fp + 1] = 32;
    // Deduce dst: [ap] = [fp] + [fp+1].
    [ap] = [fp] + [fp + 1], ap++;
    // Deduce dst with an immediate op1.
    [ap] = [ap - 1] + 1000, ap++;
    // Deduce op1: 50 = [fp] + [ap]  =>  [ap] = 40.
    [ap] = 50, ap++;
    [ap - 1] = [fp] + [ap], ap++;
    // Deduce op0: [fp+1] = [ap] + [fp]  =>  [ap] = 22.
    [fp + 1] = [ap] + [fp], ap++;
    // Deduce op0 with an immediate op1: [ap-1] = [ap] + 5  =>  [ap] = 17.
    [ap - 1] = [ap] + 5, ap++;
    // Wrap around the field: deduce op1 from 0 = 1 + x  =>  x = -1.
    [ap] = 0, ap++;
    [ap] = 1, ap++;
    [ap - 2] = [ap - 1] + [ap], ap++;
    // Pure check: 42 = 10 + 32.
    [ap] = 42, ap++;
    [ap - 1] = [fp] + [fp + 1];
    // Negative immediate.
    [fp + 2] = [fp] + (-15);
    // Emit: dst=42, 1042, op1=40, op0=22, op0=17, op1=-1, -5.
    assert [output_ptr] = [ap - 10];
    assert [output_ptr + 1] = [ap - 9];
    assert [output_ptr + 2] = [ap - 7];
    assert [output_ptr + 3] = [ap - 6];
    assert [output_ptr + 4] = [ap - 5];
    assert [output_ptr + 5] = [ap - 2];
    assert [output_ptr + 6] = [fp + 2];
    let output_ptr = output_ptr + 7;
    return ();
}
