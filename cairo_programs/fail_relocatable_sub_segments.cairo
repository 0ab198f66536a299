// cairovm: expect=error
// cairovm: layout=plain
// Subtracting pointers into different segments: "Can only subtract two relocatable values of the
// same segment (X != Y)." (same-segment subtraction first succeeds).
from starkware.cairo.common.alloc import alloc

func distance(a: felt*, b: felt*) -> felt {
    return cast(b, felt) - cast(a, felt);
}

func main() {
    alloc_locals;
    let (local p: felt*) = alloc();
    let (local q: felt*) = alloc();
    let d = distance(p, p + 10);
    assert d = 10;
    let d2 = distance(p, q);
    return ();
}
