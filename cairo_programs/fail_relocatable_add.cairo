// cairovm: expect=error
// cairovm: layout=plain
// Adding two pointers: "Cannot add two relocatable values: X:0 + Y:2."
from starkware.cairo.common.alloc import alloc

func main() {
    alloc_locals;
    let (local p: felt*) = alloc();
    let (local q: felt*) = alloc();
    // Pointer + integer and integer + pointer are fine.
    tempvar ok1 = cast(p, felt) + 5;
    tempvar ok2 = 5 + cast(q, felt);
    tempvar bad = cast(p, felt) + cast(q + 2, felt);
    return ();
}
