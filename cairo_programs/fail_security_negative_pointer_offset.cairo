// cairovm: expect=error
// cairovm: layout=plain
// cairovm: stderr=differs  (cairovm rejects the negative pointer offset at the step, with the pc; cairo-run stores it and crashes in the secure-run check)
// Deducing op0 = p - 5 for a fresh segment pointer p gives a relocatable whose offset is
// (0 - 5) mod P; the run itself succeeds, but the secure-run check fails with an uncaught
// SecurityError "Invalid memory value at address 1:X: Y:P-5." (offset printed as a huge number).
from starkware.cairo.common.alloc import alloc

func main() {
    let (p: felt*) = alloc();
    [ap] = p, ap++;
    [ap] = 5, ap++;
    // p = [ap] + 5  =>  [ap] = p - 5.
    [ap - 2] = [ap] + [ap - 1];
    return ();
}
