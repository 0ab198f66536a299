// cairovm: proof-mode
// cairovm: args=--print_info
// Proof mode on layout plain with a large memory hole: a write 600 cells into a new segment
// leaves holes that the memory units of the first power of two of steps cannot fill, so
// cairo-run warns and adds steps.
from starkware.cairo.common.alloc import alloc

func main() {
    let (p) = alloc();
    assert p[600] = 5;
    assert p[0] = 1;
    return ();
}
