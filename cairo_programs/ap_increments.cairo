// cairovm: args=--print_output
// ap++ on assert_eq/add/mul, `ap += imm` (positive and negative),
// leaving holes in the execution segment.
%builtins output

func main{output_ptr: felt*}() {
    [ap] = 1, ap++;
    [ap] = [ap - 1] + 1, ap++;
    [ap] = [ap - 1] * 3, ap++;
    // Skip 3 cells, then come back 2 cells and write into a skipped one.
    ap += 3;
    [ap] = 99, ap++;
    ap += -2;
    [ap] = 77, ap++;
    // ap now points at the 99.
    ap += 1;
    [ap] = [ap - 1] + [ap - 2], ap++;
    // Layout from the start of the frame:
    // fp+0=1 fp+1=2 fp+2=6 fp+3=hole fp+4=hole fp+5=77 fp+6=99 fp+7=176
    assert [output_ptr] = [fp];
    assert [output_ptr + 1] = [fp + 1];
    assert [output_ptr + 2] = [fp + 2];
    assert [output_ptr + 3] = [fp + 5];
    assert [output_ptr + 4] = [fp + 6];
    assert [output_ptr + 5] = [fp + 7];
    let output_ptr = output_ptr + 6;
    return ();
}
