// cairovm: expect=error
// cairovm: layout=plain
// op0 of a sum deduced as a number minus a pointer, which the reference cannot subtract.
from starkware.cairo.common.alloc import alloc

func main() {
    ap += 2;
    let (buf: felt*) = alloc();
    [fp] = 7;
    [fp + 1] = buf;
    [fp] = [ap] + [fp + 1], ap++;
    return ();
}
