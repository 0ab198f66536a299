// cairovm: expect=error
// cairovm: layout=plain
// op1 of a sum deduced as the distance between pointers of two segments.
from starkware.cairo.common.alloc import alloc

func main() {
    ap += 2;
    let (a: felt*) = alloc();
    let (b: felt*) = alloc();
    [fp] = a;
    [fp + 1] = b;
    [fp] = [fp + 1] + [ap], ap++;
    return ();
}
