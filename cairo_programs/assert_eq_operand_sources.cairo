// cairovm: layout=small
// cairovm: args=--print_output
// assert_eq with every operand source: immediate, [ap+x], [fp+x], [[ap+x]+y], [[fp+x]+y],
// both as a write (dst unknown) and as a check (dst already known).
%builtins output

from starkware.cairo.common.alloc import alloc

func main{output_ptr: felt*}() {
    alloc_locals;
    // Reserve 4 frame cells: [fp], [fp+1], [fp+2], [fp+3].
    ap += 4;
    // Immediate into fp cells.
    [fp] = 17;
    [fp + 1] = -3;
    // A fresh segment, filled through fp-based double dereference writes.
    let (buf: felt*) = alloc();
    [fp + 2] = buf;
    assert buf[0] = 100;
    assert buf[1] = 200;
    assert buf[2] = 300;
    // [ap+x] sources.
    [ap] = 41, ap++;
    [ap] = [ap - 1], ap++;
    // [fp+x] source.
    [ap] = [fp], ap++;
    [ap] = [fp + 1], ap++;
    // Double dereference via fp: [[fp+2]+1].
    [ap] = [[fp + 2] + 1], ap++;
    // Double dereference via ap: put the pointer at [ap] and read [[ap-1]+2].
    [ap] = [fp + 2], ap++;
    [ap] = [[ap - 1] + 2], ap++;
    [ap] = [[ap - 2]], ap++;
    // Checks where dst is already known (nothing deduced, pure comparison).
    [fp] = 17;
    [ap - 1] = [[fp + 2]];
    [fp + 3] = [[ap - 3] + 2];
    [fp + 3] = 300;
    // Write results to the output segment: [output_ptr + i] = ...
    [ap] = output_ptr, ap++;
    [[ap - 1]] = [ap - 9];
    [[ap - 1] + 1] = [ap - 8];
    [[ap - 1] + 2] = [ap - 7];
    [[ap - 1] + 3] = [ap - 6];
    [[ap - 1] + 4] = [ap - 5];
    [[ap - 1] + 5] = [ap - 3];
    [[ap - 1] + 6] = [ap - 2];
    [[ap - 1] + 7] = [fp + 3];
    let output_ptr = output_ptr + 8;
    return ();
}
