// cairovm: args=--print_output
// assert_eq deductions whose operands are pointers: op0 and op1 of a sum deduced as pointer minus
// number and as the distance between two pointers of one segment, a pointer moved forward by a
// negative number, and writes through a pointer (op1 deduced as dst).
%builtins output

from starkware.cairo.common.alloc import alloc

func main{output_ptr: felt*}() {
    ap += 4;
    let (buf: felt*) = alloc();
    [fp] = buf;
    [fp + 1] = buf + 5;
    // op0 = dst - op1: buf + 5 - 5 = buf.
    [fp + 1] = [ap] + 5, ap++;
    // op1 = dst - op0: (buf + 5) - buf = 5.
    [fp + 1] = [fp] + [ap], ap++;
    // op0 = dst - op1 between pointers: (buf + 5) - buf = 5.
    [fp + 1] = [ap] + [fp], ap++;
    // op0 = dst - (-3): buf + 8.
    [fp + 1] = [ap] + (-3), ap++;
    // A number minus a pointer's distance: op1 = 2 - 5 = -3 (wraps around the field).
    [fp + 2] = 2;
    [fp + 2] = [ap - 2] + [ap], ap++;
    // Writes through the deduced pointers: op1 cells created from dst.
    [fp + 3] = 77;
    [[ap - 5]] = [fp + 3];
    [[ap - 2] + 1] = [fp + 3];
    // The deduced pointers compared with the expected ones.
    assert [ap - 5] = cast(buf, felt);
    assert [ap - 2] = cast(buf + 8, felt);
    assert [output_ptr] = [ap - 4];
    assert [output_ptr + 1] = [ap - 3];
    assert [output_ptr + 2] = [ap - 1];
    assert [output_ptr + 3] = buf[0];
    assert [output_ptr + 4] = buf[9];
    let output_ptr = output_ptr + 5;
    return ();
}
